def g():
    for i in "xy":
        print("yield", i)
        yield i
e = enumerate(g())
print("enumerate made")
print(next(e))
m = map(str.upper, g())
print("map made")
print(list(m))
f = filter(None, [0, 1, 2])
print(type(f).__name__, list(f))
