from string import Template, ascii_lowercase, digits, punctuation
t = Template("Hello $name, you owe ${amount}USD. $$ sign. $missing")
print(t.safe_substitute(name="Ann", amount=12))
print(t.safe_substitute({"name": "Bob"}, amount=3))
try:
    t.substitute(name="x", amount=1)
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$a$b").substitute(a=1, b=2), Template("${a}b").substitute(a="A"))
print(sum(c in ascii_lowercase for c in "Hello World"), [c for c in "a1!b2?" if c in digits], len(punctuation))
