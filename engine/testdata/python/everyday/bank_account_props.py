class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @classmethod
    def open(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def fmt(amount):
        return f"${amount:,.2f}"

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self.fmt(self._balance)}, needs {self.fmt(amount)}")
        self.balance -= amount
        self.history.append(-amount)

    def __repr__(self):
        return f"Account(id={self.id}, owner={self.owner!r}, balance={self._balance})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    __hash__ = None


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)


a = Account.open("ann")
s = Savings("sam", 1000)
print(a, s, Account.fmt(1234567.5))
a.withdraw(30)
s.add_interest()
print(a.balance, s.balance, a.history, type(s).__mro__)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e)
try:
    a.balance = -1
except ValueError as e:
    print("error:", e)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
print(a == a, a == s, a != s, Savings.interest, Account.interest, Account._next_id)
print(isinstance(s, Account), issubclass(Savings, (int, Account)), Savings.open("x"))
