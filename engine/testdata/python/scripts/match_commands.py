def handle(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"moving {direction}"
        case ["take", *things] if things:
            return "taking " + ", ".join(things)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown: {cmd!r}"
for c in ["go north", "take lamp key", "take", "exit", "dance"]:
    print(handle(c))
