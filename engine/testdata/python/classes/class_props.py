class Temperature:
    unit = "C"
    _instances = 0
    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature._instances += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_f(cls, f):
        t = cls()
        t.fahrenheit = f
        return t
    @staticmethod
    def valid(v):
        return v >= -273.15
    def __repr__(self):
        return f"{self.__class__.__name__}({self.celsius:.1f}°{self.unit})"
t = Temperature(25)
print(t, t.fahrenheit, Temperature.from_f(212), Temperature.valid(-300), Temperature._instances)
t.fahrenheit = 32
print(t.celsius, vars(t))
try:
    t.celsius = -500
except ValueError as e:
    print("error:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    Temperature.fahrenheit.fset(t, 50)
    print(t)
    t.nope = 1
    print(t.nope)
    Temperature().fahrenheit = "x"
except TypeError as e:
    print("TypeError:", e)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.__doc__, isinstance(Temperature.__dict__["valid"], staticmethod))
