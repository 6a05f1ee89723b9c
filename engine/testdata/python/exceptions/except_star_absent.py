try:
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    print("values", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", [str(x) for x in eg.exceptions])
