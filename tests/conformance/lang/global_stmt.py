count = 0
def bump():
    global count
    count += 1
for _ in range(3):
    bump()
print(count)
def define_new():
    global brand_new
    brand_new = "created"
define_new()
print(brand_new)
def read_only():
    return count * 2
print(read_only())
x = "module"
def local_shadow():
    x = "local"
    return x
print(local_shadow(), x)
def nested_global():
    def inner():
        global x
        x = "set by inner"
    inner()
nested_global()
print(x)
print("count" in globals(), globals()["count"])
def del_global():
    global brand_new
    del brand_new
del_global()
print("brand_new" in globals())
