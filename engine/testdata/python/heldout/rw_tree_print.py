# plain-Python parts of realworld scripts: print_tree over a self-referential hierarchy (gh_gokul_trails_cte_imple)
from typing import List, Optional
class Employee:
    def __init__(self, id: int, name: str, manager: Optional["Employee"] = None):
        self.id, self.name, self.manager = id, name, manager
        self.employees: List["Employee"] = []
        if manager:
            manager.employees.append(self)
    def __repr__(self):
        return f"Employee(id={self.id}, name={self.name!r}, manager_id={self.manager.id if self.manager else None})"
def print_tree(employees: List[Employee], level: int = 0) -> None:
    for employee in employees:
        print("    " * level + f"{employee.name}")
        print_tree(employee.employees, level + 1)
ceo = Employee(1, "Ceo")
cto = Employee(2, "Cto", ceo)
dev = Employee(3, "Dev", cto)
ops = Employee(4, "Ops", cto)
Employee(5, "Intern", dev)
cfo = Employee(6, "Cfo", ceo)
print_tree([ceo])
def descendants(e):
    for c in e.employees:
        yield c
        yield from descendants(c)
print([d.name for d in descendants(cto)], list(descendants(ops)))
print(cto)
def depth(e):
    return 0 if e.manager is None else 1 + depth(e.manager)
print({e.name: depth(e) for e in [ceo, cto, dev, *dev.employees]})
