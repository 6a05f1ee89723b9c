# source: bimri/learning-python chapter_32/class-gotchas1.py and treussart/Python_training interview.py (shared mutable class attributes, Child1.x shadowing, mutable defaults)
if __name__ == "__main__":
    class C:
        shared = []
        def __init__(self):
            self.perobj = []

    x = C()
    y = C()
    print(y.shared, y.perobj)
    x.shared.append('spam')
    x.perobj.append('spam')
    print(x.shared, x.perobj)
    print(y.shared, y.perobj)
    print(C.shared)
    x.shared.append('spam')
    x.shared = 'spam'
    print(x.shared, y.shared, C.shared)

class Parent():
    x = 1
class Child1(Parent):
    pass
class Child2(Parent):
    pass
print(Parent.x, Child1.x, Child2.x)
Child1.x = 2
print(Parent.x, Child1.x, Child2.x)
Parent.x = 3
print(Parent.x, Child1.x, Child2.x)
del Child1.x
print(Parent.x, Child1.x, Child2.x, 'x' in Child1.__dict__)

def append_to(element, to=list()):
    to.append(element)
    return to
print(append_to(12), append_to(42), append_to.__defaults__)

def append_to2(element, to=None):
    if to is None:
        to = []
    to.append(element)
    return to
print(append_to2(12), append_to2(42))
try:
    del Child2.x
except AttributeError as e:
    print("AttributeError:", e)
