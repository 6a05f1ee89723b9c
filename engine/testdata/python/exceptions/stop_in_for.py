class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done")
print(list(It()))
try:
    next(It())
except StopIteration as e:
    print("StopIteration", e.value, e.args)
