import traceback
def risky(n):
    if n == 1: raise ValueError("one")
    if n == 2: raise KeyError("two")
    if n == 3: raise IndexError("three")
    if n == 4: return 1 / 0
    if n == 5: return [][0]
    if n == 6: return {}["x"]
    if n == 7: return int("x")
    if n == 8: return None.foo
    if n == 9: return "a" + 1
    if n == 10: return len(5)
    if n == 11: return undefined_name
    if n == 12: return (1, 2).append(3)
    if n == 13: raise StopIteration
    if n == 14: return [1, 2, 3][1:2:0]
    if n == 15: return "abc".index("z")
    if n == 16: return int(None)
    if n == 17: return sorted([1, None])
    if n == 18: return {}.fromkeys(1)
    if n == 19: return object().x
    if n == 20: return "x" * "y"
    if n == 21: a, b = [1, 2, 3]
    if n == 22: a, b, c = [1, 2]
    if n == 23: return float("abc")
    if n == 24: return chr(1114112)
    if n == 25: return [1][1.0]
    if n == 26: return {[]: 1}
    if n == 27: return hash([])
    if n == 28: return iter(5)
    if n == 29: return next(iter([]))
    if n == 30: return 2 ** 10000 * 1.0
for i in range(1, 31):
    try:
        risky(i)
    except Exception as e:
        print(i, type(e).__name__, e)
try:
    risky(4)
except Exception:
    print(traceback.format_exc().strip().splitlines()[-1])
def handler():
    try:
        risky(1)
    except ValueError:
        risky(2)
try:
    handler()
except KeyError as e:
    print(repr(e), repr(e.__context__))
