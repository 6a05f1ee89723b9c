words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(sorted({"b": 2, "a": 1}), sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
