class NotCM:
    pass
try:
    with NotCM():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
