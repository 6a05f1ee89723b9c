class C:
    def __init__(self):
        self.n = 1
        self.items = {"a": [1]}
c = C()
c.n += 4
c.n *= 2
c.items["a"] += [2]
c.items["b"] = c.items.get("b", 0) + 1
print(c.n, c.items)
