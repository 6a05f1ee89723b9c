class K:
    print("in body")
    x = 1
    y = x + 1
    def m(self):
        return self.y
print(K.y, K().m())
