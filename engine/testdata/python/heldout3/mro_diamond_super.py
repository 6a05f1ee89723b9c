# source: Rajpratik71/pythonTraining-CalsoftInc Day_03/sample_inheritance_mro.py and jiaweiM/python-note class_test/inherience_test.py (diamond with super(), super(B, self))
class A(object):
    def who_am_i(self):
        print("I am a A")


class B(A):
    def who_am_i(self):
        print("I am a B")
        super().who_am_i()


class C(A):
    def who_am_i(self):
        print("I am a C")
        super().who_am_i()


class D(B, C):
    def who_am_i(self):
        print("I am a D")
        super().who_am_i()

d1 = D()
d1.who_am_i()
print(D.__mro__)
print(D.mro())


class A2:
    def __init__(self):
        print("class ---- A ----")


class B2(A2):
    def __init__(self):
        print("class ---- B ----")
        super(B2, self).__init__()


class C2(A2):
    def __init__(self):
        print("class ---- C ----")
        super(C2, self).__init__()


class D2(B2, C2):
    def __init__(self):
        print([k.__name__ for k in D2.__mro__])
        print("class ---- D ----")
        super(B2, self).__init__()


d = D2()
print(super(D, d1).who_am_i.__qualname__, D.__bases__, B.__base__)
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
