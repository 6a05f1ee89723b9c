from fractions import Fraction as F
from decimal import Decimal as D
import math
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('f2f', lambda: format(1+2j, '.2f'))
t('f', lambda: format(1+2j, ''))
t('f10', lambda: format(1+2j, '10'))
t('f^20', lambda: format(1+2j, '^20.2e'))
t('f%', lambda: format(1+2j, '%'))
t('fmt typed', lambda: (f"{1+2j:.3f}", f"{-1.5-0.5j:+.1e}", f"{3j:g}", f"{1e20+1j:g}", f"{1+2j:>15}", f"{1+2j:*<12.1f}", f"{2j}", str(1+2j), "%s" % (1j,)))
t('fmt0', lambda: format(1j, '010.2f'))
t('fmt=', lambda: format(1j, '=10.2f'))
t('abs', lambda: (abs(3+4j), abs(-1j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1))))
t('abs big', lambda: abs(1e308+1e308j))
t('pow big', lambda: (10+10j)**1000)
