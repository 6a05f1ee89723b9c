import sys
import os


DEFAULTS = {"verbose": False, "limit": 10}


def parse_args(argv):
    opts = dict(DEFAULTS)
    rest = []
    for arg in argv:
        if arg == "-v":
            opts["verbose"] = True
        elif arg.startswith("--limit="):
            opts["limit"] = int(arg.partition("=")[2])
        else:
            rest.append(arg)
    return opts, rest


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    opts, rest = parse_args(argv)
    print(opts, rest)
    db_url = os.environ.get("DATABASE_URL", "sqlite:///:memory:")
    debug = os.getenv("DEBUG", "0") == "1"
    print(db_url, debug, os.getenv("MISSING"), "HOME_X" in os.environ)
    print(len(sys.argv), sys.argv[0].endswith(".py"), sys.version_info[:2] >= (3, 8), sys.maxsize)
    sys.stdout.write("written %d\n" % 5)
    print(parse_args(["-v", "--limit=3", "x"]))
    return 0


if __name__ == "__main__":
    code = main()
    print("exit", code, __name__)
    sys.exit(code)
