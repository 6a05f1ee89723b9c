def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
total = 0
def add(n):
    global total
    total += n
add(3); add(4)
print(total)
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def broken():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def memo():
    cache = {}
    def f(n):
        if n not in cache:
            cache[n] = n * 2
        return cache[n]
    f.cache = cache
    return f
m = memo(); m(2); m(3)
print(m.cache, m.__closure__ is not None, [c.cell_contents for c in inc.__closure__] if inc.__closure__ else None)
