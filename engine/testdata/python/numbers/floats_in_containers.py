d = {0.1: "a", 1.0: "b", 2: "c", -0.0: "z"}
print(d, [0.1, 1e20, 1e-7, -0.0], (1.5,), {2.5}, {0.0: 1}[-0.0], d.get(0), d.get(1))
print(sorted({3.5: 1, 1.25: 2, 2: 3}.items()), list(map(float, ["1", "2.5", "-3e2"])), [round(x, 1) for x in [0.25, 0.35, 0.45]])
import json
print(json.dumps([0.1, 1e20, 1e-7, 1.0, float("inf") if False else 2.5, 10**20]), json.loads("[1.0, 1e400, -0.0, 1E2]"), json.dumps({"x": 1 / 3}))
print(str([1 / 3, 2 / 3]), repr({"k": 1e16}), f"{[0.1, 0.2]}", "%s" % [0.5], "{}".format((0.1 + 0.2,)))
