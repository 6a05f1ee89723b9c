import sys
import json, collections
from os import path
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.float_info[0] == sys.float_info.max, len(sys.float_info), sys.int_info.sizeof_digit, tuple(sys.int_info))
print(sys.float_info)
print(sys.int_info)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major)
print("json" in sys.modules, sys.modules["json"] is json, "collections" in sys.modules, sys.modules["collections"] is collections)
print("os" in sys.modules, "os.path" in sys.modules, sys.modules.get("json") is json, sys.modules["sys"] is sys)
