def a():
    b()
def b():
    c = {}
    return c["deep"]
a()
