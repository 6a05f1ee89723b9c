print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([(2,), (1, 2), (1,)]))
for bad in [[1, None], [(1, None), (1, 2)], ["a", 1], [{1}, {2}, 1], [2.5, "x"]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
print(sorted([{1, 2}, {1}, {3}]), sorted([None] * 2) if False else "", sorted([[1], [0, 5]]))
print(sorted([3, 1, 2], key=lambda x: None if False else x), sorted([(1, None), (0, None)]))
