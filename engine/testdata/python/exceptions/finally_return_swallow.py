def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(swallow(), order(), loop())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
        return 1
    finally:
        print("outer finally")
print(nested())
