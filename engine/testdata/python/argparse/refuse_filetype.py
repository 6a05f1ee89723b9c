# expect: refusal argparse.FileType
import argparse
p = argparse.ArgumentParser(prog="ft")
p.add_argument("infile", type=argparse.FileType("r"))
