def f(cmd):
    match cmd:
        case {"action": "move", "to": [x, y]}:
            return f"move {x} {y}"
        case {"action": "say", **rest}:
            return f"say {rest}"
        case {"action": a}:
            return f"unknown {a}"
    return "no match"
print(f({"action": "move", "to": [1, 2]}))
print(f({"action": "say", "text": "hi", "loud": True}))
print(f({"action": "x"}), f({}))
