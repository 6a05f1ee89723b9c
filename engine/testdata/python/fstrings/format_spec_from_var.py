for spec in ["<6", ">6", "^6", "06.2f"]:
    print(f"[{3.14159:{spec}}]")
w = 5
print(f"[{'ab':>{w}}] [{42:0{w}d}]")
