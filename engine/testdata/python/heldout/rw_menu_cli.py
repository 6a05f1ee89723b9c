# plain-Python parts of realworld scripts: a command loop driven by a list instead of input()
import sys
commands = ["add milk 2", "add eggs 12", "list", "remove milk", "remove bread", "total", "bogus", "quit", "list"]
cart = {}
def handle(cmd):
    parts = cmd.split()
    match parts:
        case ["add", name, qty]:
            cart[name] = cart.get(name, 0) + int(qty)
            return f"added {qty} x {name}"
        case ["remove", name] if name in cart:
            del cart[name]
            return f"removed {name}"
        case ["remove", name]:
            return f"no {name} in cart"
        case ["list"]:
            return "\n".join(f"  {k}: {v}" for k, v in sorted(cart.items())) or "  (empty)"
        case ["total"]:
            return f"{sum(cart.values())} items"
        case ["quit"]:
            return None
        case _:
            return f"unknown command: {cmd!r}"
for c in commands:
    out = handle(c)
    if out is None:
        print("bye")
        break
    print(out)
sys.stdout.write("written directly\n")
print("done", file=sys.stdout)
