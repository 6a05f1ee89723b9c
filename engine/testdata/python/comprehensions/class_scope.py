class C:
    n = 3
    vals = [i for i in range(n)]
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        bad = "NameError"
print(C.vals, C.bad)
