class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P()))
print("{p.x:>5}".format(p=P()))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{:>{}}".format("r", 4))
