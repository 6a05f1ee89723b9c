def process(items):
    results = []
    for x in items:
        try:
            v = 10 / x
        except ZeroDivisionError:
            results.append("div0")
        except TypeError as e:
            results.append(f"type:{e}")
        else:
            results.append(round(v, 2))
        finally:
            results.append("|")
    return results
print(process([1, 0, "a", 3]))
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer got", e)
def retry(n):
    for attempt in range(1, n + 1):
        try:
            if attempt < 3:
                raise ConnectionError(f"attempt {attempt}")
            return f"ok after {attempt}"
        except ConnectionError as e:
            print("retrying:", e)
    return "gave up"
print(retry(5), retry(2))
try:
    raise ExceptionGroup if False else LookupError("lk")
except (KeyError, IndexError):
    print("no")
except LookupError as e:
    print("lookup", e)
e = None
try:
    int("q")
except ValueError as err:
    e = err
print(type(e).__name__, e)
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
