for s in ["", "a", "héllo", "日本", "tab\tx"]:
    print("|".join(format(s, spec) for spec in ["", "5", "<5", ">5", "^6", ".2", "^7.3", "x<4", "*^9", "s", ">1"]))
print("{!r:>10}|{!s:^8}|{!a:<12}|".format("q'", "é", "é"))
print("{0:>{1}}|{0:<{1}}|{0:^{1}.{2}}".format("abcdef", 9, 3))
for bad in ["d", "=5", "+", ",", "05"]:
    try:
        format("x", bad)
    except ValueError as e:
        print(repr(bad), e)
