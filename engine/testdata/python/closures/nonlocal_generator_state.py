def make():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return tick, reset
tick, reset = make()
tick(); tick()
print(tick())
reset()
print(tick())
