class A:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
a = A()
print(a._A__secret, a._prot, sorted(vars(a)))
try:
    a.__secret
except AttributeError as e:
    print("AttributeError", e)
