# source: email/notification templating (str.format_map with a defaulting dict, string.Template substitute/safe_substitute)
from string import Template

class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"

TPL = "Hello {name}, your order {order_id} ships {when}. Total: {total:.2f} {currency}"
ctx = {"name": "Ann", "order_id": "A-17", "total": 12.5}
print(TPL.format_map(Default(ctx, when="tomorrow", currency="EUR")))
print("Dear {name}, {missing}".format_map(Default(name="Bob")))
try:
    TPL.format(**ctx)
except KeyError as e:
    print("KeyError:", e)
t = Template("$who likes $what; cost: $$${price}")
print(t.substitute(who="tim", what="kung pao", price="9.50"))
print(t.safe_substitute(who="tim"))
try:
    t.substitute({"who": "x"})
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("${a}b $a-b").substitute(a=1), t.template, Template.delimiter)
d = Default()
print(d["x"], len(d), "x" in d, d.get("y"), d.get("y", "no"))
