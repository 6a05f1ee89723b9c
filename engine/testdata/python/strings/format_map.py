d = {"x": 1, "y": "two"}
print("{x} and {y}".format_map(d))
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} and {z}".format_map(Missing(x=1)))
