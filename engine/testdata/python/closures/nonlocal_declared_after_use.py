def outer():
    x = 0
    def inner():
        nonlocal x
        x = x + 1
        def deeper():
            nonlocal x
            x *= 10
        deeper()
        return x
    return inner(), x
print(outer())
