# expect: refusal the operator & on a KeysView
from collections import ChainMap
print(ChainMap({"a": 1}).keys() & {"a"})
