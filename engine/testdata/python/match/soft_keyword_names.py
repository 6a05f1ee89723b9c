match = [1, 2]
case = 3
print(match, case)
_ = 5
print(_)
