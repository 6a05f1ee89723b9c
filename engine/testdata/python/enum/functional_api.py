from enum import Enum, IntEnum
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Pri = IntEnum("Pri", [("LOW", 10), ("HIGH", 20)])
print(list(Pri), Pri.HIGH > Pri.LOW, Pri(10), Pri.LOW + 5)
Sizes = Enum("Sizes", {"S": "small", "L": "large"})
print(Sizes.S.value, Sizes("large"), [s.name for s in Sizes])
Dirs = Enum("Dirs", ["UP", "DOWN"], start=0)
print([(d.name, d.value) for d in Dirs])
