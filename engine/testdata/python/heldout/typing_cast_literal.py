from typing import cast, Literal, Final, ClassVar, Any, TYPE_CHECKING, overload, Union
Mode = Literal["r", "w"]
MAX: Final = 10

def open_mode(m: Mode) -> str:
    return m * 2

class Counter:
    total: ClassVar[int] = 0
    def __init__(self):
        Counter.total += 1

Counter(); Counter()
print(open_mode("r"), MAX, Counter.total, cast(int, "x"), TYPE_CHECKING)
print(Mode, typing_args := Mode.__args__)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]):
    return x * 2

print(double(3), double("ab"))
