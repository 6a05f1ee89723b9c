# A list, set or dict comprehension runs in a frame of its own in CPython 3.11: tracebacks show
# <listcomp>/<setcomp>/<dictcomp> (and <genexpr>) under the line that ran it, with its carets.
import traceback
def f(xs):
    return [1 / x for x in xs]
try:
    f([1, 0])
except ZeroDivisionError:
    print(traceback.format_exc())
def it():
    yield 1
    raise KeyError("k")
try:
    print([w for w in it()])
except KeyError:
    print(traceback.format_exc())
try:
    d = {k: 1 / v
         for k, v in [(1, 1), (2, 0)]}
except ZeroDivisionError:
    print(traceback.format_exc())
try:
    s = {x.foo for x in
         [1]}
except AttributeError:
    print(traceback.format_exc())
class C:
    try:
        ys = [int(v) for v in ["1", "x"]]
    except ValueError:
        print(traceback.format_exc())
g = lambda xs: [x[0] for x in xs]
try:
    g([[1], []])
except IndexError:
    print(traceback.format_exc())
try:
    print([y for x in [[1], 2] for y in x])
except TypeError:
    print(traceback.format_exc())
try:
    print([x for x in [1, 2] if x / 0])
except ZeroDivisionError:
    print(traceback.format_exc())
try:
    print([[1/y for y in x] for x in [[1], [0]]])
except ZeroDivisionError:
    print(traceback.format_exc())
try:
    print(sum(1/x for x in [1, 0]))
except ZeroDivisionError:
    print(traceback.format_exc())
try:
    print([x for x in 5])
except TypeError:
    print(traceback.format_exc())
try:
    print([(a, b) for a, b in [(1, 2), (3,)]])
except ValueError:
    print(traceback.format_exc())
def rec(n):
    return [rec(n - 1) for _ in [0]] if n else 1 / 0
try:
    rec(2)
except ZeroDivisionError as e:
    print(traceback.format_exc())
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        print(tb.tb_lineno)
        tb = tb.tb_next
    print(n)
print(sorted(x for x in [3, 1, 2]))
print([list(x for x in range(n)) for n in range(3)])
def outer():
    class Inner:
        vals = {k: v for k, v in zip("ab", [1, "2"])}
        total = sum(vals.values())
    return Inner
try:
    outer()
except TypeError:
    print(traceback.format_exc())
def gen_in_comp():
    return [next(iter([])) for _ in "a"]
try:
    gen_in_comp()
except StopIteration:
    print(traceback.format_exc())
try:
    [x for x in [1, 2]
     if x > 1
     for y in x]
except TypeError:
    print(traceback.format_exc())
try:
    {x: x
     for x in [[1]]}
except TypeError:
    print(traceback.format_exc())
print([x for x in iter([1, 2])])
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d %(message)s")
def logs():
    [logging.warning("in %s", x) for x in [1]]
    {logging.warning("set") for _ in "a"}
    class K:
        logging.warning("class body")
logs()
# an if's comparison keeps its position for what the comprehension does after it (CPython 3.11)
try:
    [y for x in [1] if x > 0 and x for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x and x > 0 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if not (x > 0) or 1 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if (x > 0 if x else x) for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if (x if x < 5 else x) for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if 0 < x < 2 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if [x > 0] for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if str(x > 0) for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    {[x] for x in [1] if x > 0}
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    {x: 1 for x in [[1]] if x != 0}
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if (z := x > 0) for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x > 0 for y in x if y]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x, in [[1]] if x > 0 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1]
     if x > 0 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    list(y for x in [1] if x > 0 for y in x)
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    list({x: 1} for x in [[1]] if x != 0)
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [[y for y in x] for x in [1] if x > 0]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x > 0 if x in [1] for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    {x: 1 for x in [[1]]}
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    {[x] for x in [1]}
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if not x < 0 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x and x for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if (x if x else 0) for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x.real for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x > 0 if x for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x if x > 0 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x > 0 for z in [1] for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x > 0 for z in [1] if z for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if x > 0 for z in [1] if z > 0 for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if (x > 0) is True for y in x]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    [y for x in [1] if not x for y in [1] for z in y]
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
try:
    list(y for x in [1] if x > 0 for y in x)
except TypeError:
    print(traceback.format_exc().splitlines()[-3:-1])
