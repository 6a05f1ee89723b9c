# source: robertopauletto/PyMOTW-it_3.0 dumpscripts/functools_total_ordering.py (total_ordering from __eq__ and __gt__, with eval of each comparison)
import functools


@functools.total_ordering
class MyObject:

    def __init__(self, val):
        self.val = val

    def __eq__(self, other):
        print('  test per __eq__({}, {})'.format(
            self.val, other.val))
        return self.val == other.val

    def __gt__(self, other):
        print('  test per __gt__({}, {})'.format(
            self.val, other.val))
        return self.val > other.val


print('Metodi:', sorted(k for k in vars(MyObject) if k.startswith('__') and k[2] in 'lgen'))

a = MyObject(1)
b = MyObject(2)

print('\nConfronti:')
for expr in ['a < b', 'a <= b', 'a == b', 'a >= b', 'a > b']:
    print('\n{:<6}:'.format(expr))
    result = eval(expr)
    print('  risultato di {}: {}'.format(expr, result))
