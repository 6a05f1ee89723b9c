# expect: refusal statistics.NormalDist
from statistics import NormalDist
print(NormalDist(100, 15).cdf(130))
