# source: https://docs.python.org/3/tutorial/errors.html (the divide() example with else and finally; finally overriding a return; exception groups left out)
def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")

divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print("TypeError:", e)

def bool_return():
    try:
        return True
    finally:
        return False

print(bool_return())

def order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log

print(order())

class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass

for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")
try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst), inst.args, inst)
    x, y = inst.args
    print('x =', x, 'y =', y)
while True:
    try:
        x = int("not a number")
        break
    except ValueError as err:
        print("Oops!  That was no valid number.", err)
        break
