class Box:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Box()), bool(Box(1)), 2 in Box(1, 2), 3 not in Box(1), len(Box(1, 2, 3)), bool(Truthy()), len(Truthy()))
print("yes" if Box() else "no", [x for x in [Box(), Box(0)] if x].__len__())
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
