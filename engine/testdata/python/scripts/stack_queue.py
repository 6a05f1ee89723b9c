class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __iter__(self):
        return reversed(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for c in s:
        if c in "([{":
            st.push(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()[]{}", "([)]", "((", "{[()()]}", ""]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if "." in tok else int(tok))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2.5 2 /"))
s = Stack()
for i in range(3):
    s.push(i)
print(s, list(s), len(s), s.peek())
while s:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print(e)
from collections import deque
q = deque()
q.append(1); q.append(2)
print(q.popleft(), q)
import heapq
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, [5, 1, 8], key=lambda v: -v))
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(len(h))])
