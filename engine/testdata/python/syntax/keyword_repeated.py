def f(**kw):
    return kw
print(f(a=1))
print(f(b=2, a=1, c=3,
      a=2))
