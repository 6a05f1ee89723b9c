from dataclasses import dataclass
@dataclass
class Cmd:
    name: str
    arg: int = 0
def run(c):
    match c:
        case Cmd("stop"):
            return "stopping"
        case Cmd(name="go", arg=n):
            return f"going {n}"
        case Cmd(name=n):
            return "unknown " + n
print(run(Cmd("stop")), run(Cmd("go", 3)), run(Cmd("jump")))
