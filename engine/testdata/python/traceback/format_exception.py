import traceback
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end="")
    print(len(lines) > 3)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
