from pprint import pprint, pformat
data = {"key%d" % i: list(range(i)) for i in range(8)}
pprint(data)
pprint([{"name": "x" * 30, "values": list(range(15))}, {"b": 2, "a": 1}])
print(pformat({"b": 1, "a": 2}))
pprint("short")
