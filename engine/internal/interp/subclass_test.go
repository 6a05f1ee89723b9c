package interp

import "testing"

// Subclasses of the built-in types and the collections built on them.
func TestBuiltinSubclasses(t *testing.T) {
	cases := [][2]string{
		{"class D(dict):\n def __missing__(s, k): return k\nprint(D(a=1)['b'], D(a=1))", "b {'a': 1}\n"},
		{"class L(list): pass\nl = L('ab'); l.append('c'); print(l, len(l), l[1:], isinstance(l, list))", "['a', 'b', 'c'] 3 ['b', 'c'] True\n"},
		{"class T(tuple): pass\nprint(T((1, 2)) == (1, 2), {T((1,)): 0}[(1,)], T.__mro__)", "True 0 (<class '__main__.T'>, <class 'tuple'>, <class 'object'>)\n"},
		{"class S(str): pass\nprint(S('a') + 'b', S('x') == 'x', f'{S(\"y\"):>3}')", "ab True   y\n"},
		{"class I(int): pass\nprint(I(2) * 3, [1, 2, 3][I(1)], -I(4), float(I(1)))", "6 2 -4 1.0\n"},
		{"class D(dict):\n def __init__(s, **kw):\n  super().__init__(**kw)\n  s.n = len(kw)\nd = D(a=1); print(d, d.n)", "{'a': 1} 1\n"},
		{"from collections import Counter\nprint(Counter('aab'), Counter('ab') + Counter('b'))", "Counter({'a': 2, 'b': 1}) Counter({'b': 2, 'a': 1})\n"},
		{"from collections import defaultdict\nd = defaultdict(list); d[1].append(2); print(d)", "defaultdict(<class 'list'>, {1: [2]})\n"},
		{"from collections import OrderedDict\nd = OrderedDict(a=1, b=2); d.move_to_end('a'); print(d)", "OrderedDict([('b', 2), ('a', 1)])\n"},
		{"from collections import namedtuple\nP = namedtuple('P', 'x y'); print(P(1, y=2), P(1, 2)._asdict())", "P(x=1, y=2) {'x': 1, 'y': 2}\n"},
		{"from collections import ChainMap\nprint(ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'])", "3\n"},
	}
	for _, c := range cases {
		expectOutput(t, c[0], c[1])
	}
}

func TestBuiltinSubclassErrors(t *testing.T) {
	expectError(t, "class X(dict, list): pass", "TypeError", "multiple bases have instance lay-out conflict", "1:1")
	expectError(t, "class D(dict): pass\nhash(D())", "TypeError", "unhashable type: 'D'", "2:1")
	expectError(t, "from collections import Counter\nCounter() + {}", "TypeError", "unsupported operand type(s) for +: 'Counter' and 'dict'", "2:1")
	expectError(t, "from collections import namedtuple\nnamedtuple('P', 'x')(1).x = 2", "AttributeError", "can't set attribute", "2:1")
	expectError(t, "tuple(x=1)", "TypeError", "tuple() takes no keyword arguments", "1:1")
}

