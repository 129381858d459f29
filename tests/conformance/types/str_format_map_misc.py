class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age}".format_map({"name": "Ann", "age": 3}))
print("{name} has {unknown}".format_map(Default(name="Bob")))
print("{0}".format_map({}) if False else "skip")
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
print("abc".isascii(), "é".isascii(), "".isascii(), "Hello".removesuffix("llo"), "Hello".removesuffix("x"))
