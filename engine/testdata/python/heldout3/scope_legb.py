# source: LEGB scope tutorials (global, nonlocal, enclosing closures, a late-binding lambda loop, UnboundLocalError)
x = "global"

def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "changed by inner"
        return x
    print(inner(), x)

outer()
print(x)

def set_global():
    global x
    x = "rebound"

set_global()
print(x)

counter = 0
def bump():
    counter += 1

try:
    bump()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([len(x) for x in ["ab", "c"]], x)
y = 10
def shadow():
    print(y)
    y = 5
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(sorted(k for k in make_counter.__code__.co_varnames))
