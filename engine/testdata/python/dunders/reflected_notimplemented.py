class M:
    def __add__(self, o):
        if isinstance(o, int):
            return "M+int"
        return NotImplemented
    def __radd__(self, o):
        return "int+M"
print(M() + 1, 1 + M())
try:
    M() + "s"
except TypeError as e:
    print("TypeError", e)
