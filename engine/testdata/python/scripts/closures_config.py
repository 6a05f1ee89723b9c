def make_formatter(prefix, *, upper=False):
    calls = 0
    def fmt(msg):
        nonlocal calls
        calls += 1
        s = f"[{prefix}#{calls}] {msg}"
        return s.upper() if upper else s
    return fmt
info = make_formatter("info")
warn = make_formatter("warn", upper=True)
print(info("a"), info("b"), warn("c"), info("d"))
