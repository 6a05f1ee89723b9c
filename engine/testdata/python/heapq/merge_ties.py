import heapq
class P:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        print("lt", self.tag, other.tag)
        return self.k < other.k
    def __eq__(self, other):
        print("eq", self.tag, other.tag)
        return self.k == other.k
    def __repr__(self):
        return self.tag
print(list(heapq.merge([P(1, "a1"), P(2, "a2")], [P(1, "b1"), P(3, "b3")], [P(2, "c2")])))
print(list(heapq.merge([P(3, "x3"), P(1, "x1")], [P(2, "y2")], reverse=True)))
print(list(heapq.merge([(1, "z")], [(1, "a")], [(0, "q")], key=lambda t: t[0])))
print(list(heapq.merge([3, 2, 1], [5, 0], reverse=True)), list(heapq.merge([1, 2], [1.0, 2.0], [True])))
