# expect: refusal os.path.abspath of a relative path
import posixpath
print(posixpath.abspath("/x/../y"))
print(posixpath.abspath("y"))
