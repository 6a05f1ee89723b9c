def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
print(greet.__name__)
