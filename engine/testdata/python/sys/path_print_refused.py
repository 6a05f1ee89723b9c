# expect: refusal reading sys.path
import sys
sys.path.append("here")
print(sys.path)
