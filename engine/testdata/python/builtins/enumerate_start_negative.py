for i, c in enumerate("ab", -1):
    print(i, c)
print(list(enumerate([], 5)))
print(list(zip(range(3), enumerate("xyz"))))
