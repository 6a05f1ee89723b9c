import traceback
def risky(n):
    if n == 2:
        raise KeyError(f"missing {n}")
    return n * 10
results, failures = [], []
for n in range(4):
    try:
        results.append(risky(n))
    except Exception as exc:
        failures.append(f"{type(exc).__name__}: {exc}")
print(results, failures)
