from enum import IntEnum, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

class Status(StrEnum):
    ACTIVE = auto()
    ARCHIVED = auto()
    DELETED = "gone"

print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH + 1, Priority.LOW < 3)
print(f"{Priority.MEDIUM}", f"{Priority.MEDIUM:>4}", "%s %d" % (Priority.LOW, Priority.LOW))
print(sorted([Priority.HIGH, Priority.LOW, 7]))
print(Status.ACTIVE, repr(Status.ACTIVE), Status.DELETED == "gone", Status.ACTIVE.upper())
print(f"{Status.ARCHIVED}", "x" + Status.ACTIVE, Status("gone"))
print([s.value for s in Status])
print(Priority(5).name, int(Priority.HIGH), str(Priority.HIGH))
print(Priority.HIGH == 10, Priority.HIGH in [10], hash(Priority.LOW) == hash(1))
print(max(Priority), min(Priority).name)
