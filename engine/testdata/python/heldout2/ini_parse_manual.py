# source: minimal INI/.env parsers (section headers, key = value, comments, type coercion) in scripts avoiding configparser
TEXT = """
; global options
[server]
host = 0.0.0.0
port=8080
debug = yes   # inline comment

[database]
url = sqlite:///app.db
pool_size = 5
timeout = 2.5
name = "quoted value"
empty =

[server]
workers = 4
"""

def coerce(v):
    low = v.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v

def parse(text):
    config, section = {}, None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = config.setdefault(line[1:-1].strip(), {})
            continue
        if "=" not in line:
            raise SyntaxError(f"line {n}: expected key = value, got {raw!r}")
        key, _, value = line.partition("=")
        if section is None:
            raise SyntaxError(f"line {n}: key outside a section")
        section[key.strip()] = coerce(value.strip())
    return config

cfg = parse(TEXT)
for name, sec in cfg.items():
    print(f"[{name}]", {k: (v, type(v).__name__) for k, v in sec.items()})
for bad in ("x = 1", "[a]\nnovalue"):
    try:
        parse(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
print(coerce("1e3"), coerce("0x10"), coerce("-0"), coerce("'a'"), coerce("'"), coerce("  7  ".strip()))
