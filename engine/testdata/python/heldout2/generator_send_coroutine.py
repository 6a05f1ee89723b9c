# source: coroutine-style generators (running averager with send(), primed by a decorator; yield from delegation) from Fluent Python chapters
from functools import wraps

def coroutine(fn):
    @wraps(fn)
    def primer(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return primer

@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(avg.send(10), avg.send(30), avg.send(5))
try:
    avg.send(None)
except StopIteration as exc:
    print("result:", exc.value)

def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__()

results = {}
for key, values in {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)

def countdown(n):
    try:
        while n > 0:
            got = yield n
            n = n - 1 if got is None else got
    finally:
        print("countdown closed at", n)

c = countdown(5)
print(next(c), c.send(2), next(c))
c.close()
g = countdown(3)
print(list(g))
def gen_throw():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"
t = gen_throw()
print(next(t), t.throw(ValueError("boom")), next(t))
