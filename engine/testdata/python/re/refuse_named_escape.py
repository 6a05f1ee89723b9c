# expect: refusal \N{...} escapes
import re
print(re.match(r"\N{EM DASH}", "\u2014"))
