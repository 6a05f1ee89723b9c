# A missing class attribute: "type object 'X' has no attribute", X as CPython names the type.
import decimal, datetime, collections, functools, io
for t in (int, str, dict, list, tuple, set, frozenset, float, bool, bytes, object, type, super, property, enumerate, zip, map, filter, range, slice, staticmethod, classmethod, decimal.Decimal, datetime.date, collections.deque, functools.partial, io.StringIO):
    try:
        t.nosuch
    except AttributeError as e:
        print(e)
    print(hasattr(t, "nosuch"), hasattr(t, "__name__"), t.__name__)
print(hasattr(int, "from_bytes"), hasattr(str, "maketrans"), hasattr(dict, "fromkeys"))
