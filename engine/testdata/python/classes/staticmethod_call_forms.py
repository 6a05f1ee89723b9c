class U:
    @staticmethod
    def add(a, b):
        return a + b
    def use(self):
        return self.add(1, 2) + U.add(3, 4)
print(U.add(1, 1), U().add(2, 2), U().use())
