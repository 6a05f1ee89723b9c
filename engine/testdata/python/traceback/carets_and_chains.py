import sys
import traceback


class AppError(Exception):
    pass


def div(a, b):
    return (a + 1) / b


def lookup(d, key):
    value = d[key]["inner"]
    return value


def run(f, *args):
    x = f(*args)
    return x


for f, args in [(div, (1, 0)), (lookup, ({"k": {}}, "k")), (lookup, ({}, "zz"))]:
    try:
        run(f, *args)
    except Exception:
        traceback.print_exc(file=sys.stdout)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise AppError()
except AppError as e:
    saved = e
print("".join(traceback.format_exception(saved)), end="")
try:
    raise AppError("with note")
except AppError as e:
    e.add_note("a note")
    print(traceback.format_exception_only(e))
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next)


def helper():
    try:
        [].pop()
    except IndexError:
        return traceback.format_exc()


print(helper(), end="")
print("to stderr", file=sys.stderr)
print(traceback.format_exc(), end="")
traceback.print_exception(ValueError("never raised"), file=sys.stdout)
s = traceback.extract_tb(saved.__traceback__)
print(len(s), s[0].name, s[0].line, list(s[0]))
