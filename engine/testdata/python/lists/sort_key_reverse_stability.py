data = [("bob", 25, "b"), ("alice", 30, "a"), ("carol", 25, "c"), ("dave", 30, "d"), ("eve", 22, "e")]
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: r[1], reverse=True))
print(sorted(data, key=lambda r: (-r[1], r[0])))
l = list(data)
l.sort(key=lambda r: r[0], reverse=True)
l.sort(key=lambda r: r[1])
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}.items()), sorted([[2, 1], [1, 2], [1]]))
print(sorted([0.5, -1, 3, True, False]), sorted(["b", "a"], key=None), sorted([], key=len))
