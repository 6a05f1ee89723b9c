def f(x: int, y: "str" = "s") -> bool:
    """Doc line."""
    return True
print(f.__name__, f.__doc__, f.__defaults__)
print(f.__annotations__)
f.custom = 5
print(f.custom, callable(f), callable(5))
print(f.__module__)
