class WithData(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
e = WithData("m", code=3)
print(e.args, e.code, str(e))
print(isinstance(e, Exception), isinstance(e, BaseException))
e2 = Exception("a", "b")
print(str(e2), e2.args)
print(e.with_traceback(None) is e)
