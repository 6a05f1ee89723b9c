class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1], s[1:2], s[::3], s[1, 2], s[...])
print(s[:].start, s[1:5:2].indices(10) if hasattr(s[1:5:2], "indices") else "")
