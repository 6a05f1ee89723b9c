specs = ["", "10", "<10", "^10", ">10", "010", "+", " ", ".0f", ".2f", "+.1f", ",", ",.2f", "_.3f", ".2e", "E", ".3%", "g", "G", ".10g", "#g", "#.0f", "n", "=+10.2f", "*^12.3f", "z.1f"]
vals = [3.14159, -2.5, 0.0, -0.0, 1234567.891, 1e-10, 1e20, float("inf"), float("-inf"), float("nan"), 0.5, 1.0]
for v in vals:
    print(repr(v).ljust(14), "|".join(format(v, s) for s in specs))
