from enum import Enum
class Role(Enum):
    ADMIN = "admin"
    USER = "user"
perms = {Role.ADMIN: ["all"], Role.USER: ["read"]}
print(perms[Role("admin")], Role.USER in perms, Role.ADMIN != Role.USER)
print(sorted(Role, key=lambda r: r.value), Role.ADMIN.value.upper())
try:
    Role("root")
except ValueError as e:
    print("ValueError", e)
