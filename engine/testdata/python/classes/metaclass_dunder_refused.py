# expect: refusal a metaclass defining __iter__
class EnumLike(type):
    def __iter__(cls):
        return iter([1, 2])
class Colors(metaclass=EnumLike):
    pass
print(list(Colors))
