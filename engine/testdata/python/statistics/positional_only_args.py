import statistics as st
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('linear kw', lambda: st.linear_regression(x=[1, 2], y=[1, 2]))
t('covariance one arg', lambda: st.covariance([1, 2]))
t('correlation no args', lambda: st.correlation())
t('covariance y kw', lambda: st.covariance([1, 2], y=[1, 2]))
t('linear proportional', lambda: st.linear_regression([1, 2], [2, 4], proportional=True))
