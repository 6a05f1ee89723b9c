import copy
class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("custom copy")
        return C(self.v)
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return C(copy.deepcopy(self.v, memo))
c = C([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
a = [1]
b = [a, a]
bb = copy.deepcopy(b)
print(bb[0] is bb[1])
