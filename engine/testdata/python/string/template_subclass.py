from string import Template
class T(Template):
    delimiter = "%%"
t = T("a %%x b %%%% c %%{y}")
print(t.substitute(x=1, y=2), t.template, T.delimiter, Template.delimiter)
print(t.safe_substitute({"x": 5}), Template("$a $$ ${b}").substitute(a=1, b="z"))
try:
    Template("$").substitute()
except ValueError as e:
    print("ValueError", e)
try:
    Template("$who").substitute()
except KeyError as e:
    print("KeyError", e)
class U(Template):
    def show(self):
        return self.substitute(v=self.template.upper())
print(U("[$v]").show(), isinstance(U("x"), Template), type(t).__name__)
print(Template("${a}b $c").safe_substitute({"a": 1}, c=3))
