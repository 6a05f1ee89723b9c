# source: goelishan/AI_Learning python_files/Python_fundamentals/oops_01.py (BankAccount with deposits, withdrawals and error handling)
class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount < 0:
            raise ValueError('Amount cannot be less than 0')
        self.balance += amount
        print(f'{amount} deposited in account, updated balance - {self.balance}')

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('Insufficient funds')
        self.balance -= amount
        print(f'{amount} withdrawn from account, updated balance - {self.balance}')


try:
    acc = BankAccount('ishan', 5000)
    acc.deposit(400)
    acc.withdraw(60000)
except ValueError as e:
    print('transaction failed.', e, e.args)
finally:
    print(type(acc).__name__, acc.owner, acc.balance)

class Bank:
    def __init__(self):
        self.current_amount = 10000

    def withdraw(self, amount):
        try:
            if amount > self.current_amount:
                raise Exception("You want to withdraw too much")
            else:
                self.current_amount -= amount
        except TypeError as error:
            print("Wrong Data Type:", error)
        except Exception as error:
            print("The error is ", error)

    def __str__(self):
        return f"The person has {self.current_amount} dollars left"

b1 = Bank()
b1.withdraw("hello")
b1.withdraw(15000)
b1.withdraw(2500.5)
print(b1)
acc.withdraw(-1)
acc.deposit(-5)
