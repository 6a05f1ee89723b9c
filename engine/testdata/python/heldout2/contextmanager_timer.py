# source: contextlib-based helpers (suppress, a cd-like state swap, nested timers with a fake clock) from utility modules
from contextlib import contextmanager, suppress, ExitStack, nullcontext, redirect_stdout
import io

class FakeClock:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        self.t += 0.25
        return self.t

clock = FakeClock()

@contextmanager
def timer(label, results):
    start = clock()
    try:
        yield results
    except ZeroDivisionError:
        results.append((label, "failed"))
        raise
    else:
        results.append((label, clock() - start))
    finally:
        results.append((label, "closed"))

res = []
with timer("outer", res):
    with timer("inner", res):
        pass
print(res)
res.clear()
try:
    with timer("boom", res):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e, res)
with suppress(KeyError, IndexError):
    {}["x"]
    print("not reached")
print("after suppress")
with ExitStack() as stack:
    out = [stack.enter_context(timer(f"t{i}", res)) for i in range(2)]
    stack.callback(print, "callback ran")
    print(len(res), out[0] is res)
print(res[-4:])
with nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2, sep="-")
print(repr(buf.getvalue()))
