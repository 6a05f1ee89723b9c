from abc import ABC, ABCMeta, abstractmethod
class R(ABC):
    @abstractmethod
    def get(self): ...
    @abstractmethod
    def put(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
for k in [R]:
    try:
        k()
    except TypeError as e:
        print(e)
class Q(R):
    def get(self):
        return 1
    @classmethod
    def make(cls):
        return "made"
try:
    Q()
except TypeError as e:
    print(e)
class Full(Q):
    name = "full"
    def put(self):
        return 2
f = Full()
print(f.get(), f.put(), f.name, Full.make(), sorted(R.__abstractmethods__), Full.__abstractmethods__, type(R), type(Full) is ABCMeta)
print(ABC, ABCMeta, ABC.__mro__, R.get.__isabstractmethod__, isinstance(f, R), isinstance(R, ABCMeta), isinstance(3, ABCMeta))
class M(metaclass=ABCMeta):
    @abstractmethod
    def f(self): ...
try:
    M()
except TypeError as e:
    print(e)
class N:
    @abstractmethod
    def f(self):
        return "not enforced without ABCMeta"
print(N().f())
class V(ABC):
    pass
print(V.register(int), isinstance(3, V), issubclass(int, V), issubclass(bool, V), isinstance("s", V), type(V()).__name__)
class Sub(V):
    pass
Sub.register(str)
print(isinstance("s", V), isinstance("s", Sub), issubclass(str, V), isinstance(3, Sub))
