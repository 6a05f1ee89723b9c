import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
def t(name, f):
    try: print(name, repr(f()))
    except Exception as ex: print(name, type(ex).__name__, ex)
t('mean int', lambda: st.mean([1, 2, 3, 4, 4]))
t('median', lambda: st.median([1, 3, 5]))
t('median even', lambda: st.median([1, 3, 5, 7]))
t('median even f', lambda: st.median([1, 4, 5, 7]))
t('median str', lambda: st.median(['b', 'a', 'c']))
t('median str even', lambda: st.median(['b', 'a', 'c', 'd']))
t('median empty', lambda: st.median([]))
t('median_low', lambda: st.median_low([1, 3, 5, 7]))
t('median_high', lambda: st.median_high([1, 3, 5, 7]))
t('median_grouped', lambda: st.median_grouped([52, 52, 53, 54]))
t('median_grouped2', lambda: st.median_grouped([1, 3, 3, 5, 7], interval=2))
t('median_grouped3', lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
t('median_grouped str', lambda: st.median_grouped(['a', 'b']))
t('median_grouped strnum', lambda: st.median_grouped(['1', '2', '3']))
t('mode', lambda: st.mode([1, 1, 2, 3, 3, 3, 3, 4]))
t('mode str', lambda: st.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
t('mode tie', lambda: st.mode([1, 2, 2, 1]))
t('mode mixed', lambda: st.mode([1, 1.0, True, 2, 2]))
t('mode empty', lambda: st.mode([]))
t('mode unhashable', lambda: st.mode([[1]]))
t('multimode', lambda: st.multimode('aabbbbccddddeeffffgg'))
t('multimode empty', lambda: st.multimode(''))
try:
    st.median([])
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, st.StatisticsError), issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__)
