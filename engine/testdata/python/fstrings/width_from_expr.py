v = 3.14159265
for w, p in [(8, 2), (12, 4), (3, 0)]:
    print(f"[{v:{w}.{p}f}]", f"[{v:>{w}.{p}}]", f"[{'s':{w}}]", f"[{42:{w}d}]")
fill, align = "~", "^"
print(f"[{'mid':{fill}{align}{11}}]", f"[{12345:{','}}]", f"[{255:{'#'}{'x'}}]")
spec = ".3e"
print(f"{v:{spec}}", f"{-v:{'+'}{spec}}", f"{v:{''}}")
