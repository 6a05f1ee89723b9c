# EnumType.__getattr__ raises AttributeError(name) in 3.11; a member reads its class's members.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2
for cls in (Color, Level):
    try:
        cls.BLUE
    except AttributeError as e:
        print(repr(e), e.args)
    print(hasattr(cls, "BLUE"), hasattr(cls, "RED"), getattr(cls, "LOW", None))
print(Color.RED._member_names_, Level.LOW._member_names_, list(Level.HIGH._member_map_))
print(Color.RED._value2member_map_, Level.LOW.bit_length(), Level.HIGH.real, Level.HIGH.numerator)
try:
    Color.RED.nosuch
except AttributeError as e:
    print(e)
try:
    Level.LOW.nosuch
except AttributeError as e:
    print(e)
