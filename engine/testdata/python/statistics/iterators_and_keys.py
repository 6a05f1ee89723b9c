import statistics as st
from fractions import Fraction as F
from collections import Counter
data = (x * x % 17 for x in range(40))
print(st.mean(data), st.median(iter([3, 1, 2])), st.mode(iter('abracadabra')), st.multimode(iter([1, 2, 2, 3, 3])), st.fmean(map(float, '1 2 3.5'.split())))
print(st.median(range(1, 10, 2)), st.median_low(range(6)), st.median_high(range(6)), st.variance(range(10)), st.pstdev(range(10)), st.quantiles(range(1, 21), n=5))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(st.mode(words), st.multimode(len(w) for w in words), st.median(len(w) for w in words), st.mean(map(len, words)), Counter(words).most_common(2))
print(st.mean([F(1, 7)] * 7), st.variance([F(1, 2), F(3, 2), F(5, 2)]), st.stdev([F(1, 2), F(3, 2), F(5, 2)]), st.harmonic_mean([F(1, 2), 1, 2]))
print(st.geometric_mean([1.5, 2.5, 4]), st.geometric_mean([10, 100, 1000]), st.geometric_mean(range(1, 6)), st.harmonic_mean([2.5, 3, 10], weights=[1, 2, 3]))
print(st.fmean([1, 2, 3], weights=(3, 2, 1)), st.fmean([F(1, 2), 0.25], [1, 1]), st.fmean(iter([5, 6]), weights=[1, 3]), st.fmean((i for i in range(4)), weights=[1] * 4))
