class CM:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with CM() as r:
    print("using", r)
    raise ValueError("swallowed")
print("continued")
