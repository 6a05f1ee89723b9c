class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")
def validate(data):
    errors = {}
    if not data.get("name"):
        errors["name"] = "required"
    age = data.get("age")
    if age is not None and not isinstance(age, int):
        errors["age"] = f"expected int, got {type(age).__name__}"
    elif age is not None and age < 0:
        errors["age"] = "must be >= 0"
    if errors:
        raise ValidationError(errors)
    return data
for d in [{"name": "a", "age": 3}, {"age": "x"}, {"name": "", "age": -1}]:
    try:
        print("ok", validate(d))
    except ValidationError as e:
        print(e, e.errors, e.args)
class Warn(UserWarning):
    pass
print(Warn.__mro__[1:3], issubclass(Warn, Warning), issubclass(Warning, Exception))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), BaseException))
