import time
from contextlib import contextmanager
@contextmanager
def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(label, "took", "<1s" if elapsed < 1 else ">=1s")
with timer("loop"):
    total = sum(range(1000))
print(total)
