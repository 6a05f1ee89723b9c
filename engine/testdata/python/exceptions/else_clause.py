def f(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        print("div zero")
    else:
        print("ok", v)
    finally:
        print("done")
f(2)
f(0)
for i in range(2):
    pass
else:
    print("loop else")
while False:
    pass
else:
    print("while else")
