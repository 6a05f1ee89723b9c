from fractions import Fraction as F
from decimal import Decimal as D
import math
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('floordiv', lambda: (1+2j)//1)
t('mod', lambda: (1+2j)%1)
t('divmod', lambda: divmod(1j,1))
t('div0', lambda: 1j/0)
t('pow0', lambda: 0j**-1)
t('pow0c', lambda: 0j**1j)
t('lt', lambda: 1j < 2)
t('sorted', lambda: sorted([1j, 2j]))
t('float', lambda: float(1j))
t('int', lambda: int(1j))
t('round', lambda: round(1j))
t('msqrt', lambda: math.sqrt(1j))
t('dec', lambda: D(1) + 1j)
t('decr', lambda: 1j + D(1))
t('str', lambda: 1j + 'a')
t('bigint', lambda: complex(2**1100))
