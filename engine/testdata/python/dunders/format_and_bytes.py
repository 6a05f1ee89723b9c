class B:
    def __bytes__(self):
        return b"raw"
    def __format__(self, spec):
        return "fmt:" + spec
print(bytes(B()), format(B(), "xyz"), f"{B():abc}", "{:q}".format(B()))
