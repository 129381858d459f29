code = compile("x = 6 * 7\nprint('exec ran', x)\n", "<demo>", "exec")
print(type(code).__name__, code.co_name, code.co_filename, code.co_firstlineno)
ns = {}
exec(code, ns)
print(ns["x"])
e = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(e), eval(e, {}), e.co_name)
e2 = compile("a + b", "<expr2>", "eval")
print(eval(e2, {"a": 10, "b": 5}))
s = compile("y * 2\n", "<single>", "single")
exec(s, {"y": 5})
exec(compile("for k in 'ab': k\n", "<single2>", "single"))
fcode = compile("def f(a, b, *args, c=1, **kw):\n    t = a + b\n    return t\n", "<def>", "exec")
g = {}
exec(fcode, g)
fc = g["f"].__code__
print(fc.co_name, fc.co_argcount, fc.co_varnames, fc.co_filename, fc.co_firstlineno, fc.co_kwonlyargcount)
print(compile(b"z = 'bytes source'\n", "b.py", "exec").co_filename)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as ex:
    print("SyntaxError", ex.filename, ex.lineno, ex.msg)
try:
    compile("x = (", "bad.py", "exec")
except SyntaxError as ex:
    print("SyntaxError", ex.filename, ex.lineno, ex.msg)
try:
    compile("x", "<m>", "run")
except ValueError as ex:
    print("ValueError", ex)
try:
    compile(42, "<m>", "exec")
except TypeError as ex:
    print("TypeError", ex)
try:
    exec(compile("def boom():\n    raise KeyError('k')\nboom()\n", "<boom>", "exec"), {})
except KeyError as ex:
    import traceback
    tb = ex.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError", ex, tb.tb_lineno, tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name)
print(compile("pass", "<kw>", mode="exec", flags=0, dont_inherit=True).co_filename)
print(eval(compile("[i * i for i in range(4)]", "<lc>", "eval")))
def outer(p, q=2):
    r = p + q
    return r
oc = outer.__code__
print(oc.co_name, oc.co_argcount, oc.co_varnames, oc.co_firstlineno)
print(exec("w = 3", {}) is None, eval("w * 2", {"w": 4}))
