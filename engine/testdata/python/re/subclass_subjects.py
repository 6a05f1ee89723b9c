import re
class Name(str):
    pass
n = Name("Ada Lovelace")
m = re.match(r"(\w+) (\w+)", n)
print(m.groups(), type(m.group(1)).__name__, type(m.string).__name__, m.string is n)
print(re.sub(r"a", "A", n), type(re.sub(r"a", "A", n)).__name__, re.findall(r"\w+", n), re.split(" ", n))
print(re.compile(Name("a+")).pattern, type(re.compile(Name("b")).pattern).__name__)
