# source: ieiriyuki/python_distilled chapter03/sample.py (a context manager whose __exit__ prints the exception and returns True)
class MyContext:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, type, val, tb):
        print('exit')
        if type is None:
            print("success")
        print(type, val, tb is None)
        return True


def some():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        print(e.__cause__, e.__context__)


some()
with MyContext() as c:
    print('inside')

with MyContext() as c:
    print('error')
    raise Exception('foo')
print("suppressed", type(c).__name__)

class Picky:
    def __enter__(self):
        return "resource"
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return et is KeyError

with Picky() as r:
    print(r)
    {}["x"]
try:
    with Picky():
        [][1]
except IndexError as e:
    print("IndexError:", e)
