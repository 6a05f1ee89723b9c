# source: a Stack with class Empty(Exception), __len__ and doctested is_empty, found by code search
class Empty(Exception):
    pass


class Stack:
    """A Last-In-First-Out structure."""
    def __init__(self):
        self.__data_store = []

    def __len__(self):
        return len(self.__data_store)

    def __repr__(self):
        return f"Stack({self.__data_store})"

    def is_empty(self):
        return len(self.__data_store) == 0

    def push(self, e):
        self.__data_store.append(e)

    def top(self):
        if self.is_empty():
            raise Empty("Stack is empty")
        return self.__data_store[-1]

    def pop(self):
        if self.is_empty():
            raise Empty("Stack is empty")
        return self.__data_store.pop()


stack = Stack()
print(stack.is_empty(), len(stack), bool(stack))
for ch in "abc":
    stack.push(ch)
print(stack, len(stack), bool(stack), stack.top())
while stack:
    print(stack.pop(), end=" ")
print()
try:
    stack.pop()
except Empty as e:
    print(type(e).__name__, e)
print(hasattr(stack, "__data_store"), sorted(vars(stack)))
try:
    stack.__data_store
except AttributeError as e:
    print("AttributeError:", e)
stack.top()
