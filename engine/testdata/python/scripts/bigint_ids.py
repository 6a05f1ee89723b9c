ids = [2 ** 64 + i for i in range(3)]
print(ids)
print([i % 1000 for i in ids], sum(ids) // 3 == ids[1])
print(f"{ids[0]:,}", hex(ids[-1]))
