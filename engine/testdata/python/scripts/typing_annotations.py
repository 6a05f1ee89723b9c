from typing import Optional, List, Dict, Union, Any
def find(items: List[int], target: int) -> Optional[int]:
    for i, v in enumerate(items):
        if v == target:
            return i
    return None
def merge(a: Dict[str, Any], b: Dict[str, Any]) -> Dict[str, Any]:
    return {**a, **b}
x: Union[int, str] = 5
print(find([3, 4, 5], 5), find([], 1), merge({"a": 1}, {"b": 2}), x)
print(find.__annotations__["return"])
