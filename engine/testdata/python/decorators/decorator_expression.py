decos = {"double": lambda f: lambda x: f(x) * 2}
@decos["double"]
def inc(x):
    return x + 1
print(inc(3))
@(lambda f: f)
def same():
    return "same"
print(same())
