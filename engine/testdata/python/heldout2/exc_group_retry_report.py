# source: batch processors that collect per-item errors (dict of failures, traceback-free summaries, re-raising the first) in import jobs
import traceback

class ImportErrorRow(Exception):
    def __init__(self, row, reason):
        self.row, self.reason = row, reason
        super().__init__(f"row {row}: {reason}")

def import_rows(rows):
    ok, failed = [], {}
    for i, row in enumerate(rows, 1):
        try:
            name, qty = row.split(";")
            qty = int(qty)
            if qty < 0:
                raise ImportErrorRow(i, f"negative qty {qty}")
            ok.append((name.strip(), qty))
        except ImportErrorRow as e:
            failed[i] = e
        except ValueError as e:
            failed[i] = ImportErrorRow(i, f"{type(e).__name__}: {e}")
    return ok, failed

ok, failed = import_rows(["a;1", "b;x", "c;-2", "d", "e;5;6", " f ; 7 "])
print(ok)
for i, e in failed.items():
    print(i, e, "|", e.reason)
summary = ", ".join(f"#{i}" for i in sorted(failed))
print(f"{len(ok)} imported, {len(failed)} failed ({summary})")
try:
    raise next(iter(failed.values()))
except ImportErrorRow as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception_only(ValueError, ValueError("plain"))).strip())
try:
    int("q")
except ValueError as e:
    lines = traceback.format_exc().strip().splitlines()
    print(lines[0], "...", lines[-1])
