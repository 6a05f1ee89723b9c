import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def f(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
print(f(Color.RED), f(Color.GREEN), f(3))
