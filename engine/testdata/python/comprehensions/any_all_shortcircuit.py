def check(x):
    print("check", x)
    return x > 1
print(any(check(x) for x in [1, 2, 3]))
print(all(check(x) for x in [2, 0, 3]))
print(any([]), all([]))
