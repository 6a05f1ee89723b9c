def read(lines):
    for i, l in enumerate(lines):
        print("read", i)
        yield l
def parse(rows):
    for r in rows:
        yield r.split(",")
def keep(rows, pred):
    return (r for r in rows if pred(r))
data = ["a,1", "b,2", "c,3", "d,4"]
pipe = keep(parse(read(data)), lambda r: int(r[1]) % 2 == 0)
print("built")
print(next(pipe))
print(list(pipe))
g = (x * x for x in range(3))
print(g.__class__.__name__, list(g), list(g))
def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
c = counter(); next(c)
print(c.send(5), c.send(10))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(7)), 3)), sum(x for x in range(10) if x % 3 == 0), any(x > 5 for x in range(3)))
def outer():
    r = yield from inner()
    yield f"inner returned {r}"
def inner():
    yield 1
    yield 2
    return "done"
print(list(outer()))
