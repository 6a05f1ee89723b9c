import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
def t(name, f):
    try: print(name, repr(f()))
    except Exception as ex: print(name, type(ex).__name__, ex)
t('mean int', lambda: st.mean([1, 2, 3, 4, 4]))
t('covariance', lambda: st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
t('covariance len', lambda: st.covariance([1, 2], [1]))
t('covariance one', lambda: st.covariance([1], [1]))
t('correlation', lambda: st.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
t('correlation c', lambda: st.correlation([1, 1, 1], [1, 2, 3]))
t('linear_regression', lambda: st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]))
t('linear_regression p', lambda: st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
t('linear_regression c', lambda: st.linear_regression([1, 1], [2, 3]))
r = st.linear_regression([1, 2, 3], [2, 4, 6])
print(r.slope, r.intercept, r[0], type(r).__name__)
