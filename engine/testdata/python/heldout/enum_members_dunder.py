from enum import Enum

class Http(Enum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self.value >= 400

    def describe(self):
        return "%s (%d)" % (self.name.replace("_", " ").title(), self.value)

print([h.describe() for h in Http if h.is_error])
print(Http(404).describe(), Http.OK.is_error)
print(Http.__name__, Http.OK.__class__.__name__)
print(dir(Http.OK)[:0])
print(repr(Http), str(Http))
codes = {h.value: h for h in Http}
print(codes[500])
print(Http.NOT_FOUND.name.lower())
