# source: nvidia/Nemotron-CC-Math-v1 "Python Generators Tutorial" (return vs raise StopIteration inside try/except, finally with yield, yrange)
def f():
    yield 1
    return
    yield 2

g = f()
print(g.__next__())
try:
    g.__next__()
except StopIteration:
    print("stopped")

def g1():
    try:
        return
    except:
        yield 1

print(list(g1()))

def g2():
    try:
        raise StopIteration
    except:
        yield 42

print(list(g2()))

def g3():
    try:
        return
    finally:
        yield 1

print(list(g3()))

def yrange(n):
    for i in range(n):
        yield i

print(list(yrange(5)))

def leaky():
    yield 1
    raise StopIteration("inside")

try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
