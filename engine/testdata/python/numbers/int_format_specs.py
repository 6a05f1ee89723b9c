n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", "010d", "+d", " d", ",", "_", "_x", "b", "#b", "o", "#o", "x", "#X", "e", ".2f", "%", "c" if False else "n", ".3", "=+10,d"]:
    try:
        print(repr(spec), format(n, spec), format(-n, spec))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(format(10**25, ","), format(2**70, "_x"), format(0, "#x"), format(-0, "+d"), format(True, "d"), format(65, "c"), f"{255:#010b}", f"{-5:08.2f}")
for bad in ["s", ".2d", ",c", "=s"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(repr(bad), e)
