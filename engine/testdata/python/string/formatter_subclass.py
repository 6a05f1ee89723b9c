import string
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2))
print(list(f.parse("a{b}c{d:>3}")))
for s in ["a{{b", "a}}b", "{", "}", "a{b", "{0!}", "{0!r", "{0!rx}", "{!r}", "{a[}", "{a[0]b}", "{a:{b}}", "{a:{b:{c}}}", "x{0.}", "{0[]}", "{:}", "{0!r:>{w}}", "{a.b[c].d}", "{a!s:}", "{{}}", "", "{0:{", "{{{0}}}", "{a:x}}", "{a{b}}", "{!}", "{0!ab}", "{0:{}}", "{[}", "é{ü}ñ"]:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
it = f.parse("ok{a}}")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("lazy:", e)
class P:
    x = 5
    def __getitem__(self, k):
        return f"item {k!r}"
for s, a, k in [("{0.x}", (P(),), {}), ("{0[3]}", (P(),), {}), ("{p[key]}", (), {"p": P()}), ("{} {}", (1, 2), {}), ("{0} {}", (1, 2), {}),
                ("{} {0}", (1, 2), {}), ("{:{}}", ("a", 5), {}), ("{0:{1}}", ("a", 5), {}), ("{!r:>8}", ("hi",), {}), ("{!a}", ("é",), {}),
                ("{!x}", (1,), {}), ("{5}", (1,), {}), ("{nope}", (), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{a.}", (), {"a": 1}),
                ("{0:{{}}}", (1,), {}), ("{:%Y}", (1,), {}), ("{x:>{w}.{p}f}", (), {"x": 3.14159, "w": 10, "p": 2})]:
    try:
        print(repr(s), repr(f.format(s, *a, **k)), repr(f.vformat(s, a, k)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(f.get_field("0.real", (3,), {}), f.get_field("k[1]", (), {"k": "abc"}), f.get_value(0, (9,), {}), f.get_value("z", (), {"z": 1}))
print(f.convert_field(1.5, "r"), f.convert_field("x", None), f.format_field(3.14159, ".2f"), f.check_unused_args(set(), (), {}))
try:
    f.convert_field(1, "z")
except ValueError as e:
    print(e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}>")
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} and {b} and {0:>5}", "x", a="hi"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
        extra = set(kwargs) - used
        if extra:
            raise KeyError(f"unused: {sorted(extra)}")
try:
    Strict().format("{a}{0}", 1, a=2, b=3)
except KeyError as e:
    print("KeyError", e)
class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def parse(self, s):
        for lit, name, spec, conv in super().parse(s):
            yield lit.replace("-", "_"), name, spec, conv
print(Conv().format("a-b {0!u} c-d {1!r}", "up", "q"))
try:
    f.format()
except TypeError as e:
    print(e)
try:
    f.format("{0:{0:{0:{0}}}}", 1)
except ValueError as e:
    print(e)
print(type(f.parse("")).__name__, isinstance(f, string.Formatter), string.Formatter.__module__)
