a = [3, 1, 2]
print(a.sort(), a.append(4), a.reverse(), a)
b = sorted(a)
print(b is a, b)
print(a.extend("xy"), a)
