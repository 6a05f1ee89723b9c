class Outer:
    class Inner:
        def hi(self):
            return "inner"
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__qualname__)
print(repr(Outer.Inner).endswith("Outer.Inner'>"))
