# source: a diamond example whose D.show calls super().show(), super(B, self).show() and super(C, self).show(), found by code search
class A:

    def show(self):
        print("A")

class B(A):

    def show(self):
        print("B")


class C(A):

    def show(self):
        print("C")


class D(B,C):

    def show(self):
        print("D")
        super().show()
        super(B,self).show()
        super(C,self).show()


def main():
    print(D.mro())
    d = D()
    d.show()
    print(isinstance(d, C), issubclass(D, A), [c.__name__ for c in type(d).__mro__])
    try:
        super(A, d).show()
    except AttributeError as e:
        print("AttributeError:", e)
    print(super(D, d), super(D, D).show.__qualname__)

if __name__=='__main__':
    main()
