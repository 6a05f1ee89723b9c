class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
print(Key(1) == Key(1), Key(1) != Key(2), Key(1) == 1)
print(len({Key(1), Key(1), Key(2)}))
d = {Key("a"): 1}
print(d[Key("a")])
