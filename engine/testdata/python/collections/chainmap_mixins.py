from collections import ChainMap
a={'x':1}; b={'x':2,'y':3}
cm=ChainMap(a,b)
print(cm.keys(), cm.items(), cm.values())
print(list(cm.keys()), list(cm.values()), list(cm.items()))
k=cm.keys(); a['z']=5; print(list(k), len(k), 'z' in k, ('x',1) in cm.items(), 2 in cm.values(), 1 in cm.values())
print(type(cm.keys()).__name__, type(cm.items()).__name__)
print(cm == {'x':1,'y':3,'z':5}, cm != a, bool(ChainMap()), bool(cm), cm == ChainMap({'x': 1, 'y': 3, 'z': 5}), cm == 5)
print(cm.pop('x'), cm.pop('q', 0), a)
try: cm.pop('y')
except KeyError as e: print('KeyError', e)
print(cm.popitem(), a)
try: cm.popitem()
except KeyError as e: print('KeyError', e)
cm.update({'m':1}, n=2); print(cm)
cm.update([('p', 0)]); print(cm)
print(cm.setdefault('y', 9), cm.setdefault('w', 8), a)
c2=cm.copy(); print(c2, c2.maps[0] is a, c2.maps[1] is b)
cm.clear(); print(cm, b)
print(ChainMap.fromkeys(['a','b'], 0), ChainMap.fromkeys('xy'))
print(ChainMap({'a':1}) | {'b':2}, {'b':2} | ChainMap({'a':1}))
x = ChainMap({'a':1}); x |= {'c':3}; print(x)
import copy; print(copy.copy(x))
print(repr(ChainMap()), dict(ChainMap({'a':1},{'b':2})), str(ChainMap({1:2})))
class D(ChainMap):
    def __missing__(self, k): return 'miss'
print(D()['q'], D().get('q', 'g'), D({'a': 1}).copy(), type(D().new_child()).__name__)
for k, v in ChainMap({'a': 1}, {'b': 2, 'a': 0}).items():
    print(k, v)
print(sorted(ChainMap({'b': 1}, {'a': 2}).values()), max(ChainMap({'b': 1}, {'a': 2}).keys()))
try:
    ChainMap({}) | 5
except TypeError as e:
    print("TypeError:", e)
try:
    ChainMap({}).values() | {1}
except TypeError as e:
    print("TypeError:", e)
