from string import Template
t = Template("Hello $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount=12.5))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
print(Template("$a$b").substitute({"a": 1}, b=2))
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$x").template, Template("${x}y").safe_substitute())
