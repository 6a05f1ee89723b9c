def pair():
    v = []
    def add(x):
        v.append(x)
    def get():
        return v
    return add, get
add, get = pair()
add(1); add(2)
print(get())
def rebind():
    n = 0
    def setn(x):
        nonlocal n
        n = x
    def getn():
        return n
    return setn, getn
s, g = rebind()
s(5)
print(g())
