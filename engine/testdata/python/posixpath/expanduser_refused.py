# expect: refusal os.path.expanduser of a path starting with '~'
from os.path import expanduser
print(expanduser("a/~"))
print(expanduser("~/notes.txt"))
