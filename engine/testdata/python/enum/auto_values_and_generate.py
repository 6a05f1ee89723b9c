from enum import Enum, auto
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()
class Plain(Enum):
    A = auto()
    B = 10
    C = auto()
    D = auto()
print([(m.name, m.value) for m in Ordinal], [(m.name, m.value) for m in Plain])
class Mixed(Enum):
    X = "x"
    Y = auto()
print(list(Mixed))
