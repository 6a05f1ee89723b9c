# source: unit-conversion tables (dict of factors to a base unit, temperature special-cased) in beginner converter scripts
FACTORS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}

def convert(value, src, dst):
    try:
        return value * FACTORS[src] / FACTORS[dst]
    except KeyError as e:
        raise ValueError(f"unknown unit {e.args[0]!r}") from None

def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

for v, s, d in [(1, "mi", "km"), (100, "cm", "in"), (5280, "ft", "mi"), (1, "m", "mm"), (3, "yd", "ft"), (0.1, "km", "m")]:
    r = convert(v, s, d)
    print(f"{v:>6} {s:<2} = {r:>12.6g} {d:<2} | {r!r}")
print([round(c_to_f(c), 1) for c in (-40, 0, 37, 100)], [round(f_to_c(f), 2) for f in (-40, 32, 98.6, 451)])
try:
    convert(1, "m", "furlong")
except ValueError as e:
    print("ValueError:", e)
print(f"{1e-7:g} {123456789:g} {0.0001:g} {1e16:g} {12345.678:.3g} {0.5:.0%} {1/3:.2%} {-0.0:g} {1e100:.2e}")
print(f"{3.0:g} {3.0:} {3.0!s} {2.50:.1f} {2.45:.1f} {1234567.891:,.2f} {1234567:_} {0.000012345:.3e}")
print(1e22, 1e21, 1e16, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, -1.5e-10, 5e-324)
