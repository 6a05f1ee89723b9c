class C:
    a = 1
    def m(self):
        pass
c = C()
c.x = 5
print(c.__dict__, sorted(k for k in C.__dict__ if not k.startswith("__")))
c.__dict__["y"] = 6
print(c.y, vars(c))
