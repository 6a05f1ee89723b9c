items = {"a": 1}
print(f"{items['a']}")
print(f'{items["a"]}')
print(f"{'x' + 'y'}")
print(f"{'-'.join(['a', 'b'])}")
