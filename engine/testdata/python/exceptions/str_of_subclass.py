class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"app failed with {self.code}"
try:
    raise AppError(7)
except AppError as e:
    print(e)
    print(repr(e))
    print(str(e), e.args)
raise AppError(9)
