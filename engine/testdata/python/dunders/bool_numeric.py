class N:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
n = N(3.7)
print(int(n), float(n), [0, 1, 2, 3, 4][n], bin(n), hex(n))
