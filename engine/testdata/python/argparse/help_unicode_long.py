import argparse
p = argparse.ArgumentParser(prog="ünï", description="Ünïcödé déscription with accénted wörds that should wrap properly at the terminal width of seventy-eight.")
p.add_argument("--naïve", help="a naïve option whose hélp is long enough to wrap around at least once, dear reader")
p.add_argument("--url", help="see https://example.com/a/very/long/path/that/cannot/be/broken/at/hyphens/or/spaces/anywhere/at/all/really")
p.add_argument("--abcdefghijklmnopqrs", help="exactly twenty-one wide")
p.add_argument("--abcdefghijklmnopqr", help="twenty wide")
p.add_argument("--abcdefghijklmnopqrst", help="twenty-two")
p.add_argument("--dashes", help="well-known hyphen-separated words-are-broken at-hyphens when-needed to-fit in the available-width nicely")
p.print_help()
