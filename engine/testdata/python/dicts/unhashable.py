try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
try:
    {1: 2}[{}]
except TypeError as e:
    print("TypeError", e)
print({frozenset([1]): "ok"})
s = {{}}
