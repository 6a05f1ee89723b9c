class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def unit():
        return "m"
class Sq(Shape):
    pass
s = Sq.make()
print(type(s).__name__, Shape.count, Sq.unit(), s.unit(), Shape.make().unit())
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["unit"]).__name__)
