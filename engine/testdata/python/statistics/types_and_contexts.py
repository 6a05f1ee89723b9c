import statistics as st
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
print(st.mean([10**20, 10**20 + 1]), st.mean([10**20, 10**20 + 2]), st.mean(range(1, 101)), st.mean({3: 'a', 5: 'b'}), st.mean({1, 2, 6}))
print(st.mean([D('1.10'), D('2.20'), D('3.30')]), st.mean([D(1), D(3)]), st.variance([D('0.1'), D('0.2'), D('0.4')]), st.median([D('1.5'), D('2.5')]))
with localcontext() as ctx:
    ctx.prec = 5
    print(st.mean([D(1), D(2), D(2)]), st.stdev([D(1), D(2), D(4)]), st.pvariance([D(1), D(2), D(4)]))
print(st.mean([F(1, 3), 0.5]), st.variance([F(1, 2), 1, 2]), st.variance([1, 2, 3], F(2)), st.pstdev([F(1), F(3)]), st.pvariance([0.1, 0.2, 0.3], 0.2))
print(st.mean([True, True, False]), st.mean([1, True]), st.median([True, False, True]), st.variance([True, False]), st.mode([True, 1, 1.0]))
print(st.stdev([1e10 + 1, 1e10 + 2, 1e10 + 3]), st.stdev([0.1] * 10), st.pstdev([1e300, -1e300]) if False else 0, st.variance([1e-300, 2e-300, 3e-300]))
print(st.mean([float('inf'), 1, 2]), st.mean([float('-inf'), float('-inf')]), st.mean([D('-Infinity'), D(2)]), st.pvariance([1, float('inf')]), st.median([float('nan'), 1, 2]))
for bad in [5, None, 'abc', [1, 'a'], [[1, 2]]]:
    try:
        print(st.mean(bad))
    except TypeError as e:
        print('TypeError', e)
