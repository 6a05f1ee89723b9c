from fractions import Fraction as F
from decimal import Decimal as D
import math
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('eq', lambda: (1+0j == 1, 1 == 1+0j, 1j == 1j, 1j != 1, 2.0 == 2+0j, (1+0j) in [1], {1: 'a'}[1+0j], {1j: 'x'}[1j], 0j == False, bool(0j), bool(1e-300j)))
t('hash', lambda: hash(1+2j))
t('hash2', lambda: hash(complex(2, 0)) == hash(2))
t('eqbig', lambda: (1+0j) == 2**1100)
t('attrs', lambda: ((1+2j).real, (1+2j).imag, 1j.imag, (5).real if False else 0, isinstance(1j, complex), isinstance(1, complex), type(1j).__name__, type(1j) is complex))
t('type', lambda: type(1j))
t('name', lambda: complex.__name__)
