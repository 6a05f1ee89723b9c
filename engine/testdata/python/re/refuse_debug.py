# expect: refusal re.DEBUG
import re
re.compile("a", re.DEBUG)
