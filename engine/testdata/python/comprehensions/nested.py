print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([x for row in [[1, 2], [3]] for x in row if x != 2])
print({i: [c for c in s] for i, s in enumerate(["ab", "c"])})
