class M(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} {b.real} {c[0]}".format_map(M(a=1, b=2, c=[3])))
for s in ["{0}", "{}", "{x}"]:
    try:
        print("{0}".format_map({0: "zero"}) if s == "{0}" else s.format_map({}))
    except Exception as e:
        print(type(e).__name__, e)
print("{:{}}|{:>{}}".format("a", 3, "b", 4))
print("{0:{1}}".format(3.5, ".3f"), f"{'x':{'>'}{5}}")
try:
    print("{0:{0:{0}}}".format(1))
except ValueError as e:
    print(e)
try:
    "{0!é}".format(1)
except ValueError as e:
    print(e)
print("{.real} {[1]}".format(5, "xy"))
print("{0[a-b]} {0[ 1]}".format({"a-b": 1, " 1": 2}))
