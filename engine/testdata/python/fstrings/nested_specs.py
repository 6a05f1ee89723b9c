width, prec = 10, 3
v = 3.14159265
print(f"[{v:{width}.{prec}f}]")
print(f"[{v:>{width}}]")
print(f"[{'x':{'^'}{width}}]")
fmt = ".2e"
print(f"{v:{fmt}}")
print(f"{12345:{','}}")
