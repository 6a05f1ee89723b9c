class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", "required"))
    if not isinstance(record.get("age"), int) or record["age"] < 0:
        errors.append(ValidationError("age", "must be a non-negative int"))
    return errors
for rec in [{"name": "a", "age": 3}, {"age": -1}, {"name": "", "age": "x"}]:
    errs = validate(rec)
    print([str(e) for e in errs], [e.field for e in errs])
