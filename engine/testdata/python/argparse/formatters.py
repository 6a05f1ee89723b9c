import argparse
desc = """First line
    indented line
Last   line"""
for cls in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    p = argparse.ArgumentParser(prog="fmt", description=desc, formatter_class=cls, epilog="end\n  of help")
    p.add_argument("--size", type=int, default=3, help="the size\n  in units")
    p.add_argument("--name", default="x")
    p.add_argument("--flag", action="store_true", help="a flag")
    p.add_argument("--tagged", default=5, help="has %(default)s already")
    p.add_argument("pos", nargs="?", default="P", help="a positional")
    p.add_argument("req", help="required positional")
    p.print_help()
    print("=====")
