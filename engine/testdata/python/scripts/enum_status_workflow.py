from enum import Enum
class Status(Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    def next(self):
        order = list(Status)
        i = order.index(self)
        return order[min(i + 1, len(order) - 1)]
s = Status.DRAFT
while True:
    print(s.name, s.value)
    if s.next() is s:
        break
    s = s.next()
