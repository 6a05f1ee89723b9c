from typing import Optional, List, Dict, get_type_hints
import typing, collections
class Node:
    parent: Optional["Node"]
    children: List["Node"]
    meta: "Dict[str, int]"
    alias: "typing.Optional[int]"
    pipe: "int | None"
    tup: "tuple[int, ...]"
    od: "collections.OrderedDict"
    plain: int
print(get_type_hints(Node))
def f(a: "Node", b: "List[Node]" = None) -> "Optional[Node]":
    pass
print(get_type_hints(f))
class Base:
    x: "Base"
class Derived(Base):
    y: "Derived"
print(get_type_hints(Derived))
class Missing:
    m: "Nowhere"
try:
    get_type_hints(Missing)
except NameError as e:
    print("NameError:", e)
def local():
    class Inner:
        me: "Inner"
    try:
        return get_type_hints(Inner)
    except NameError as e:
        return "NameError: " + str(e)
print(local())
class Own:
    Alias = int
    v: "Alias"
print(get_type_hints(Own))
