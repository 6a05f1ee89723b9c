import sys
print(sys.argv[0].endswith("argv_and_modules.py"), len(sys.argv))
print("sys" in sys.modules, __name__ in sys.modules)
print(sys.float_info.max > 1e308, sys.int_info.bits_per_digit in (15, 30))
