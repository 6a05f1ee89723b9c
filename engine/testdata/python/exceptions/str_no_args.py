class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()) == "", repr(Quiet("a", 1)))
class Msg(Exception):
    def __init__(self):
        super().__init__("fixed message")
print(str(Msg()), Msg().args)
raise Msg()
