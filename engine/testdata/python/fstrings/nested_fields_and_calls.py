items = {"apple": 1.5, "banana": 0.25, "cherry": 10}
width = max(len(k) for k in items)
for k, v in sorted(items.items()):
    print(f"{k:<{width}} : {v:>{width - 1}.2f} {'*' * int(v)}")
nums = [1, 22, 333]
print(f"{', '.join(f'{n:03d}' for n in nums)}", f"{len(nums)=}", f"{sum(nums) / len(nums):.3f}")
print(f"{'nested {braces}'}", f"{{{nums[0]}}}", f"{nums!r:^20}", f"{str(nums)[1:-1]}")
print(f"{max(items, key=items.get)!r}", f"{[x * 2 for x in nums]}", f"{ {k: round(v) for k, v in items.items()} }")
obj = type("O", (), {"attr": 42, "__repr__": lambda self: "O()"})()
print(f"{obj.attr:#x} {obj!r} {obj} {obj.attr:,}")
