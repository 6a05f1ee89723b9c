try:
    {}["missing"]
except KeyError as e:
    print(str(e), e.args[0])
try:
    {}[("a", 1)]
except KeyError as e:
    print(str(e))
print(str(KeyError("a", "b")))
