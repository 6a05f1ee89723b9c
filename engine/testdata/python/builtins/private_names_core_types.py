# A private name Python's core types lack is the script's mistake: hasattr() is False and
# reading it raises CPython's AttributeError (total_ordering examples probe other._value).
for v in [5, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, range(2), len, (lambda: 0)]:
    print(type(v).__name__, hasattr(v, "_value"), hasattr(v, "_fields"))
try:
    (5)._value
except AttributeError as e:
    print("AttributeError:", e)
try:
    None._x
except AttributeError as e:
    print("AttributeError:", e)
f = lambda: 0
f._cache = {}
print(hasattr(f, "_cache"), f._cache, getattr([], "_missing", "default"))
