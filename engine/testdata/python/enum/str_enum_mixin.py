from enum import Enum
class Status(str, Enum):
    ACTIVE = "active"
    GONE = "gone"
print(Status.ACTIVE == "active", Status("gone"), Status.ACTIVE.value)
print(str(Status.ACTIVE), f"{Status.ACTIVE}", repr(Status.GONE))
print(sorted(s.value for s in Status))
