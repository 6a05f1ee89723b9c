print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)])
print(sorted([(2, "a"), (1, "b"), (1, "a")]))
print(max((1, 2), (1, 3)), min([(0, 9), (0, 1)]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
