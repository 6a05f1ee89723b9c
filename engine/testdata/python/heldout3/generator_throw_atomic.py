# source: https://pythonetc.orsinium.dev/posts/generator-throw.html (gen.throw into a paused generator; @contextmanager atomic with ROLLBACK/COMMIT)
def gen():
    try:
        yield 1
    except ValueError:
        yield 2

g = gen()
print(next(g))
print(g.throw(ValueError))
try:
    g.throw(RuntimeError('TEST'))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(g)
except StopIteration:
    print("exhausted")

from contextlib import contextmanager

@contextmanager
def atomic():
    print('BEGIN')
    try:
        yield
    except Exception:
        print('ROLLBACK')
    else:
        print('COMMIT')

with atomic():
    print('ERROR')
    raise RuntimeError()
with atomic():
    print('OK')
print("after")
