def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line


def parse(lines):
    for n, line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        name, _, qty = line.partition("=")
        try:
            yield name.strip(), int(qty)
        except ValueError:
            print(f"line {n}: bad quantity {qty.strip()!r}")


def running_total(pairs):
    total = 0
    for name, qty in pairs:
        total += qty
        yield name, qty, total


data = """# inventory
apples = 3
pears = x
plums = 10

kiwis=-2
"""
for row in running_total(parse(read_lines(data))):
    print(row)
gen = running_total([("a", 1)])
print(type(gen).__name__, next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")


def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"


c = countdown(5)
print(next(c), c.send(2), next(c))
try:
    next(c)
except StopIteration as e:
    print("returned", e.value)


def delegate():
    result = yield from countdown(2)
    yield result


print(list(delegate()), sum(x for x in range(10) if x % 3), list(x * y for x, y in zip([1, 2], [3, 4])))
