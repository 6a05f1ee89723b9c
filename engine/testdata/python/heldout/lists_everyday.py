nums = [5, 3, 8, 1, 9, 2]
print(nums[::2], nums[-3:], nums[::-1], nums[1:100], nums[4:1], nums[-100:2])
nums.insert(0, 7); nums.extend([4]); nums.remove(8)
print(nums, nums.index(9), nums.count(3), len(nums))
nums[1:3] = [10, 11, 12]
print(nums)
del nums[::2]
print(nums, nums.pop(), nums.pop(0), nums)
a = [1, 2, 3]
b = a
a += [4]
a = a + [5]
print(a, b, [0] * 3, [[1, 2]] * 2, a * 0)
print(list(enumerate("ab", 1)), list(zip("abc", [1, 2])), list(map(str.upper, "xy")), list(filter(None, [0, 1, "", 2])))
print([1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == (1, 2), list(range(10, 0, -3)), sum([[1], [2]], []))
x = [3, 1, 2]
print(sorted(x), x, x.sort(), x, x.reverse(), x, x.copy() is not x, x.clear(), x)
print(list("abc"), "".join(["a", "b"]), list({"k": 1}), [1, [2, [3]]][1][1][0], any([]), all([]))
print(min("bca"), max([1, 3], [2]), list(reversed(range(3))), [i for i in range(5)][-1], [].__len__())
