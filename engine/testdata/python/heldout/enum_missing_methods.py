from enum import Enum

class Level(Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    @property
    def loud(self):
        return self.value.upper() + "!"

    def __str__(self):
        return self.name.title()

    def rank(self):
        return list(type(self)).index(self)

print(Level("INFO"), repr(Level("Error")))
print(Level.DEBUG.loud, Level.ERROR.rank())
print(f"{Level.INFO}", [str(l) for l in Level])
try:
    Level(42)
except ValueError as e:
    print(type(e).__name__, e)
