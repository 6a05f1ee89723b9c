import argparse
p = argparse.ArgumentParser(prog="wrapper", description="""This is a long description that
    spans several lines in the source and has    irregular   spacing, which the
    help formatter folds into a single paragraph wrapped at the terminal width minus two columns.""")
p.add_argument("--a-very-long-option-name-indeed", metavar="SOMETHING_LONG", help="help placed on the next line because the invocation is longer than the column")
p.add_argument("-x", help="short option with a long help text that needs to wrap onto a second line and maybe even a third line because it keeps going and going")
p.add_argument("--exactly", help="fits")
p.add_argument("pos_with_long_name_here", help="a positional")
p.add_argument("--empty", help="")
p.print_help()
