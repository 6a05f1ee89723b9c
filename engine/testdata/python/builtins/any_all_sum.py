print(any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]))
print(sum([1.5, 2.5]), sum(range(5), 10), sum([], 0.0))
print(sum([[1, 2], [3]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
