# source: todo-list CLIs dispatching commands from a dict of functions (add/done/list/rm) with shlex-free argument splitting
from datetime import date

todos = []

def cmd_add(*words, due=None):
    item = {"id": len(todos) + 1, "text": " ".join(words), "done": False, "due": due}
    todos.append(item)
    return f"added #{item['id']}"

def cmd_done(ident):
    for t in todos:
        if t["id"] == int(ident):
            t["done"] = True
            return f"completed #{ident}"
    raise LookupError(f"no todo #{ident}")

def cmd_list(filter_="all"):
    rows = [t for t in todos if filter_ == "all" or (filter_ == "open") != t["done"]]
    return "\n".join(f"[{'x' if t['done'] else ' '}] {t['id']:>2} {t['text']}" + (f" (due {t['due']})" if t["due"] else "") for t in rows) or "(nothing)"

COMMANDS = {"add": cmd_add, "done": cmd_done, "list": cmd_list, "ls": cmd_list}

def run(line):
    name, *args = line.split()
    kwargs = {}
    for a in list(args):
        if a.startswith("--") and "=" in a:
            k, v = a[2:].split("=", 1)
            kwargs[k] = v
            args.remove(a)
    try:
        fn = COMMANDS[name]
    except KeyError:
        return f"unknown command {name!r}; try one of: {', '.join(sorted(COMMANDS))}"
    try:
        return fn(*args, **kwargs)
    except (LookupError, ValueError, TypeError) as e:
        return f"error: {type(e).__name__}: {e}"

for line in ["add buy milk", "add write report --due=2024-05-01", "list", "done 1", "done 5", "done one",
             "ls open", "rm 1", "list --filter_=done", "add --due=x", "list extra args"]:
    print(f"$ {line}\n{run(line)}")
print(date.fromisoformat(todos[1]["due"]).strftime("%B %d, %Y"))
