# A dict display evaluates each key before its value (3.8+), and CPython 3.11 inserts a run of
# pairs only after evaluating up to 17 of them (BUILD_MAP), or one by one for runs of 16 or 17
# (MAP_ADD): an unhashable key, or a __hash__ that prints, shows when that happens.
import traceback

log = []

def k(x):
    log.append("k%s" % (x,))
    return x

def v(x):
    log.append("v%s" % (x,))
    return x

class Loud:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        log.append("hash%d" % self.n)
        return self.n
    def __eq__(self, other):
        return isinstance(other, Loud) and other.n == self.n
    def __repr__(self):
        return "L%d" % self.n

d = {k(1): v("a"), k(2): v("b")}
print(d, log)
log.clear()
d = {k(Loud(1)): v(1), k(Loud(2)): v(2), k(Loud(1)): v(3)}
print(d, log)

log.clear()
try:
    r = {k([0]): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2)}
    print(3, len(r), " ".join(log))
except TypeError as e:
    print(3, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k([2]): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14)}
    print(15, len(r), " ".join(log))
except TypeError as e:
    print(15, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k([2]): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15)}
    print(16, len(r), " ".join(log))
except TypeError as e:
    print(16, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k([3]): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16)}
    print(17, len(r), " ".join(log))
except TypeError as e:
    print(17, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16),
         k([17]): v(17)}
    print(18, len(r), " ".join(log))
except TypeError as e:
    print(18, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k([1]): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16),
         k(Loud(17)): v(17)}
    print(18, len(r), " ".join(log))
except TypeError as e:
    print(18, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16),
         k(Loud(17)): v(17),
         k(Loud(18)): v(18),
         k(Loud(19)): v(19),
         k([20]): v(20),
         k(Loud(21)): v(21),
         k(Loud(22)): v(22),
         k(Loud(23)): v(23),
         k(Loud(24)): v(24),
         k(Loud(25)): v(25),
         k(Loud(26)): v(26),
         k(Loud(27)): v(27),
         k(Loud(28)): v(28),
         k(Loud(29)): v(29),
         k(Loud(30)): v(30),
         k(Loud(31)): v(31),
         k(Loud(32)): v(32),
         k(Loud(33)): v(33)}
    print(34, len(r), " ".join(log))
except TypeError as e:
    print(34, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16),
         k(Loud(17)): v(17),
         k(Loud(18)): v(18),
         k(Loud(19)): v(19),
         k(Loud(20)): v(20),
         k(Loud(21)): v(21),
         k(Loud(22)): v(22),
         k(Loud(23)): v(23),
         k(Loud(24)): v(24),
         k(Loud(25)): v(25),
         k(Loud(26)): v(26),
         k(Loud(27)): v(27),
         k(Loud(28)): v(28),
         k(Loud(29)): v(29),
         k(Loud(30)): v(30),
         k(Loud(31)): v(31),
         k(Loud(32)): v(32),
         k(Loud(33)): v(33),
         k([34]): v(34)}
    print(35, len(r), " ".join(log))
except TypeError as e:
    print(35, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         **{'s': v('s')},
         k(Loud(2)): v(2),
         k([3]): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16),
         k(Loud(17)): v(17),
         k(Loud(18)): v(18),
         k(Loud(19)): v(19)}
    print(20, len(r), " ".join(log))
except TypeError as e:
    print(20, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         **{'s': v('s')},
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k([12]): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16),
         k(Loud(17)): v(17),
         k(Loud(18)): v(18),
         k(Loud(19)): v(19)}
    print(20, len(r), " ".join(log))
except TypeError as e:
    print(20, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         **{'s': v('s')},
         k(Loud(3)): v(3),
         k(Loud(4)): v(4)}
    print(5, len(r), " ".join(log))
except TypeError as e:
    print(5, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15)}
    print(16, len(r), " ".join(log))
except TypeError as e:
    print(16, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         **{'s': v('s')},
         k(Loud(16)): v(16)}
    print(17, len(r), " ".join(log))
except TypeError as e:
    print(17, e, " ".join(log))
log.clear()
try:
    r = {k(Loud(0)): v(0),
         k(Loud(1)): v(1),
         k(Loud(2)): v(2),
         k(Loud(3)): v(3),
         k(Loud(4)): v(4),
         k(Loud(5)): v(5),
         k(Loud(6)): v(6),
         k(Loud(7)): v(7),
         k(Loud(8)): v(8),
         k(Loud(9)): v(9),
         k(Loud(10)): v(10),
         k(Loud(11)): v(11),
         k(Loud(12)): v(12),
         k(Loud(13)): v(13),
         k(Loud(14)): v(14),
         k(Loud(15)): v(15),
         k(Loud(16)): v(16),
         k(Loud(17)): v(17),
         k(Loud(18)): v(18),
         k(Loud(19)): v(19),
         k(Loud(20)): v(20),
         k(Loud(21)): v(21),
         k(Loud(22)): v(22),
         k(Loud(23)): v(23),
         k(Loud(24)): v(24),
         k(Loud(25)): v(25),
         k(Loud(26)): v(26),
         k(Loud(27)): v(27),
         k(Loud(28)): v(28),
         k(Loud(29)): v(29),
         k(Loud(30)): v(30),
         k(Loud(31)): v(31),
         k(Loud(32)): v(32),
         k(Loud(33)): v(33),
         k(Loud(34)): v(34),
         k(Loud(35)): v(35),
         k(Loud(36)): v(36),
         k(Loud(37)): v(37),
         k(Loud(38)): v(38),
         k(Loud(39)): v(39)}
    print(40, len(r), " ".join(log))
except TypeError as e:
    print(40, e, " ".join(log))

try:
    {"a": 1, [1]: 2}
except TypeError:
    print(traceback.format_exc())
try:
    {"a": 1,
     "b": {}, **{[]: 1}}
except TypeError:
    print(traceback.format_exc())
try:
    {"a": 1, **[1]}
except TypeError:
    print(traceback.format_exc())
