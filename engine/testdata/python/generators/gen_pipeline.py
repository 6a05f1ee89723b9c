def read_lines():
    data = "10\n20\n\nabc\n30\n-5\n"
    for line in data.splitlines():
        yield line

def parse(lines):
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        try:
            yield int(ln)
        except ValueError:
            print("skip", repr(ln))

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

print(list(running_total(parse(read_lines()))))

def countdown(n):
    while n > 0:
        got = yield n
        if got:
            n = got
        else:
            n -= 1
    return "done"

g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
g.close()
try:
    next(g)
except StopIteration as e:
    print("stopped", e.value)

def sub():
    x = yield 1
    print("sub got", x)
    return 99

def outer():
    r = yield from sub()
    print("sub returned", r)
    yield r + 1

o = outer()
print(next(o))
print(o.send("hello"))
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda v: v < 100, fib())))
g2 = fib()
print(type(g2).__name__, g2.__name__ if hasattr(g2, '__name__') else '')
