# source: julnicolas/enginereering_notes python/std/exceptions/raise_from.py (raise ... from e, then logging.exception in the handler)
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")


def raising():
    try:
        raise TypeError("first exception")
    except TypeError as e:
        raise RuntimeError("second exception") from e


try:
    raising()
except RuntimeError as err:
    logging.exception("give more context here")
    print(repr(err.__cause__), repr(err.__context__), err.__suppress_context__)

print("\n\n### All exceptions have been caught")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause given")
except ValueError as err:
    print(repr(err.__cause__), repr(err.__context__), err.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("hidden") from None
except LookupError as err:
    print(repr(err.__cause__), repr(err.__context__), err.__suppress_context__)
