# expect: refusal pathlib.Path.exists
from pathlib import Path
p = Path("/tmp") / "notes.txt"
print(p, repr(p), p.suffix, p.parent.name)
print(p.exists())
