from dataclasses import dataclass
import copy
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
q = copy.deepcopy(p)
print(q, q == p, q is p)
class Base:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 1
class Child(Base):
    __slots__ = ('y',)
    def __init__(self):
        super().__init__()
        self.y = 2
c = Child()
print(c.x, c.y, hasattr(c, '__dict__'))
object.__setattr__(c, 'x', 10)
print(c.x)
object.__delattr__(c, 'y')
print(hasattr(c, 'y'), getattr(c, 'y', None))
class Free(Child):
    def __init__(self):
        super().__init__()
        self.w = 3
f = Free()
print(f.__dict__, vars(f), f.x, f.y, f.w, sorted(k for k in dir(f) if not k.startswith('__')))
f.__dict__.clear()
print(f.x, hasattr(f, 'w'))
class Over(Base):
    x = 5
print(Over().x, Over.x)
@dataclass(frozen=True, slots=True)
class F:
    a: int
    b: str = "x"
fr = F(1)
try:
    fr.a = 2
except Exception as e:
    print(type(e).__name__, e)
print(fr, hash(fr) == hash(F(1)), copy.copy(fr) == fr, F.__slots__)
try:
    @dataclass(slots=True)
    class G:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print("TypeError:", e)
