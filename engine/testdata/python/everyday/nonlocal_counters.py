def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return inc, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())


def make_id_generator(prefix):
    n = 0

    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:04d}"

    return next_id


user_id = make_id_generator("USR")
order_id = make_id_generator("ORD")
print([user_id() for _ in range(3)], order_id(), user_id())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
total = 0


def add(x):
    global total
    total += x


for v in (1, 2, 3):
    add(v)
print(total)


def broken():
    try:
        x += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 0


x = 5
broken()
print(inc.__closure__ is not None, inc.__name__, inc.__qualname__)
