import pprint
data = [{"id": i, "name": f"user{i}", "tags": ["a", "b"]} for i in range(4)]
print(pprint.pformat(data))
print(pprint.pformat(("tuple", 1), width=5))
