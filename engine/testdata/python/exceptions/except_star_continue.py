for x in [1]:
    try:
        raise ValueError(x)
    except* ValueError:
        for y in [2]:
            break
        continue
