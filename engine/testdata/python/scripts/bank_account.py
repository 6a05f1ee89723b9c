class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
acct = Account("ann", 10)
acct.deposit(5)
for amount in [3, 50]:
    try:
        acct.withdraw(amount)
    except InsufficientFunds as e:
        print("refused:", e)
print(acct.balance, acct.history)
acct.deposit(-1)
