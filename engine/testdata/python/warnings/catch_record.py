import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("plain")
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
