# str.format and format-spec corners: nested fields, conversions with specs, fill with braces, sign/zero/grouping combos
print("{:{}{}}".format("x", ">", 5), "{0:{1}.{2}f}".format(3.14159, 10, 3), "{:{w}}|".format(1, w=4))
print("{{}} {{{}}}".format(7), "{:}}>5}".format("a") if False else "{:*^9}".format("mid"))
print("{!r:^10}|{!a}|{!s:.2}".format("é", "é", "hello"))
print(format(1234567.891, ",.2f"), format(-1234567, "_d"), format(1234567, "08,d"), format(-42, "=+08d"), format(42, "#010b"))
print(format(0.000123456, ".3"), format(123456789.0, ".3"), format(1e-10, "g"), format(1.5e300, ".2e"), format(float("inf"), "+.1f"), format(float("nan"), "^7"))
print(format(12.5, "%"), format(0.125, ".1%"), format(-0.0, "+"), format(0.0, " .3f"), format(1/3, ".15g"), format(2**0.5, ".17"))
print(format(255, "X"), format(255, "#x"), format(-255, "#o"), format(10, "c") if False else format(97, "c"), format(True, "d"), format(True, ">5"))
print("{0.real}/{0.imag}".format(3 + 4j), "{d[k]}".format(d={"k": "v"}), "{0[0]}{0[1]}".format("ab"), "{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
for spec in ["<5", ">5", "^5", "=5", "05", "+", " ", ",", "_", ".1f", "e", "x"]:
    for v in [7, -7, 7.0]:
        try:
            r = format(v, spec)
        except (ValueError, TypeError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(spec), repr(v), repr(r))
for bad in ["{", "}", "{0!x}", "{:,,}", "{:.}", "{0:d}", "{a}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print("%5.1f|%-6s|%+d|%x|%o|%e|%g|%r|%c|%%|%05d|%.3s" % (2.25, "ab", 3, 255, 8, 12345.678, 0.00001234, "q", 65, -42, "abcdef"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 5}, "%s" % (1,), "%s" % [1, 2], "%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))

# separators: "," and "_" after one another, and with types PEP 378 and 515 do not allow
for s in ['{:,,}','{:,_}','{:_,}','{:__}','{:,,d}', '{:_,d}', '{:,r}', '{:_n}', '{:,n}', '{:,x}', '{:_x}', '{:_b}', '{:,s}', '{:_c}', '{:,%}', '{:_e}', '{:,}', '{:_}']:
    for v in (1.5, 1, "s"):
        try: print(s, repr(v), s.format(v))
        except ValueError as e: print(s, repr(v), e)
