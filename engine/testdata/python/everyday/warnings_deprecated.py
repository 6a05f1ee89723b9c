import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(old_api(3))
    warnings.warn("plain user warning")
    warnings.warn("runtime!", RuntimeWarning)
print(len(caught), [w.category.__name__ for w in caught], [str(w.message) for w in caught])
print(caught[0].lineno > 0, caught[0].filename.endswith(".py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        old_api(1)
    except DeprecationWarning as e:
        print("raised", e, type(e).__mro__[1].__name__)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("ignored")
    print("after ignored")
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
