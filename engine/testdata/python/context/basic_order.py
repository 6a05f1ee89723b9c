class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
try:
    with CM("c"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
