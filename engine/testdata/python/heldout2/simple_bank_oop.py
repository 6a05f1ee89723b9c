# source: bank account OOP exercises (class-level interest rate, classmethod from_string, staticmethod validators, __str__/__repr__, transaction history)
class Account:
    interest_rate = 0.02
    _count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account._count += 1
    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), float(bal))
    @staticmethod
    def is_valid_amount(x):
        return isinstance(x, (int, float)) and x > 0
    def deposit(self, x):
        if not self.is_valid_amount(x):
            raise ValueError(f"invalid amount: {x!r}")
        self.balance += x
        self.history.append(("dep", x))
        return self
    def withdraw(self, x):
        if x > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance:.2f} < {x:.2f}")
        self.balance -= x
        self.history.append(("wd", x))
        return self
    def apply_interest(self):
        self.balance *= 1 + self.interest_rate
        return self
    def __str__(self):
        return f"{self.owner}: ${self.balance:,.2f}"
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance!r})"

class Savings(Account):
    interest_rate = 0.05

a = Account.from_string("Ann : 1000")
s = Savings("Bob", 250)
a.deposit(500).withdraw(200.5).apply_interest()
s.apply_interest().apply_interest()
print(a, repr(a), a.history)
print(s, repr(s), Account._count, Savings._count, s.interest_rate, Account.interest_rate)
for bad in (lambda: a.deposit(-5), lambda: a.deposit("10"), lambda: s.withdraw(10**6)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
Savings.interest_rate = 0.1
print(Savings("x").interest_rate, type(s).interest_rate, Account.is_valid_amount(True), isinstance(Savings.from_string("c:1"), Savings))
