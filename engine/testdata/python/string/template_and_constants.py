import string
from string import Template

t = Template("Hello $name, you owe $$${amount} by ${date}.")
print(t.substitute(name="Ann", amount="5.00", date="Mon"), t.substitute({"name": "B", "amount": 1, "date": 2}))
print(t.safe_substitute(name="X"), t.template, Template("$a$b").substitute(a=1, b=2))
for bad in [lambda: t.substitute(name="x"), lambda: Template("$ x").substitute(), lambda: Template("${a").substitute(a=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords(" a  b c "), string.capwords("x-y-z", "-"), Template("$id").get_identifiers() if hasattr(Template, "get_identifiers") else "")
print(Template("${a}x $b").is_valid(), Template("$").is_valid())
