# source: script entry points (main(argv=None) returning an exit code, sys.exit(main()), usage text on bad args) in small CLI tools
import sys

USAGE = "usage: tool.py [--upper] [--repeat N] WORD..."

def parse_args(argv):
    opts = {"upper": False, "repeat": 1, "words": []}
    it = iter(argv)
    for arg in it:
        if arg == "--upper":
            opts["upper"] = True
        elif arg == "--repeat":
            try:
                opts["repeat"] = int(next(it))
            except StopIteration:
                raise SystemExit(USAGE + "\nerror: --repeat needs a value")
            except ValueError as e:
                raise SystemExit(f"error: {e}")
        elif arg.startswith("--"):
            raise SystemExit(f"error: unknown option {arg}")
        else:
            opts["words"].append(arg)
    return opts

def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    opts = parse_args(argv)
    if not opts["words"]:
        print(USAGE)
        return 2
    text = " ".join(opts["words"])
    if opts["upper"]:
        text = text.upper()
    for _ in range(opts["repeat"]):
        print(text)
    return 0

for argv in (["hi", "there"], ["--upper", "--repeat", "2", "x"], [], ["--repeat"], ["--repeat", "two"], ["--bogus"], None):
    try:
        print("exit", main(argv))
    except SystemExit as e:
        print("SystemExit:", e.code)
print(len(sys.argv), __name__)
if __name__ == "__main__":
    sys.exit(main(["final"]))
