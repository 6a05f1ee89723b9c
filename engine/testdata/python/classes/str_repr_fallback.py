class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
class OnlyStr:
    def __str__(self):
        return "OnlyStr!"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), [OnlyStr()][0].__str__())
print(repr(OnlyStr()).startswith("<__main__.OnlyStr"))
print(f"{OnlyRepr()}", "%s" % OnlyRepr())
