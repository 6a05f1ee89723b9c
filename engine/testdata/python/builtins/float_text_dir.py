# source: edges of the fixes for held-out programs int_parsing_checks (float of Unicode digits) and class_attr_lookup_dunders (dir() calls __dir__)
for s in ['1_.5','1._5','1e_5','1_e5','1_0.5','٣.٥','1e1_0','_1','１２','−1',' 1.5\u2003','0x1p3','1.5e','infinity','-iNF','nan_', '1__0', '1_0_0.0_1', 'in_f', '٣']:
    try: print(repr(s), float(s))
    except ValueError as e: print(repr(s), 'VE', e)
class P:
    def __dir__(self): return ["b", "a", "a"]
class Q:
    def __dir__(self): return 5
print(dir(P()))
try: dir(Q())
except TypeError as e: print(e)
