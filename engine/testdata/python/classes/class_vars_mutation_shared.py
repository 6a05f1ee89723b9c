class Registry:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Registry(), Registry()
a.add(1)
b.add(2)
print(Registry.items, a.count, b.count, Registry.count, a.items is b.items, "count" in a.__dict__, "items" in a.__dict__)
Registry.count = 10
c = Registry()
print(c.count, a.count)
del a.count
print(a.count)
class Sub(Registry):
    items = ["own"]
print(Sub().items, Registry.items, Sub.count)
