# expect: refusal reading sys.path
import sys
first = sys.path[0]
print(first)
