#!/usr/bin/env python3
"""Record what CPython 3.11 does with the plain-Python suite.

    python3 conformance/record-python.py [PROGRAM.py ...]   # (re-)record
    python3 conformance/record-python.py --check            # re-run, report drift

Each program under engine/testdata/python/GROUP/NAME.py is run as a script
(its directory the working directory, so tracebacks name it "NAME.py" as the
engine does) in an almost empty environment. Its stdout goes to NAME.out and
its uncaught exception to NAME.expect.json: {"exception": null}, or the
class's name, plus "line" and "col" (1-based, in characters) for the
SyntaxError family. A program whose first line is "# expect: refusal THING"
is not run: the engine must refuse it with a NotImplementedError naming THING.

engine/internal/interp/suite_test.go compares the engine with these files; with --check
(what `make test` runs when python3 is 3.11) the recordings themselves are
re-checked against the live interpreter, so they cannot drift. The live
check lives here and not in Go so that one program, this one, decides what
CPython's result is.
"""
import concurrent.futures
import json
import os
import subprocess
import sys

SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "engine", "testdata", "python")
MARK = "\n@@cascadelab-result "

# Runs one program as __main__ and reports its uncaught exception on stderr's
# last line. runpy keeps __name__ == "__main__" and sys.modules["__main__"]
# as `python3 NAME.py` has them; the wrapper also sees a SystemExit.
RUNNER = r"""
import json, runpy, sys
path = sys.argv[1]
sys.argv = [path]
res = {"exception": None}
try:
    runpy.run_path(path, run_name="__main__")
except BaseException as e:
    res["exception"] = type(e).__name__
    if isinstance(e, SyntaxError):
        res["line"], res["col"] = e.lineno, e.offset
    import traceback
    traceback.print_exc()
sys.stdout.flush()
sys.stderr.write(%r + json.dumps(res) + "\n")
""" % MARK


def refusal(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    return first.startswith("# expect: refusal")


def run(path):
    """What CPython does with the program: (stdout, expectation dict)."""
    env = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "LANG": "C.UTF-8", "TZ": "UTC"}
    p = subprocess.run(
        [sys.executable, "-X", "utf8", "-c", RUNNER, os.path.basename(path)],
        cwd=os.path.dirname(path), env=env, capture_output=True, timeout=30,
    )
    err = p.stderr.decode("utf-8", "replace")
    if MARK not in err:
        raise RuntimeError("%s: the runner died: %s" % (path, err[-500:]))
    res = json.loads(err.rsplit(MARK, 1)[1])
    return p.stdout.decode("utf-8"), res


def programs(args):
    if args:
        return [os.path.abspath(a) for a in args]
    out = []
    for group in sorted(os.listdir(SUITE)):
        d = os.path.join(SUITE, group)
        if os.path.isdir(d):
            out += [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith(".py")]
    return out


def recorded(path):
    base = path[:-3]
    with open(base + ".out", encoding="utf-8", newline="") as f:
        out = f.read()
    with open(base + ".expect.json", encoding="utf-8") as f:
        return out, json.load(f)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("the suite records CPython 3.11, this is %s" % sys.version.split()[0])
    args = sys.argv[1:]
    check = "--check" in args
    paths = [p for p in programs([a for a in args if a != "--check"]) if not refusal(p)]
    if not paths:
        sys.exit("no program found under " + SUITE)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, paths))
    drift = 0
    for path, (out, res) in zip(paths, results):
        base = path[:-3]
        if check:
            try:
                same = recorded(path) == (out, res)
            except FileNotFoundError:
                same = False
            if not same:
                drift += 1
                print("%s: CPython %s no longer gives the recorded result; re-record it"
                      % (os.path.relpath(path, SUITE), sys.version.split()[0]))
            continue
        with open(base + ".out", "w", encoding="utf-8", newline="") as f:
            f.write(out)
        with open(base + ".expect.json", "w", encoding="utf-8") as f:
            f.write(json.dumps(res) + "\n")
    if check:
        print("%d programs checked, %d drifted" % (len(paths), drift))
        sys.exit(1 if drift else 0)
    print("%d programs recorded" % len(paths))


if __name__ == "__main__":
    main()
