import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
def t(name, f):
    try: print(name, repr(f()))
    except Exception as ex: print(name, type(ex).__name__, ex)
t('mean int', lambda: st.mean([1, 2, 3, 4, 4]))
t('quantiles', lambda: st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
t('quantiles incl', lambda: st.quantiles([1, 2, 3, 4, 5], method='inclusive'))
t('quantiles excl', lambda: st.quantiles([1, 2, 3, 4, 5]))
t('quantiles two', lambda: st.quantiles([1, 10], n=5))
t('quantiles one', lambda: st.quantiles([1]))
t('quantiles n0', lambda: st.quantiles([1, 2], n=0))
t('quantiles bad', lambda: st.quantiles([1, 2], method='x'))
t('quantiles frac', lambda: st.quantiles([F(1, 2), F(3, 4), 1], n=3))
t('quantiles float', lambda: st.quantiles([1.5, 2.5, 10.0], n=4, method='inclusive'))
t('quantiles pos', lambda: st.quantiles([1, 2], 4))
