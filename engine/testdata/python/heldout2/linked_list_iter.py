# source: singly linked list classes (Node, append, __iter__, __len__, reverse) in data-structures tutorial repos
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value!r})"

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in iterable:
            self.append(x)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self._len
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

ll = LinkedList([1, "two", 3.0, None])
print(ll, len(ll), list(ll), 3 in ll, "3" in ll)
ll.reverse()
print(ll)
ll.remove("two")
ll.remove(None)
print(ll, len(ll), bool(ll), bool(LinkedList()), LinkedList())
try:
    ll.remove(42)
except ValueError as e:
    print(e)
n = Node(1)
try:
    n.other = 2
except AttributeError as e:
    print("AttributeError:", e)
it = iter(ll)
print(next(it), next(it), next(it, "done"), sum(LinkedList(range(10))), max(LinkedList("hello")))
