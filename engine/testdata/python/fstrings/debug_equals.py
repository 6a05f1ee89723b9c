x = 42
name = "Ada"
print(f"{x=}")
print(f"{x = }")
print(f"{name=!s} {name=}")
print(f"{x*2=}")
print(f"{x=:>6}")
