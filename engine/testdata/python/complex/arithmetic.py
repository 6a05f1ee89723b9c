from fractions import Fraction as F
from decimal import Decimal as D
import math
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('mix', lambda: (1 + 1j, 1.5 - 2j, 2 * (1+1j), (1+1j) / 2, 1 / (1+1j), (3+4j) / (1-2j), 1j * 1j, -(1+1j), +(1j)))
t('ovmul', lambda: (1e308+1e308j)*10)
t('sq', lambda: (1+2j)**2)
t('sq-', lambda: (1+2j)**-2)
t('sqf', lambda: (1+2j)**2.0)
t('sum', lambda: sum([1j, 2, 3.5 + 1j]))
t('frac', lambda: (F(1, 2) + 1j, 1j + F(1, 2), F(1, 2) * (2+2j), (1+1j) / F(1, 2), F(1, 2) == 0.5+0j, F(1,2) == 0.5+1j, F(1, 4) ** (1+0j)))
t('sqrt', lambda: (1+1j)**0.5)
t('2**j', lambda: 2**(1j))
t('cube root', lambda: (-8)**(1/3))
