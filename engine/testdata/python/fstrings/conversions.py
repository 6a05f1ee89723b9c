s = "héllo"
print(f"{s!r} {s!s} {s!a}")
print(f"{[1, 'a']!r}")
print(f"{3.0!s}", f"{None!r}")
class T:
    def __repr__(self):
        return "T()"
    def __str__(self):
        return "a T"
print(f"{T()} {T()!r} {T()!s}")
