def trace(m):
    def w(self, *a):
        print("->", type(self).__name__, m.__name__, a)
        return m(self, *a)
    return w
class K:
    @trace
    def go(self, x):
        return x + 1
print(K().go(1))
