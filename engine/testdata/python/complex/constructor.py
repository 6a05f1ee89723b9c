from fractions import Fraction as F
from decimal import Decimal as D
import math
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('cc', lambda: complex(1+2j, 3j))
t('c3', lambda: complex(1+2j, 3))
t('2c', lambda: complex(2, 1+1j))
t('s1', lambda: complex('1+2j', 1))
t('x', lambda: complex('x'))
t('None', lambda: complex(None))
t('1a', lambda: complex(1, 'a'))
t('paren', lambda: complex('(1+2j)'))
t('paren sp', lambda: complex(' ( 1+2j ) '))
t('us', lambda: complex('1_0j'))
t('j', lambda: complex('j'))
t('-J', lambda: complex('-J'))
t('infnan', lambda: complex('inf-nanj'))
t('exp', lambda: complex('1e3-2.5e-1J'))
t('space', lambda: complex('1 + 2j'))
t('kw', lambda: complex(real=1, imag=2))
t('emptystr', lambda: complex(''))
t('badparen', lambda: complex('1+2j)'))
