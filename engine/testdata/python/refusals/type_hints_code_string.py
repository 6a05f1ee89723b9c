# expect: refusal typing.get_type_hints() of the string annotation 'print(1) or int'
from typing import get_type_hints
class C:
    x: "print(1) or int"
print(get_type_hints(C))
