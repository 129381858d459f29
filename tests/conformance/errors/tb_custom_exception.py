class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(age):
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age
validate(3)
validate(-1)
