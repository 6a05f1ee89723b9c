import re
class Validator:
    PATTERN = re.compile(r"^[A-Z]{3}-\d{4}$")
    def __init__(self, code):
        if not self.PATTERN.match(code):
            raise ValueError(f"bad code {code!r}")
        self.code = code
    def __repr__(self):
        return f"Validator({self.code!r})"
print(Validator("ABC-1234"))
try:
    Validator("abc-12")
except ValueError as e:
    print(e)
print([c for c in ["XYZ-0000", "XY-1", "QQQ-9999\n"] if Validator.PATTERN.match(c)])
