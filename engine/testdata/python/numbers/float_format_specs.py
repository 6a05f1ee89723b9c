x = 1234.56789
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "^12.2e", "+.3g", "g", ".0f", ".0e", "%", ".1%", ",", ",.2f", "_.3f", "015.3f", "=+12.2f", "e", "E", "G", "n", "#.0f", "#g", ".10g", ".17g", ".3a" if False else "r" if False else ".1f"]:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 1e300, 1e-300, 0.0, -0.0, float("inf"), float("nan")]:
    print(f"{v:.0f}|{v:.2f}|{v:e}|{v:g}|{v:.3g}|{v:10.4}|{v!r}|{v:%}")