func TestEnum(t *testing.T) {
	cases := [][2]string{
		{"from enum import Enum\nclass C(Enum):\n R = 1\n G = 2\nprint(C.R, repr(C(2)), C['G'].value, list(C), len(C))", "C.R <C.G: 2> 2 [<C.R: 1>, <C.G: 2>] 2\n"},
		{"from enum import IntEnum, auto\nclass P(IntEnum):\n A = auto()\n B = auto()\nprint(P.B, repr(P.A), P.A < P.B, P.B + 1)", "2 <P.A: 1> True 3\n"},
		{"from enum import StrEnum, auto\nclass S(StrEnum):\n X = auto()\nprint(S.X, repr(S.X), S.X == 'x')", "x <S.X: 'x'> True\n"},
		{"from enum import Enum\nclass S(str, Enum):\n A = 'a'\nprint(S.A, f'{S.A}', S.A == 'a', S('a') is S.A)", "S.A S.A True True\n"},
		{"from enum import Flag, auto\nclass F(Flag):\n A = auto()\n B = auto()\nprint(F.A | F.B, F.A in F.A | F.B, F(0))", "F.A|B True F(0)\n"},
		{"from enum import Enum\nclass C(Enum):\n R = 1\n A = 1\nprint(C.A is C.R, list(C.__members__), C)", "True ['R', 'A'] <enum 'C'>\n"},
	}
	for _, c := range cases {
		expectOutput(t, c[0], c[1])
	}
	expectError(t, "from enum import Enum\nclass C(Enum):\n R = 1\nC(2)", "ValueError", "2 is not a valid C", "4:1")
	expectError(t, "from enum import Enum\nclass C(Enum):\n R = 1\nC.R = 2", "AttributeError", "cannot reassign member 'R'", "4:1")
	expectOutput(t, "from enum import Enum, Flag\nC = Enum('C', 'A, B')\nF = Flag('F', ['X', 'Y', 'Z'])\nprint(list(C), F.Z.value, F.X | F.Y)", "[<C.A: 1>, <C.B: 2>] 4 F.X|Y\n")
	expectError(t, "from enum import Enum\nEnum('C', 'A B', type=int)", "NotImplementedError", "cascadelab does not support the functional API of enum with type= or boundary=", "2:1")
}

func TestABC(t *testing.T) {
	expectOutput(t, "from abc import ABC, abstractmethod\nclass A(ABC):\n @abstractmethod\n def f(s): ...\nclass B(A):\n def f(s): return 1\nprint(B().f(), isinstance(B(), A))", "1 True\n")
	expectOutput(t, "from abc import ABC\nclass V(ABC): pass\nV.register(int)\nprint(isinstance(1, V), issubclass(str, V))", "True False\n")
	expectError(t, "from abc import ABC, abstractmethod\nclass A(ABC):\n @abstractmethod\n def f(s): ...\n @abstractmethod\n def g(s): ...\nA()", "TypeError", "Can't instantiate abstract class A with abstract methods f, g", "7:1")
	expectError(t, "class X(metaclass=print): pass", "NotImplementedError", "cascadelab does not support metaclasses (metaclass=<built-in function print>)", "1:9")
}

func TestFunctoolsClasses(t *testing.T) {
	expectOutput(t, "import functools\nclass A:\n @functools.lru_cache\n def f(s, x): return x + 1\nprint(A().f(1), A.f.cache_info().misses)", "2 1\n")
	expectOutput(t, "import functools\nclass A:\n @functools.cached_property\n def p(s):\n  print('once')\n  return 1\na = A()\nprint(a.p, a.p)", "once\n1 1\n")
	expectOutput(t, "import functools\n@functools.total_ordering\nclass V:\n def __init__(s, v): s.v = v\n def __lt__(s, o): return s.v < o.v\n def __eq__(s, o): return s.v == o.v\nprint(V(1) >= V(2), V(2) > V(1))", "False True\n")
	expectOutput(t, "import functools\n@functools.singledispatch\ndef f(x): return 'o'\n@f.register\ndef _(x: str): return 's'\nprint(f(1), f('a'))", "o s\n")
}

func TestObjectSlotsAndDir(t *testing.T) {
	expectOutput(t, "class K:\n def __repr__(s): return 'K!' + super().__repr__()[:3]\n def __eq__(s, o): return super().__eq__(o)\nk = K()\nprint(repr(k), k == k, K() == k)", "K!<__ True False\n")
	expectOutput(t, "def f(a):\n b = 1\n return dir()\nprint(f(0))", "['a', 'b']\n")
}

func TestGlobalsView(t *testing.T) {
	expectOutput(t, "globals()['a'] = 1\nprint(a, 'a' in globals())", "1 True\n")
	expectError(t, "print(globals())", "NotImplementedError", "cascadelab does not support __repr__ of globals() (the interpreter keeps no order of the module's names)", "1:1")
}
