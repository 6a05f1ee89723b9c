from enum import Enum, Flag, auto, unique
from datetime import datetime, timedelta


@unique
class OrderState(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"

    @property
    def is_final(self):
        return self in (OrderState.SHIPPED, OrderState.CANCELLED)

    def can_go(self, other):
        return other in TRANSITIONS[self]

    def __str__(self):
        return self.value.title()


TRANSITIONS = {
    OrderState.NEW: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: set(),
    OrderState.CANCELLED: set(),
}


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = READ | WRITE


class Order:
    def __init__(self, oid):
        self.id, self.state, self.events = oid, OrderState.NEW, []
        self.t = datetime(2024, 6, 1, 12)

    def go(self, new):
        if not self.state.can_go(new):
            raise ValueError(f"order {self.id}: cannot go from {self.state.name} to {new.name}")
        self.t += timedelta(hours=6)
        self.events.append((self.t.strftime("%m-%d %H:%M"), str(new)))
        self.state = new


o = Order(1)
o.go(OrderState.PAID)
o.go(OrderState.SHIPPED)
print(o.events, o.state, o.state.is_final, repr(o.state))
try:
    o.go(OrderState.NEW)
except ValueError as e:
    print(e)
print(Perm.READ | Perm.WRITE, Perm.ADMIN, Perm.READ in Perm.ADMIN, Perm(1), repr(Perm.WRITE))
print(OrderState.PAID.name, OrderState("paid") is OrderState.PAID, list(OrderState)[:2], OrderState.__members__.keys())
print(f"{OrderState.NEW}", format(OrderState.NEW), "%s" % OrderState.NEW, [str(s) for s in OrderState])
