# A Template subclass setting idpattern or braceidpattern: CPython 3.11 compiles its pattern (IGNORECASE,
# VERBOSE); an ill-formed placeholder names the line and column after the delimiter, by splitlines.
import string
class A(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
t = A("%%  %with_under %notunder %{ab_cd} %{x} 100% %Up_Case")
print(t.safe_substitute(with_under=1, ab_cd=2, up_case=3, Up_Case=4))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(with_under=1, ab_cd=2, Up_Case=4)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
class B(string.Template):
    braceidpattern = r'[^}]+'
b = B("${a b} $c ${d}\n  $ x")
print(b.safe_substitute({"a b": 1, "c": 2}))
try:
    print(b.substitute({"a b": 1, "c": 2, "d": 3}))
except ValueError as e:
    print(e)
print(b.get_identifiers())
class C(string.Template):
    delimiter = '#'
    idpattern = r'\d+'
print(C("#1 #22 ## #x").safe_substitute({"1": "one", "22": "tt"}))
try:
    C("ab\n\n#x").substitute({})
except ValueError as e:
    print(e)
import string
for s in ["a\r\n$", "a\rb\x0c$ x", "$", "\n$1"]:
    try:
        string.Template(s).substitute()
    except ValueError as e:
        print(e)
