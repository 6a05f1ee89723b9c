# expect: refusal re.Scanner
import re
s = re.Scanner([(r"\d+", lambda sc, tok: int(tok))])
