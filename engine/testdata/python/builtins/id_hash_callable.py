a = [1]
print(id(a) == id(a), hash("x") == hash("x"), callable(len), callable(a), callable(list))
print(hash(()), hash(0), hash(1), hash(-1) == -2)
print(hash(1.5), hash(2.0))
