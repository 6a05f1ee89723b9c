from dataclasses import dataclass, field, InitVar

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    currency: str = "USD"
    history: list = field(default_factory=list, compare=False)
    password: InitVar[str] = None

    def __post_init__(self, password):
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner!r}: {self.balance}")
        self.currency = self.currency.upper()
        self.hashed = None if password is None else password[::-1]

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

acc = Account("ann", 10, "eur", password="secret")
acc.deposit(5).deposit(2.5)
print(acc)
print(acc.hashed, acc.history)
print(acc == Account("ann", 17.5, "EUR"))
try:
    Account("bob", -1)
except ValueError as e:
    print("error:", e)
print(Account.__init__.__code__.co_varnames[:6] if hasattr(Account.__init__, "__code__") else None)
