a = ["a", "b", "c"]
print(list(enumerate(a)), list(enumerate(a, 1)), list(reversed(a)))
for i, v in enumerate(a, start=10):
    print(i, v)
r = reversed(a)
print(next(r), list(r))
print(reversed([1]) is not None)
