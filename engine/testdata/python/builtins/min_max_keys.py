print(min([3, 1, 2]), max(3, 1, 2), min("bca"), max([], default="empty"))
print(max(["a", "bbb", "cc"], key=len), min({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]))
print(max([1, 3, 3.0]), max([3.0, 3]))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
