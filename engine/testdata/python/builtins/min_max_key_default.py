print(max([], default="empty"), min((), default=None), max([1, 3, 2], key=lambda x: -x), min("bca"), max("a", "b", "c"))
print(max([1, 1.0, True]), min([1.0, 1, True]), max([[1, 2], [1, 3]]), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max(3, 3.0), min(0, -0.0, False), max([-1, -5], key=abs), min([(1, "b"), (1, "a")]), max(range(5), key=lambda v: v % 3))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
