def f():
    return not_defined_anywhere
try:
    f()
except NameError as e:
    print("NameError", e)
def g():
    global created_later
    return created_later
created_later = "now"
print(g())
undefined_at_module
