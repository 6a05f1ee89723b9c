a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 3, 2 * [1, 2], [[]] * 2, [1, 2] < [1, 3], [1, 2] == [1, 2.0])
print([1, [2]] * 2)
