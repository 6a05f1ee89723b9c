class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(LookupError):
    pass


def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValidationError("name", "required"))
    if "@" not in user.get("email", ""):
        errors.append(ValidationError("email", "invalid address"))
    return errors


for u in [{"name": "a", "email": "a@b"}, {"email": "nope"}, {}]:
    errs = validate(u)
    print(len(errs), [str(e) for e in errs], [e.field for e in errs])

db = {1: "alice"}


def get(uid):
    try:
        return db[uid]
    except KeyError as e:
        raise NotFound(f"user {uid} not found") from e


try:
    get(2)
except LookupError as e:
    print(type(e).__name__, e, repr(e), type(e.__cause__).__name__, e.__cause__)
    print(e.args, isinstance(e, NotFound), e.__suppress_context__)

try:
    try:
        int("abc")
    except ValueError:
        {}["missing"]
except KeyError as e:
    print(repr(e), repr(e.__context__))
finally:
    print("done")
print(repr(ValidationError("f", "m")), ValidationError("f", "m").args)
