# expect: refusal subclassing collections.abc.Mapping
from collections.abc import Mapping


class Config(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


print(Config(a=1).get("a"))
