def f():
    try:
        pass
    except* ValueError:
        def g():
            return 1
        return g()
