from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def add(self, obj): ...

    def get_or_add(self, key, factory):
        obj = self.get(key)
        if obj is None:
            obj = factory()
            self.add(obj)
        return obj

    @property
    @abstractmethod
    def name(self): ...


class MemoryRepo(Repository):
    def __init__(self):
        self.items = {}

    def get(self, key):
        return self.items.get(key)

    def add(self, obj):
        self.items[obj["key"]] = obj

    @property
    def name(self):
        return "memory"


class Partial(Repository):
    def get(self, key):
        return None


try:
    Repository()
except TypeError as e:
    print("TypeError:", e)
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
r = MemoryRepo()
print(r.get_or_add("a", lambda: {"key": "a", "v": 1}), r.get_or_add("a", lambda: None), r.name)
print(isinstance(r, Repository), sorted(Repository.__abstractmethods__), MemoryRepo.__abstractmethods__)
