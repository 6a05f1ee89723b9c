import traceback
import sys


def level3(x):
    return 10 / x


def level2(x):
    return level3(x - 1)


def process(items):
    results = []
    for it in items:
        try:
            results.append(level2(it))
        except ZeroDivisionError:
            traceback.print_exc(file=sys.stdout)
            results.append(None)
    return results


print(process([3, 1, 5]))
try:
    {"a": 1}["b"]
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
try:
    raise ValueError("bad value")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
