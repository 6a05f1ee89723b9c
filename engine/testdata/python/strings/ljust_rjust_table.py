rows = [("id", "name"), (1, "ann"), (22, "bo")]
for a, b in rows:
    print(str(a).rjust(4), "|", str(b).ljust(6), "|")
print("abc".rjust(2), "abc".ljust(5, "-"))
