class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
print([N(1), N(2)], {"k": N(3)}, (N(4),), {N(5)} if False else "")
print(str([N(6)]))
