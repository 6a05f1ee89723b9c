s = {x % 4 for x in range(20)}
print(s)
print(sorted({c for c in "hello"}))
t = {1, 2}
print(t.pop(), t)
t.clear()
print(t)
t.pop()
