a = [[1], [2]]
b = a[:]
b[0] = "new"
b[1].append(3)
print(a, b)
s = "abc"
print(s[:] is s, s[0:3] == s)
