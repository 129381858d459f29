def use_before_def():
    return later()
try:
    use_before_def()
except NameError as e:
    print(e)
def later():
    return "defined now"
print(use_before_def())
class C:
    attr = 1
    def m(self):
        return attr
try:
    C().m()
except NameError as e:
    print(e)
try:
    del undefined_thing
except NameError as e:
    print(e)
def f():
    global never_assigned
    return never_assigned
try:
    f()
except NameError as e:
    print(e)
try:
    [unknown_in_comp for _ in range(1)]
except NameError as e:
    print(e)
