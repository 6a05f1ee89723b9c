a = 1; b = 2; print(a + b)
if a: print("inline if")
for i in range(2): print("inline for", i)
while a < 3: a += 1
print(a)
class K: x = 1
print(K.x)
