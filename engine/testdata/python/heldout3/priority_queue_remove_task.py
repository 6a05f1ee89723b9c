# source: Jordan19980601/data-structure 11.20佇列.py (the heapq docs' priority queue with entry_finder, REMOVED marker and itertools.count)
import itertools
from heapq import heappush, heappop

pq = []
entry_finder = {}
REMOVED = '<removed-task>'
counter = itertools.count()

def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heappush(pq, entry)

def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED

def pop_task():
    while pq:
        priority, count, task = heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError('pop from an empty priority queue')

add_task('write code', 5)
add_task('release product', 7)
add_task('write spec', 1)
add_task('create tests', 3)
add_task('write spec', 9)
print(pq)
print(entry_finder)
while True:
    try:
        print(pop_task())
    except KeyError as e:
        print("KeyError:", e)
        break
print(next(counter), counter)
