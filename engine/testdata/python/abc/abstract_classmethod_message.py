from abc import ABC, abstractmethod
class Repo(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
class Partial(Repo):
    def get(self, key):
        return key
try:
    Partial()
except TypeError as e:
    print(e)
