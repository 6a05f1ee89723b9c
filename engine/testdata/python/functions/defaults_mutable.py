def append(x, to=[]):
    to.append(x)
    return to
print(append(1), append(2))
def safe(x, to=None):
    to = [] if to is None else to
    to.append(x)
    return to
print(safe(1), safe(2))
print(append.__defaults__)
