# expect: refusal reading sys.path
import sys
if "lib" not in sys.path:
    sys.path.append("lib")
