class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)
print(isinstance(Unhashable(), object))
