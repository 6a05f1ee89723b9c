a = [1, 2]
b = [*a, *a, 3]
print(b, max(*b), min(*a, 0))
print([*"ab", *range(2)])
print(len([*{1: 2, 3: 4}]))
