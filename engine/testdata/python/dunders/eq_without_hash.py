class E:
    def __eq__(self, o):
        return True
print(E.__hash__)
try:
    {E()}
except TypeError as e:
    print("TypeError", e)
print(E() == 5, E() != 5)
