import random

class Weird(random.Random):
    def random(self):
        raise RuntimeError("no entropy")

w = Weird(1)
for f in (w.random, lambda: w.uniform(1, 2), lambda: w.choice("ab"), lambda: w.gauss(), lambda: w.shuffle([1, 2])):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
print(w.getrandbits(4), w.randbytes(1) != None)

class Late(random.Random):
    def __init__(self, n):
        self.n = n
l = Late(4)
print(l.random(), l.getrandbits(16), vars(l))
try:
    l.gauss()
except AttributeError as e:
    print("AttributeError", e)

class Args(random.Random):
    def __init__(self, a, b=2):
        super().__init__(a * b)
print(Args(3).random() == random.Random(6).random())
try:
    random.Random(1, 2, 3)
except TypeError as e:
    print(e)
class Caught(random.Random):
    def random(self):
        try:
            return self.choice([])
        except IndexError:
            return 0.75
print(Caught(0).uniform(0, 4))
print(repr(random.Random(1))[:22])
