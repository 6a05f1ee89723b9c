import copy
DEFAULTS = {"retries": 3, "hosts": ["a"]}
def config(**over):
    c = copy.deepcopy(DEFAULTS)
    c.update(over)
    return c
c1 = config(retries=5)
c1["hosts"].append("b")
print(c1, DEFAULTS)
shallow = dict(DEFAULTS)
shallow["hosts"].append("z")
print(DEFAULTS)
