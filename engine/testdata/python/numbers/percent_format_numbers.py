x = 3.14159265
print("%f|%.2f|%10.3f|%-10.1f|%+.1e|%g|%G|%.3g|%e" % (x, x, x, x, x, x, x, x, x))
print("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%c|%r|%s" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 65, 1.5, 1e20))
print("%d %i %u" % (3.99, -3.99, 7), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%s" % 10**30, "%d" % 10**30, "%e" % 10**30, "%x" % -255)
print("%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25}, "%%", "%5s|%-5s|%.2s" % ("ab", "ab", "abc"), "%*d|%-*.*f" % (5, 3, 8, 2, 1.0))
for bad in [lambda: "%d" % "a", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1, lambda: "%c" % 1114112]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
