# expect: refusal module 'cmath'
import cmath
print(cmath.sqrt(-1))
