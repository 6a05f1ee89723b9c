# source: recursive tree helpers (org chart / category tree: build from parent ids, print with indentation, depth, path to root)
rows = [(1, None, "CEO"), (2, 1, "CTO"), (3, 1, "CFO"), (4, 2, "Eng Lead"), (5, 4, "Dev A"), (6, 4, "Dev B"),
        (7, 3, "Accountant"), (8, 2, "Ops"), (9, 99, "Orphan")]

def build(rows):
    nodes = {id_: {"id": id_, "title": t, "children": []} for id_, _, t in rows}
    roots, orphans = [], []
    for id_, parent, _ in rows:
        if parent is None:
            roots.append(nodes[id_])
        elif parent in nodes:
            nodes[parent]["children"].append(nodes[id_])
        else:
            orphans.append(nodes[id_])
    return roots, orphans, nodes

def render(node, prefix="", last=True, out=None):
    out = [] if out is None else out
    out.append(prefix + ("└── " if last else "├── ") + node["title"])
    kids = node["children"]
    for i, child in enumerate(kids):
        render(child, prefix + ("    " if last else "│   "), i == len(kids) - 1, out)
    return out

def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)

def count(node):
    return 1 + sum(map(count, node["children"]))

def path_to(node, target, trail=()):
    trail = trail + (node["title"],)
    if node["id"] == target:
        return trail
    for c in node["children"]:
        found = path_to(c, target, trail)
        if found:
            return found
    return None

roots, orphans, nodes = build(rows)
print("\n".join(render(roots[0])))
print(depth(roots[0]), count(roots[0]), [o["title"] for o in orphans])
print(" > ".join(path_to(roots[0], 6)), path_to(roots[0], 9))
import sys
print(sys.getrecursionlimit() >= 1000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
