# source: bracket-matching / stack exercises (Stack class with push/pop/peek, is_balanced) from data-structures courses
class StackEmpty(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise StackEmpty("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

PAIRS = {")": "(", "]": "[", "}": "{"}

def check(text):
    st = Stack()
    for i, ch in enumerate(text):
        if ch in "([{":
            st.push((ch, i))
        elif ch in PAIRS:
            try:
                opener, pos = st.pop()
            except StackEmpty:
                return f"unexpected {ch!r} at {i}"
            if opener != PAIRS[ch]:
                return f"mismatch {opener!r}@{pos} vs {ch!r}@{i}"
    if st:
        return f"unclosed {st.peek()[0]!r} at {st.peek()[1]}"
    return "ok"

for t in ["(a[b]{c})", "([)]", "(((", "())", "", "{[()()]}x", "f(x[0], {'k': (1, 2)})"]:
    print(repr(t), check(t))
s = Stack()
print(len(s), bool(s), s.peek(), s)
s.push(1); s.push([2])
print(s, s.pop(), len(s))
try:
    Stack().pop()
except StackEmpty as e:
    print(type(e).__name__, e, e.args)
