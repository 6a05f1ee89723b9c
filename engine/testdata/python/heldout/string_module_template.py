import string
print(string.ascii_lowercase, string.ascii_uppercase[:5], string.digits, string.punctuation, repr(string.whitespace))
print(string.hexdigits, string.octdigits, len(string.printable), string.ascii_letters[-3:])
t = string.Template("Hello $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount="5.00"), t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
import secrets
tok = "".join(c for c in "x" * 5)
print(tok, all(c in string.ascii_letters for c in "abcZ"))
