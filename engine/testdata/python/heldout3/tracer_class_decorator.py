# source: vgangaprasad/Learning_Python_5thE code/tracer1.py (a class used as a decorator: __call__ counts calls)
class tracer:
    def __init__(self, func):
        self.calls = 0
        self.func  = func
    def __call__(self, *args):
        self.calls += 1
        print('call %s to %s' % (self.calls, self.func.__name__))
        return self.func(*args)

@tracer
def spam(a, b, c):
    return a + b + c

print(spam(1, 2, 3))
print(spam('a', 'b', 'c'))
print(spam.calls, type(spam).__name__, callable(spam))
print(spam([1], [2], [3]))
try:
    spam(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(spam.calls)

class Widget:
    @tracer
    def method(self, x):
        return x * 2

try:
    Widget().method(3)
except TypeError as e:
    print("TypeError:", e)
