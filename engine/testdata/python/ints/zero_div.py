print(1 if True else 0)
try:
    1 // 0
except ZeroDivisionError as e:
    print("floordiv", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("mod", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("div", e)
1.0 / 0
