class Spy:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
    def __getattribute__(self, k):
        if k == "secret":
            return "hidden"
        return super().__getattribute__(k)
s = Spy()
s.x = 1
print(s.x, s.secret)
print(getattr(s, "y", "dflt"))
