try:
    class Both(dict, list):
        pass
except TypeError as e:
    print("TypeError", e)
class D(dict):
    pass
try:
    D(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    dict.x = 1
except TypeError as e:
    print("TypeError", e)
d = D()
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
d.attr = 5
print(d, d.attr, D.__name__, D.__base__)
class L(list):
    pass
print(L("abc"), L(), L(range(3)) == [0, 1, 2])
try:
    L(1, 2)
except TypeError as e:
    print("TypeError", e)
