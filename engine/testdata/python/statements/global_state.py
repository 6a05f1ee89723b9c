counter = 0
log = []
def bump():
    global counter
    counter += 1
    log.append(counter)
def reset():
    global counter, log
    counter = 0
    log = []
for _ in range(3):
    bump()
print(counter, log)
reset()
bump()
print(counter, log)
def make():
    global made
    made = "yes"
make()
print(made)
def read_only():
    return counter + len(log)
print(read_only())
x = "module"
def f():
    x = "local"
    def g():
        global x
        return x
    return g()
print(f())
def h():
    y = 1
    def inner():
        return y + 1
    y = 10
    return inner()
print(h())
print(__name__, type(__builtins__).__name__ if False else "", "counter" in globals())
def del_global():
    global counter
    del counter
del_global()
try:
    print(counter)
except NameError as e:
    print("NameError:", e)
