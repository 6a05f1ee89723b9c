class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return f"${self.c / 100:{spec or '.2f'}}"
m = Money(1234)
print(f"{m}")
print(f"{m:.1f}")
print(format(m, ".0f"))
print("{}".format(m))
