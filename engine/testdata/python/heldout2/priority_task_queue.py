# source: task scheduler with heapq and (priority, counter, task) entries as in the heapq docs' priority queue recipe, used by many job-queue scripts
import heapq
import itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False, repr=False)

class Queue:
    REMOVED = "<removed>"
    def __init__(self):
        self.heap = []
        self.finder = {}
        self.counter = itertools.count()
    def push(self, name, priority=0, **payload):
        if name in self.finder:
            self.remove(name)
        t = Task(priority, next(self.counter), name, payload)
        self.finder[name] = t
        heapq.heappush(self.heap, t)
    def remove(self, name):
        t = self.finder.pop(name)
        t.name = self.REMOVED
    def pop(self):
        while self.heap:
            t = heapq.heappop(self.heap)
            if t.name is not self.REMOVED:
                del self.finder[t.name]
                return t
        raise KeyError("pop from an empty priority queue")
    def __len__(self):
        return len(self.finder)

q = Queue()
q.push("write code", 5)
q.push("release", 7, version="1.0")
q.push("write spec", 1)
q.push("create tests", 3)
q.push("release", 0, version="1.1")
print(len(q), q.heap[0])
while len(q):
    t = q.pop()
    print(t.priority, t.name, t.payload)
try:
    q.pop()
except KeyError as e:
    print("KeyError:", e)
print(Task(1, 0, "a") < Task(1, 1, "b"), Task(1, 0, "a") == Task(1, 0, "zzz"))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2], key=lambda x: -x), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
h = [3, 1, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
