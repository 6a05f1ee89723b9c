names = ["Émile", "zoe", "Zack", "adam", "Ádám", "bob", "Bob"]
print(sorted(names), sorted(names, key=str.casefold), sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len, reverse=True), sorted(set(n.lower() for n in names)))
mixed = ["item10", "item2", "item1", "Item3"]
print(sorted(mixed), sorted(mixed, key=lambda s: int(s[4:])), sorted(mixed, key=lambda s: (s[:4].lower(), int(s[4:]))))
