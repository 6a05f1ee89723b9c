from string import Template
for s in ["$a $b ${a} $$c", "${x", "$1", "$", "a$b$", "${a}${b}$a"]:
    t = Template(s)
    print(repr(s), t.is_valid(), t.get_identifiers())
