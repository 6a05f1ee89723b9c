def running():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
        return total
    return add, history
add, hist = running()
for v in [3, 4, 5]:
    add(v)
print(hist)
