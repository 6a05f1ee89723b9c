def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen cleanup")
g = gen()
print(next(g), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("done")
g2 = gen()
next(g2)
g2.close()
print("closed")
def echo():
    val = None
    while True:
        try:
            val = yield val
        except GeneratorExit:
            print("exit")
            raise
e = echo()
next(e)
print(e.send(1), e.send("two"))
e.close()

def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(7), 3)))
it = iter(lambda: "x", "x")
print(list(it))
import random
random.seed(0)
rolls = iter(lambda: random.randint(1, 6), 6)
print(list(rolls))
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique("abracadabra")), "".join(unique("mississippi")))
g3 = (x for x in [1, 2])
print(next(g3), list(g3), next(g3, "empty"))
def gen_ret():
    yield 1
    return 5
def deleg():
    r = yield from gen_ret()
    yield r
print(list(deleg()))
def nums():
    yield from range(3)
    yield from "ab"
print(list(nums()), list(zip(nums(), nums())))
print(type(gen()).__name__, hasattr(gen(), "__next__"), iter(g3) is g3)
