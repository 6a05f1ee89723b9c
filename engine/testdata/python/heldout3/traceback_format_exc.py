# source: atancredi/my-code-snippets content/Python/BestPractices/exceptions.md ("How to print an exception": traceback.format_exc())
import traceback

def do_stuff():
    raise Exception("test exception")

try:
    do_stuff()
except Exception:
    print(traceback.format_exc())

def outer():
    inner()

def inner():
    {}["missing"]

try:
    outer()
except KeyError as e:
    text = traceback.format_exc()
    print(text.splitlines()[-1])
    print(len(text.splitlines()))
    print(traceback.format_exception_only(type(e), e))
print(repr(traceback.format_exc()))
