print("%s is %d years" % ("Ann", 30))
print("%5.1f|%-6s|%06d|%x|%X|%o|%e|%g" % (3.14159, "ab", 42, 255, 255, 8, 12345.678, 0.00001234))
print("%(name)s has %(count)03d" % {"name": "x", "count": 7})
print("%r %s" % ("s", "s"), "%c%c" % (72, "i"), "%%d" % ())
print("%+d % d %5s%%" % (5, 5, 50))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%i" % -2.5, "%.0f" % 2.5, "%.0f" % 3.5)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
print("%-10s|%10s|" % ("left", "right"))
print("%*d|%-*d|" % (5, 1, 4, 2))
