from abc import ABC, abstractmethod, ABCMeta
class Named(ABC):
    @property
    @abstractmethod
    def name(self): ...
class N(Named):
    @property
    def name(self):
        return "n"
print(N().name, isinstance(N(), Named), type(Named) is ABCMeta)
class Virtual(ABC):
    pass
Virtual.register(int)
print(isinstance(3, Virtual), issubclass(int, Virtual))
