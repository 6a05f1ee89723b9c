def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def make_mult():
    return [lambda x: x * i for i in range(3)]
print([m(2) for m in make_mult()])
