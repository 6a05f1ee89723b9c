for i in range(3):
    tmp = i * 2
print(i, tmp)
del i
try:
    i
except NameError as e:
    print("NameError", e)
