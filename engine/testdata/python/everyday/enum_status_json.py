import json
from enum import Enum, IntEnum, auto


class Status(str, Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DELETED = "deleted"


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


print(Status.ACTIVE, repr(Status.ACTIVE))
print(Status("deleted"), Status["SUSPENDED"].value)
print(json.dumps({"status": Status.ACTIVE, "prio": Priority.HIGH}))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print([s.name for s in Status])
print(f"{Status.SUSPENDED}|{Status.SUSPENDED.value}|{Priority.LOW}")
print(Status.ACTIVE == "active", Status.ACTIVE in ("active",))
try:
    Status("gone")
except ValueError as e:
    print("ValueError:", e)
print(len(Status), list(Priority)[-1])
print({s: i for i, s in enumerate(Status)})
