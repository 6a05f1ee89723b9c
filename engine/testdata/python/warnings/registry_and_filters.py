import warnings


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as w:
    for i in range(3):
        warnings.warn("loop")
    warnings.warn("loop", RuntimeWarning)
    old()
    old()
    warnings.warn(UserWarning("instance"))
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once")
        warnings.warn("once", FutureWarning)
    warnings.filterwarnings("ignore", message="SKIP")
    warnings.warn("skip me please")
    warnings.warn("kept")
    warnings.filterwarnings("error", category=FutureWarning)
    try:
        warnings.warn("boom", FutureWarning)
    except FutureWarning as e:
        print("raised", repr(e))
print(len(w), [str(x.message) for x in w], str(w[0]))
with warnings.catch_warnings(record=True, action="ignore") as w:
    warnings.warn("quiet")
print(w)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3), end="")
for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", ValueError), lambda: warnings.warn("x", 5)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
warnings.warn("to stderr")
print("end")
