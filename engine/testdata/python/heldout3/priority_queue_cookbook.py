# source: mkwiatek770/code-snippets Libraries/heapq/priority.py ("Python Cookbook 3rd edition 1.5": (-priority, index, item) tuples)
import heapq

class PriorityQueue:
    def __init__(self):
        self._queue = []
        self._index = 0

    def push(self, item, priority):
        heapq.heappush(self._queue, (-priority, self._index, item))
        self._index += 1

    def pop(self):
        return heapq.heappop(self._queue)[-1]

    @property
    def is_empty(self):
        return len(self._queue) == 0


class Task:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.name)


q = PriorityQueue()
q.push(Task('foo'), 1)
q.push(Task('bar'), 5)
q.push(Task('spam'), 4)
q.push(Task('grok'), 1)
print(q._queue)
while not q.is_empty:
    print(q.pop())
a = (1, Task('foo'))
b = (5, Task('bar'))
print(a < b)
c = (1, Task('grok'))
try:
    a < c
except TypeError as e:
    print("TypeError:", e)
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
portfolio = [{'name': 'IBM', 'price': 91.1}, {'name': 'AAPL', 'price': 543.22}, {'name': 'FB', 'price': 21.09}]
print(heapq.nsmallest(2, portfolio, key=lambda s: s['price']))
heapq.heapify(nums)
print(nums)
