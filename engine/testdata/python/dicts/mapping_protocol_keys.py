# dict() and ** take any object with keys() as a mapping, reading each key with []
class M:
    def __init__(self, d):
        self.d = d
    def keys(self):
        print("keys()")
        return list(self.d)
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]

m = M({"a": 1, "b": 2})
print(dict(m))
print({**m, "c": 3})
def f(**kw):
    return kw
print(f(**m))
d = {"z": 0}
d.update(m)
print(d, dict(m, b=9))

class KeysOnly:
    def keys(self):
        return ["x"]
try:
    dict(KeysOnly())
except TypeError as e:
    print("TypeError", e)

class KeysTuple:
    def keys(self):
        return ("k", "j")
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysTuple()), {**KeysTuple()})

class Missing:
    def keys(self):
        return ["q"]
    def __getitem__(self, k):
        raise KeyError(k)
try:
    dict(Missing())
except KeyError as e:
    print("KeyError", e)

class NotAMapping:
    def __iter__(self):
        return iter([("p", 1)])
print(dict(NotAMapping()))
try:
    {**NotAMapping()}
except TypeError as e:
    print("TypeError", e)
try:
    f(**NotAMapping())
except TypeError as e:
    print("TypeError", e)

class IntKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
print(dict(IntKeys()), {**IntKeys()})
try:
    f(**IntKeys())
except TypeError as e:
    print("TypeError", e)
keys = M({"k": 1}).keys
print(callable(keys))
