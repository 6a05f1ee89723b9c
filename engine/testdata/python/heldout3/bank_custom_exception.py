# source: a bank package found by code search (from bank.exceptions import InsufficientBalanceError; make_deposit/make_withdrawal with f-string messages)
class InsufficientBalanceError(Exception):
    pass


class BankAccount:
    def __init__(self):
        self._balance = 0

    def get_balance(self) -> float:
        return self._balance

    def make_deposit(self, amount):
        if amount <= 0:
            raise ValueError('Deposit value should be positive')
        self._balance += amount

    def make_withdrawal(self, amount):
        if amount <= 0:
            raise ValueError('Withdrawal value should be positive')
        if self._balance < amount:
            raise InsufficientBalanceError(f"Insufficient funds : your current balance is {self._balance}")
        self._balance -= amount


acct = BankAccount()
for op, amount in [("d", 100), ("w", 30.25), ("w", 500), ("d", 0), ("w", -3), ("d", 12.5)]:
    try:
        if op == "d":
            acct.make_deposit(amount)
        else:
            acct.make_withdrawal(amount)
        print(op, amount, "->", acct.get_balance())
    except InsufficientBalanceError as e:
        print("refused:", e)
    except ValueError as e:
        print("invalid:", e)
print(InsufficientBalanceError.__mro__)
print(repr(InsufficientBalanceError("x")), str(InsufficientBalanceError()), InsufficientBalanceError(1, 2).args)
acct.make_withdrawal(1000)
