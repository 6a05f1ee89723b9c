from pathlib import PurePosixPath as P
class K:
    def __repr__(self):
        return "K!"
    def __str__(self):
        return "str-K"
for key in [K(), P("x"), 3, (1, "a"), None, 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
print(str(KeyError(K(), 2)), str(KeyError()), str(KeyError("q")))
{}[K()]
