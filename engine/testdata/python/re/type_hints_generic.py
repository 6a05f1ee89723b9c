import re
from typing import Optional
def f(m: Optional[re.Match[str]], p: re.Pattern[str] = re.compile("x")) -> list[str]:
    return p.findall("xx")
print(f(None), re.Match[str], re.Pattern[bytes])
