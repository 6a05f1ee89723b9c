print("%#x %#o %#X %x" % (255, 8, 255, -255))
print("%-8.3e|%+.2f|%08.2f|% .3f|%.0f|%.0e" % (12345.678, 3.14159, -3.14159, 2.0, 2.5, 15000))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%g %g %g %g %G" % (0.0001, 0.00001, 123456, 1234567, 1e-10))
print("%5s|%-5s|%.2s|%r|%a" % ("ab", "ab", "abcdef", "é", "é"))
print("%c%c %5.1f%%" % ("x", 65, 99.45))
print("%(name)-10s|%(val)08.3f|%(val)e" % {"name": "pi", "val": 3.14159})
print("%i %u %d" % (3.99, -2.5, True), "%s" % (1, ), "%s %s" % ([1], {2: 3}))
try:
    print("%d" % "5")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%z" % 5)
except ValueError as e:
    print("ValueError", e)
print("%s" % "not all converted" if False else "ok")
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError", e)
