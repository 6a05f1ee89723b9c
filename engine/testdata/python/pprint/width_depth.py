from pprint import pprint
nested = [1, [2, [3, [4, [5]]]]]
pprint(nested, depth=2)
pprint(list(range(30)), width=40)
pprint({"z": 1, "a": {"y": 2, "b": 3}}, sort_dicts=False)
