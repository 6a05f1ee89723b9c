from operator import itemgetter, attrgetter, methodcaller
people = [
    {"name": "alice", "age": 30, "city": "Paris"},
    {"name": "Bob", "age": 25, "city": "berlin"},
    {"name": "carol", "age": 30, "city": "Austin"},
    {"name": "dave", "age": 25, "city": "paris"},
]
print([p["name"] for p in sorted(people, key=itemgetter("age", "name"))])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"].lower()))])
print([p["name"] for p in sorted(people, key=lambda p: p["city"].casefold(), reverse=True)])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(map(str.lower, words))), max(words, key=len), min(words, key=str.lower))
class P:
    def __init__(self, n, s):
        self.n, self.s = n, s
    def __repr__(self):
        return f"P({self.n},{self.s})"
ps = [P("x", 3), P("a", 3), P("m", 1)]
print(sorted(ps, key=attrgetter("s", "n")), sorted(ps, key=attrgetter("n"), reverse=True))
print(list(map(methodcaller("upper"), ["a", "b"])), itemgetter(1, 0)("ab"), itemgetter(slice(1, None))([1, 2, 3]))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (v % 3, v)))
nums.sort(key=lambda v: v * v, reverse=True)
print(nums)
data = [("b", 2), ("a", 2), ("c", 1)]
data.sort(key=itemgetter(1))
print(data)
print(sorted("hello world"), "".join(sorted("hello", reverse=True)), sorted([[3, 1], [1, 2], [1]]))
print(sorted({3: "c", 1: "a"}.items()), sorted([0.5, -0.0, 0.0, -1, True, False]))
