class Transaction:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback {exc_type.__name__}: {exc}")
        return exc_type is ValueError
t = Transaction("t1")
with t:
    t.log.append("work")
print(t.log)
t2 = Transaction("t2")
with t2:
    raise ValueError("boom")
print(t2.log)
t3 = Transaction("t3")
try:
    with t3:
        raise KeyError("k")
except KeyError as e:
    print("propagated", e, t3.log)
with Transaction("a") as a, Transaction("b") as b:
    print(a.name, b.name)
print(a.log, b.log)
class Timer:
    def __enter__(self): return self
    def __exit__(self, *args):
        print("exit args", args)
with Timer():
    pass
