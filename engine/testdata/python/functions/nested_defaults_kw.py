def outer(**options):
    def inner(x, scale=options.get("scale", 1)):
        return x * scale
    return inner
print(outer()(3), outer(scale=10)(3))
def kwd(*, a=1, b):
    return a, b
print(kwd(b=2))
print(kwd.__kwdefaults__)
