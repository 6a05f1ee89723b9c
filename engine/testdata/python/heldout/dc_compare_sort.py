from dataclasses import dataclass, field
from operator import attrgetter

@dataclass(order=True)
class Task:
    sort_index: tuple = field(init=False, repr=False)
    priority: int
    name: str
    done: bool = False

    def __post_init__(self):
        self.sort_index = (-self.priority, self.name)

tasks = [Task(1, "write"), Task(3, "deploy"), Task(3, "build"), Task(2, "test", True)]
for t in sorted(tasks):
    print(t)
print(sorted(tasks, key=attrgetter("name"))[0])
print([t.name for t in sorted(tasks, key=lambda t: (t.done, t.name), reverse=True)])
print(Task(1, "x") == Task(1, "x"), Task(1, "x") is Task(1, "x"))
print(Task(1, "a") < Task(1, "b"), Task(5, "z") < Task(1, "a"))
