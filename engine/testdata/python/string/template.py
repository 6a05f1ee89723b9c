from string import Template
t = Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(Template("$$5").substitute())
