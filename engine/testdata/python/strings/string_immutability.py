s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
t = s
s += "d"
print(s, t, s is t)
print(id(s) != 0)
