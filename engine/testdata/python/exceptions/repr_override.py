class NotFound(LookupError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __repr__(self):
        return f"NotFound(key={self.key!r})"
    def __str__(self):
        return f"no such key: {self.key}"
e = NotFound("k1")
print(repr(e), str(e), [e], f"{e}", "%s" % e)
print(e.args, isinstance(e, LookupError))
raise e
