specs = ["", "5", "<5", "^5", "05", "+", " ", ",", "_", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "_b", "n", "e", ".2f", "%", "#010x", "=+8", "*>+8,"]
for v in [0, 7, -7, 255, 65, 1234567, -98765432, 2 ** 70, True]:
    print(repr(v).ljust(22), "|".join(format(v, s) for s in specs))
for bad in [".2", ",c", "_c", "s"]:
    try:
        format(42, bad)
    except ValueError as e:
        print(repr(bad), e)
print(format(65, "c"), format(0x1F600, "^5c"), "{:c}".format(10) == "\n")
