# expect: refusal the __dict__ of enum class Color
import enum
class Color(enum.Enum):
    RED = 1
print(Color.__dict__["RED"])
