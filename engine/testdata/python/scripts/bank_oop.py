class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance:.2f} < {amount:.2f}")
        self.balance, self.amount = balance, amount

class Account:
    _next_id = 1
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __str__(self):
        return f"#{self.id} {self.owner}: ${self._balance:,.2f}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))

accts = [Account("ann", 100), Savings("bob", 1000), Account("cy")]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
try:
    accts[2].withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.amount)
try:
    accts[2].deposit(-1)
except ValueError as e:
    print("error:", e)
for a in sorted(accts, reverse=True):
    print(a, a.history)
print(accts, accts[0] == accts[0], accts[0] == accts[1], accts[0] != 5)
print(max(accts).owner, [type(a).__name__ for a in accts], Savings.interest, Account.interest, accts[1].interest)
try:
    accts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(hash(accts[0]) if Account.__hash__ else "unhashable", Account.__hash__)
