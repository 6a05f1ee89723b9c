# reversed(list) is live: it starts at the last index when made and stops past the end.
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r), type(r).__name__)
l = [1, 2, 3, 4]
r = reversed(l)
print(next(r))
l.clear()
print(list(r))
l.extend([5, 6, 7, 8, 9])
print(list(r))
l = [1, 2, 3]
r = reversed(l)
print(next(r)); l.insert(0, 0); print(list(r))
