from dataclasses import dataclass, field, replace, InitVar
@dataclass
class Account:
    owner: str
    balance: int = 0
    created: int = field(init=False, default=7)
    seed: InitVar[int] = 1
    def __post_init__(self, seed):
        self.balance += seed
a = Account("ann", 10)
print(a, a.created)
b = replace(a, owner="bob")
print(b)
try:
    replace(a, created=3)
except ValueError as e:
    print("ValueError", e)
print(replace(a, seed=100))
print(a == Account("ann", 9, 2), a is not b)
