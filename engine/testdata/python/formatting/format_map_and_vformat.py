class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} ({city})".format_map(Default(name="Ann", age=30)))
print("{a[0]} {a[1]} {b.real} {c[k]}".format(a=[1, 2], b=3 + 0, c={"k": "v"}))
print("{:{}{}{}}".format("x", "*", "^", 7), "{0!r:{1}}".format("s", 6), "{{{0}}}".format(5))
import string
print(string.Template("$who likes ${what}s, $$5").substitute(who="tim", what="kung pao"))
print(string.Template("$a $b").safe_substitute(a=1))
try:
    "{0} {x}".format(1)
except KeyError as e:
    print("KeyError", e)
try:
    "{1}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{".format()
except ValueError as e:
    print("ValueError", e)
try:
    "}".format()
except ValueError as e:
    print("ValueError", e)
try:
    "{0:{1}}".format(1, "abc")
except ValueError as e:
    print("ValueError", e)
