x = 3.14159
s = "hi"
print(f"{x=:.2f}")
print(f"{s=!r:>8}")
print(f"{s = !s}")
print(f"{x + 1 = :.1f}")
