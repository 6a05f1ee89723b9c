total = 0
def outer():
    def inner():
        global total
        total += 5
    inner()
    inner()
outer()
print(total)
def shadow():
    total = "local"
    return total
print(shadow(), total)
