# source: str-mixin enums used as choices for API fields (class Status(str, Enum), value lookups, json dumps, comparison with plain strings)
import json
from enum import Enum, IntEnum

class Status(str, Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DELETED = "deleted"
    @classmethod
    def choices(cls):
        return [(m.value, m.name.title()) for m in cls]
    def __str__(self):
        return self.value

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Status.ACTIVE, repr(Status.ACTIVE), Status("deleted"), Status.ACTIVE == "active", "active" in [Status.ACTIVE])
print(Status.choices(), json.dumps({"status": Status.SUSPENDED, "p": Priority.HIGH}), f"{Status.ACTIVE}", "%s" % Status.DELETED)
print(Status.ACTIVE.upper(), Status.ACTIVE.value.upper(), isinstance(Status.ACTIVE, str), sorted([Status.SUSPENDED, Status.ACTIVE]))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([3, Priority.LOW, 2]), Priority(2), int(Priority.MEDIUM), f"{Priority.LOW}", str(Priority.LOW))
print([p.name for p in sorted(Priority, reverse=True)], max(Priority), Priority.MEDIUM in (2, 5), {Priority.LOW: "x"}[1])
try:
    Status("ACTIVE")
except ValueError as e:
    print("ValueError:", e)
print(Status["ACTIVE"], Status.__members__["DELETED"].value, [s.value for s in Status if s is not Status.DELETED])
print(Status.ACTIVE.name, type(Status.ACTIVE).__name__, Status.ACTIVE.__class__.__mro__[1].__name__, len(Status))
