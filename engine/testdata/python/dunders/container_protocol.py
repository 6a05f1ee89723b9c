class Bag:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __iter__(self):
        return iter(sorted(self.d))
b = Bag()
b["x"] = 3
b["a"] = 1
print(b["x"], b["zz"], len(b), list(b))
del b["x"]
print(len(b), list(b))
