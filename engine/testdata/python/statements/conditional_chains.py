def grade(s):
    if s >= 90:
        return "A"
    elif s >= 80:
        return "B"
    elif s >= 70:
        return "C"
    return "F"
print([grade(s) for s in (95, 85, 75, 5)])
x = 5
print("big" if x > 3 else "small", 1 if 0 else 2 if 0 else 3)
