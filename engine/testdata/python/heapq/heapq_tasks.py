import heapq
h = [5, 1, 8, 3, 2, 9, 4, 7]
heapq.heapify(h)
print(h)
heapq.heappush(h, 0)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 6), h, heapq.heapreplace(h, 10), h)
print(heapq.nsmallest(3, [5, 1, 8, 3]), heapq.nlargest(2, "hello"), heapq.nlargest(2, [("a", 2), ("b", 5), ("c", 5)], key=lambda t: t[1]))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"a": [("b", 4), ("c", 1)], "b": [("d", 1)], "c": [("b", 2), ("d", 5)], "d": []}
print(dijkstra(g, "a"))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
print(heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]), heapq.nsmallest(2, {3: "a", 1: "b", 2: "c"}))
