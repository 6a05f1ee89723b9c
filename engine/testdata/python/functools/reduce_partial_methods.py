from functools import reduce, partial, partialmethod
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
class Cell:
    def set_state(self, state):
        self.state = state
    set_alive = partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.state)
hexint = partial(int, base=16)
print(hexint("ff"), hexint("10"))
