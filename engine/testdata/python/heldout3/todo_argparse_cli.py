# source: a "Todo notes" argparse CLI found by code search (subparsers add/show/done/remove with dest="cmd"); parse_args given argument lists
import argparse


class TodoApp:
    def __init__(self):
        self.tasks = []

    def add(self, title):
        self.tasks.append({"title": title, "done": False})

    def show(self, show_done=False):
        for n, t in enumerate(self.tasks, 1):
            if show_done or not t["done"]:
                print(f"{n:>2}. [{'x' if t['done'] else ' '}] {t['title']}")

    def done(self, number):
        try:
            self.tasks[number - 1]["done"] = True
        except IndexError:
            print(f"no task number {number}")


def get_parser():
    parser = argparse.ArgumentParser("Todo notes")
    subparsers = parser.add_subparsers(title="Commands", dest="cmd")
    add = subparsers.add_parser("add", help="Add new task")
    add.add_argument("title", help="Todo title")
    show = subparsers.add_parser("show", help="Show tasks")
    show.add_argument("--show-done", action="store_true", help="Include done tasks in the output")
    done = subparsers.add_parser("done", help="Mark task as done")
    done.add_argument("number", type=int, help="Task number")
    return parser


app = TodoApp()
parser = get_parser()
for argv in [["add", "buy milk"], ["add", "write report"], ["add", "call mom"], ["done", "2"],
             ["show"], ["show", "--show-done"], ["done", "7"], []]:
    args = parser.parse_args(argv)
    print(argv, "->", vars(args))
    if args.cmd == "add":
        app.add(args.title)
    elif args.cmd == "show":
        app.show(args.show_done)
    elif args.cmd == "done":
        app.done(args.number)
parser.print_help()
try:
    parser.parse_args(["done", "two"])
except SystemExit as e:
    print("SystemExit", e.code)
