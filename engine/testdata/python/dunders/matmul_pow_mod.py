class X:
    def __matmul__(self, o):
        return "matmul"
    def __pow__(self, o):
        return "pow" + str(o)
    def __mod__(self, o):
        return "mod"
    def __floordiv__(self, o):
        return "floordiv"
    def __truediv__(self, o):
        return "truediv"
x = X()
print(x @ x, x ** 3, x % 1, x // 1, x / 1)
