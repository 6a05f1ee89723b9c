from fractions import Fraction as F
from decimal import Decimal as D
import math
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('nan', lambda: complex(1, float('nan')))
t('-nan', lambda: complex(1, -float('nan')))
t('-0', lambda: complex(-0.0, 1))
t('0-0', lambda: complex(0.0, -0.0))
t('-0-0', lambda: complex(-0.0,-0.0))
t('1e16', lambda: complex(1e16, 1e-7))
t('inf', lambda: complex(float('inf'), float('-inf')))
t('neg0', lambda: (-0j, -(0j), 0j * -1, complex(-0.0, -0.0) + 0, -1j * 0))
t('lits', lambda: (1j, 2.5e3J, 1_0j, 0j, 00j, 1.j, .5j, 1e-3j, -1j, 1e400j))
t('conj', lambda: 1j.conjugate())
t('empty', lambda: complex())
