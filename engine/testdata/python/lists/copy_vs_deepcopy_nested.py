import copy
orig = [[1, 2], {"a": [3]}, (4, [5])]
shallow = copy.copy(orig)
sliced = orig[:]
deep = copy.deepcopy(orig)
orig[0].append(99)
orig[1]["a"].append(98)
orig[2][1].append(97)
print(shallow, sliced, deep, sep="\n")
print(shallow[0] is orig[0], deep[0] is orig[0], deep[2] is orig[2], list(orig) == orig, list(orig) is orig)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
