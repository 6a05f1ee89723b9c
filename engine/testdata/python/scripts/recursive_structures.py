def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)
def flatten(tree):
    out = []
    for t in tree:
        if isinstance(t, list):
            out.extend(flatten(t))
        else:
            out.append(t)
    return out
t = [1, [2, [3, [4]], 5], []]
print(depth(t), flatten(t), depth([]), flatten([[[]]]))
