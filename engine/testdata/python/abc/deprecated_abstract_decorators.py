from abc import ABC, abstractclassmethod, abstractstaticmethod, abstractproperty
class P(ABC):
    @abstractclassmethod
    def make(cls): ...
    @abstractstaticmethod
    def util(): ...
    @abstractproperty
    def name(self): ...
class Q(P):
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def util():
        return 1
    @property
    def name(self):
        return "q"
print(sorted(P.__abstractmethods__), Q.make(), Q.util(), Q().name)
P()
