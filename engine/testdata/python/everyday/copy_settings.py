import copy


class Settings:
    def __init__(self, name, options):
        self.name = name
        self.options = options

    def __repr__(self):
        return f"Settings({self.name!r}, {self.options!r})"


base = Settings("base", {"tags": ["a"], "level": 1})
shallow = copy.copy(base)
deep = copy.deepcopy(base)
shallow.options["tags"].append("b")
deep.options["tags"].append("c")
shallow.name = "shallow"
print(base, shallow, deep, sep="\n")
print(shallow.options is base.options, deep.options is base.options)
nested = [[1, 2], [3, [4, 5]]]
d = copy.deepcopy(nested)
d[1][1].append(6)
print(nested, d)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)


class Node:
    def __init__(self):
        self.children = []
        self.parent = None

    def __deepcopy__(self, memo):
        print("deepcopy hook", len(memo) >= 0)
        n = Node()
        n.children = copy.deepcopy(self.children, memo)
        return n


root = Node()
root.children.append(Node())
r2 = copy.deepcopy(root)
print(len(r2.children), r2 is not root)
print(copy.copy((1, [2])), copy.copy("s") is "s" if False else "skip", copy.deepcopy({1: {2: 3}}))
