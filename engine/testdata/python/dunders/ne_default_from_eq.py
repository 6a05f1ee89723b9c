class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == o.v
print(V(1) != V(2))
print(V(1) != V(1))
