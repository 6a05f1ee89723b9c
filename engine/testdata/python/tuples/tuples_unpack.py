def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return min(nums), max(nums), mean, var ** 0.5
lo, hi, mean, sd = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(lo, hi, mean, sd)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names, dict(pairs), list(enumerate(names, start=1)))
a, b = 1, 2
a, b = b, a
print(a, b)
(x, (y, z)), w = (1, (2, 3)), 4
print(x, y, z, w)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
head, *tail = [1]
print(head, tail)
*init, last = range(5)
print(init, last)
t = (1,)
print(t, (), tuple(), (1, 2) + (3,), (1, 2) * 2, (1, [2]), len(((),)), (1, 2) == [1, 2])
t2 = ([1], 2)
t2[0].append(3)
print(t2)
try:
    t2[1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]), (1, 2) < (1, 2, 3), divmod(*[17, 5]))
