import re
print("before")
re.compile("(unclosed")
