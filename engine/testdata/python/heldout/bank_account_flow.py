class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed, self.available = needed, available
class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next
        Account._next += 1
        self.tx = []
    @property
    def balance(self):
        return self._balance
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.tx.append(-amt)
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amt
        self.tx.append(amt)
    def __repr__(self):
        return f"Account({self.owner!r}, #{self.number}, balance={self._balance:,.2f})"
def transfer(a, b, amt):
    a.withdraw(amt)
    b.deposit(amt)
x, y = Account("ann", 100), Account("bob")
transfer(x, y, 30.5)
print(x, y)
for amt in (200, -5):
    try:
        transfer(x, y, amt) if amt > 0 else y.deposit(amt)
    except InsufficientFunds as e:
        print("failed:", e, e.args)
    except ValueError as e:
        print("failed:", e)
print(x.tx, y.tx, x.balance + y.balance, Account._next)
