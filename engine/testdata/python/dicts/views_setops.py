d = {"a": 1, "b": 2, "c": 3}
e = {"b": 0, "c": 0, "d": 0}
print(sorted(d.keys() & e.keys()))
print(sorted(d.keys() - e.keys()))
print(sorted(d.keys() | {"z"}))
print(d.items() & {("a", 1)})
