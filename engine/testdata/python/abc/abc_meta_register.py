from abc import ABC, ABCMeta, abstractmethod, abstractclassmethod
import collections.abc as cabc


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"

    @classmethod
    @abstractmethod
    def create(cls): ...


class Impl(Plugin):
    def run(self):
        return "impl + " + super().run()

    @classmethod
    def create(cls):
        return cls()


print(Impl.create().run(), isinstance(Impl(), Plugin), type(Plugin).__name__)


class Sized(ABC):
    pass


Sized.register(list)
print(isinstance([], Sized), issubclass(list, Sized), isinstance((), Sized))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance("s", cabc.Iterable))
print(isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable), issubclass(dict, cabc.MutableMapping), callable(len) and isinstance(len, cabc.Callable))
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
