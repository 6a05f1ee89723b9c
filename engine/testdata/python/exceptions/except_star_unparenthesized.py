try:
    raise ValueError(1)
except* ValueError, TypeError:
    pass
