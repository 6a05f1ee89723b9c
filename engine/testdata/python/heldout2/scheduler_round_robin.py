# source: round-robin task schedulers built on generators (tasks yield to a deque-based loop) from "coroutines from scratch" tutorials
from collections import deque

def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return f"{name} finished"

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen))
    def run(self):
        log = []
        while self.ready:
            name, gen = self.ready.popleft()
            try:
                log.append(next(gen))
                self.ready.append((name, gen))
            except StopIteration as stop:
                self.results[name] = stop.value
        return log

s = Scheduler()
s.spawn("A", task("A", 3))
s.spawn("B", task("B", 1))
s.spawn("C", task("C", 2))
print(s.run())
print(s.results)
def pinger(n):
    for i in range(n):
        reply = yield ("ping", i)
        if reply == "stop":
            return "stopped early"
    return "done"
g = pinger(5)
out = [next(g)]
for r in ("ok", "ok", "stop"):
    try:
        out.append(g.send(r))
    except StopIteration as e:
        out.append(e.value)
print(out)
print(list(task("Z", 0)), next(task("Y", 1)))
