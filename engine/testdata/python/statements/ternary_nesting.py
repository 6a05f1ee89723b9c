for n in [-5, 0, 5]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
f = lambda x: (x and "truthy") or "falsy"
print(f(0), f(1))
