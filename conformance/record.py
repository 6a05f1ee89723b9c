#!/usr/bin/env python3
"""Record what the real SQLAlchemy does with a script, as a cascadelab trace.

    python3 conformance/record.py CASE.py > CASE.trace.json

Runs CASE.py under whichever SQLAlchemy this interpreter imports and prints
JSON with: the statements that reached the DBAPI cursor (whitespace folded,
with parameters and whether it was an executemany), the script's stdout, its
uncaught exception (class and first line), and every table's final rows in
rowid order. `cascadelab trace` prints the same shape.

A case written with Python 2 print statements is converted to print() calls
first (the statements SQLAlchemy sends do not change). The case runs in a new
empty directory, so that a file database (sqlite:///database.db, as SQLModel's
tutorial writes it) starts empty every time, as cascadelab's in-memory one does.
"""
import io
import json
import re
import os
import sqlite3
import sys
import tempfile
import types
from contextlib import redirect_stdout


def plain(v):
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, (bytes, bytearray, memoryview)):
        return {"blob": bytes(v).hex()}
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return str(v)


PY2_PRINT = re.compile(r"^(\s*)print (?!\()(.*)$")


PY2_BARE_PRINT = re.compile(r"^(\s*)print\s*$")


def py3(source):
    lines = source.split("\n")
    if not any(PY2_PRINT.match(line) for line in lines):
        return source  # a bare print is then Python 3's, printing nothing
    return "\n".join(PY2_BARE_PRINT.sub(r"\1print()", PY2_PRINT.sub(r"\1print(\2)", line)) for line in lines)


def record(path):
    import sqlalchemy
    from sqlalchemy import event

    engines, log = [], []

    def watch(engine):
        engines.append(engine)

        def before(conn, cursor, statement, parameters, context, executemany):
            log.append({"sql": " ".join(statement.split()), "params": plain(parameters), "many": bool(executemany)})

        event.listen(engine, "before_cursor_execute", before)
        return engine

    original = sqlalchemy.create_engine

    def create_engine(*args, **kw):
        return watch(original(*args, **kw))

    # echo (create_engine(echo=True), engine.echo = True) keeps its value, but
    # the log it writes to stdout, with timestamps, is left out: the trace's
    # statements are that log, and stdout stays the script's own
    import sqlalchemy.log
    sqlalchemy.log._add_default_handler = lambda logger: None

    # Flask-SQLAlchemy makes its engines with engine_from_config
    original_from_config = sqlalchemy.engine_from_config

    def engine_from_config(*args, **kw):
        return watch(original_from_config(*args, **kw))

    sqlalchemy.create_engine = sqlalchemy.engine.create_engine = create_engine
    sqlalchemy.engine_from_config = sqlalchemy.engine.engine_from_config = engine_from_config

    with open(path, encoding="utf-8") as f:
        code = compile(py3(f.read()), path, "exec")
    os.chdir(tempfile.mkdtemp())
    # The script runs as the real __main__ module, so that SQLAlchemy can resolve string
    # annotations (`from __future__ import annotations`) through sys.modules[cls.__module__].
    module = types.ModuleType("__main__")
    module.__file__ = path
    sys.modules["__main__"] = module
    out, error = io.StringIO(), None
    with redirect_stdout(out):
        try:
            exec(code, module.__dict__)
        except SystemExit:
            pass
        except BaseException as e:
            text = str(e)
            error = {"type": type(e).__name__, "message": text.splitlines()[0] if text else ""}

    tables = {}
    for engine in engines:
        raw = engine.raw_connection()
        try:
            conn = getattr(raw, "driver_connection", None) or raw.connection
            cur = conn.cursor()
            names = [r[0] for r in cur.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
            for name in names:
                cur.execute('SELECT * FROM "%s" ORDER BY rowid' % name.replace('"', '""'))
                tables[name] = {"columns": [d[0] for d in cur.description], "rows": plain(cur.fetchall())}
        finally:
            raw.close()

    return {"sqlalchemy": sqlalchemy.__version__, "sqlite": sqlite3.sqlite_version, "stdout": out.getvalue(),
            "error": error, "statements": log, "tables": tables}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    json.dump(record(sys.argv[1]), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
