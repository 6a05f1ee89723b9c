from enum import IntEnum
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.LOW < Level.HIGH, Level.MID == 5, Level.HIGH * 2, Level.MID // 2, sorted([Level.HIGH, 3, Level.LOW]), max(Level))
print(int(Level.MID), float(Level.HIGH), Level(5), Level.MID + Level.LOW, type(Level.MID + 1), list(range(Level.MID)), [0, 1, 2][Level.LOW])
print(f"{Level.MID}", f"{Level.MID:>4}", str(Level.MID), repr(Level.MID), hash(Level.MID) == hash(5), {5: "five"}[Level.MID])
