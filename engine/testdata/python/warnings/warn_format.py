import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("second", FutureWarning)
for w in caught:
    print(w.category.__name__, w.message, type(w.message).__name__)
