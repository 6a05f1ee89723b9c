print(len("héllo"), len(b"h\xc3\xa9"), len([1, [2]]), len({}), len({1: 2}), len(range(0, 10, 3)), len(set("aab")), len(()))
class L:
    def __len__(self):
        return 7
print(len(L()))
len(iter([1]))
