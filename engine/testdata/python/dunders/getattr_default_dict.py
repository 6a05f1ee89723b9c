class Config:
    def __init__(self, **kw):
        self._data = kw
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None
c = Config(host="localhost", port=5432)
print(c.host, c.port, getattr(c, "user", "nobody"), hasattr(c, "port"))
