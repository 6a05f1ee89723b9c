from typing import Optional, Union, List, Dict, Tuple, Callable, Any, get_type_hints
import typing

def f(a: int, b: Optional[str] = None, *args: int, **kw: Any) -> List[int]:
    return [a]

print(f.__annotations__)
print(get_type_hints(f))
print(Optional[int], Union[int, str], List[Dict[str, int]])
print(Tuple[int, ...], Callable[[int], str])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(Union[int, None] == Optional[int], int | None)
print(typing.get_args(Optional[str]))

class C:
    x: int
    y: "List[str]"
    z: Optional["C"] = None

print(get_type_hints(C))
print(C.__annotations__)
