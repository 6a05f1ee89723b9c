# expect: refusal pathlib
from pathlib import Path
print(Path("x.txt").read_text())
