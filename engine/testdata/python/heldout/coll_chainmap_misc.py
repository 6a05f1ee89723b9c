from collections import ChainMap, Counter, defaultdict, deque
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm), dict(cm))
cm["color"] = "blue"
print(env, defaults, cm.maps[0] is env)
child = cm.new_child({"x": 1})
print(child["x"], child.parents["user"], "x" in cm)
inventory = Counter()
for item, n in [("apple", 3), ("pear", 1), ("apple", 2)]:
    inventory[item] += n
print(inventory.most_common(1)[0], sum(inventory.values()))
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 4)]:
    graph[a].add(b); graph[b].add(a)
def bfs(start):
    seen, q, order = {start}, deque([start]), []
    while q:
        n = q.popleft(); order.append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m); q.append(m)
    return order
print(bfs(1), bfs(4))
