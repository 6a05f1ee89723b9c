class E(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = E(1, 2)
print(e.args, str(e), repr(e))
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
print(str(F(1, 2)), repr(F(1, 2)))
raise E(3, 4)
