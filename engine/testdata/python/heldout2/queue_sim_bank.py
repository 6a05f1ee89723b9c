# source: discrete bank-queue simulations (deque of customers, tellers serving per tick, seeded random arrivals) from intro simulation courses
import random
from collections import deque

random.seed(42)

class Customer:
    counter = 0
    def __init__(self, arrived, service):
        Customer.counter += 1
        self.id = Customer.counter
        self.arrived = arrived
        self.service = service
    def __repr__(self):
        return f"C{self.id}"

queue = deque()
tellers = [None, None]
waits = []
for tick in range(30):
    if random.random() < 0.6:
        queue.append(Customer(tick, random.randint(1, 4)))
    for i, busy in enumerate(tellers):
        if busy is not None:
            busy.service -= 1
            if busy.service == 0:
                tellers[i] = None
        if tellers[i] is None and queue:
            c = queue.popleft()
            waits.append(tick - c.arrived)
            tellers[i] = c
    if tick % 5 == 4:
        print(f"t={tick:2} queue={list(queue)} tellers={tellers}")
print("served", len(waits), "avg wait", round(sum(waits) / len(waits), 3), "max", max(waits))
print(random.random(), random.randint(1, 6), random.uniform(1, 2), random.choice("abc"), random.randrange(0, 100, 7))
d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
d.rotate(2)
print(d, d.maxlen, d[0], d.count(3), list(reversed(d)))
d.extendleft("ab")
print(d, d.index("a"), len(d))
