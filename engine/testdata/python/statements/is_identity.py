a = [1]
b = [1]
print(a is b, a == b, a is a)
print(None is None, True is True)
x = 1000
y = 1000
print(x == y)
print(() is (), "" == "")
