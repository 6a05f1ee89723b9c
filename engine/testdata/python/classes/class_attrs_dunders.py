class Animal:
    """An animal."""
    legs = 4
    def __init__(self, name):
        self.name = name
a = Animal("rex")
print(Animal.__name__, Animal.__qualname__, Animal.__doc__, Animal.__module__)
print(a.__class__.__name__, a.__class__ is Animal, type(a) is Animal)
print(a.__dict__, "legs" in Animal.__dict__, Animal.__bases__)
print(vars(a))
