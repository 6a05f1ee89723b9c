class DBError(Exception):
    pass
def load():
    try:
        int("x")
    except ValueError as e:
        raise DBError("cannot load") from e
try:
    load()
except DBError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    raise DBError("quiet") from None
except DBError as e:
    print(e.__cause__, e.__suppress_context__)
load()
