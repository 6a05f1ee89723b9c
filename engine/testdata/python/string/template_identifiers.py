from string import Template
class Tmpl(Template):
    delimiter = "%"
print(Tmpl("%who knows").substitute(who="Ann"))
print(Template("${a}b $c").substitute({"a": 1, "c": 2}))
print(Template("$x and $y").safe_substitute(x=1))
