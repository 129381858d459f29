"""A tiny stack-machine interpreter with a compiler from nested tuples."""
def compile_expr(e, code):
    if isinstance(e, (int, float)):
        code.append(("PUSH", e))
    elif isinstance(e, str):
        code.append(("LOAD", e))
    else:
        op, *args = e
        if op == "let":
            name, value, body = args
            compile_expr(value, code)
            code.append(("STORE", name))
            compile_expr(body, code)
        elif op == "if":
            cond, then, other = args
            compile_expr(cond, code)
            jf = len(code)
            code.append(None)
            compile_expr(then, code)
            jend = len(code)
            code.append(None)
            code[jf] = ("JUMP_IF_FALSE", len(code))
            compile_expr(other, code)
            code[jend] = ("JUMP", len(code))
        else:
            for a in args:
                compile_expr(a, code)
            code.append(("OP", op, len(args)))
    return code

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "<": lambda a, b: a < b,
    "neg": lambda a: -a,
    "max": max,
}

def run(code, env=None):
    env = dict(env or {})
    stack, pc, steps = [], 0, 0
    while pc < len(code):
        ins = code[pc]
        pc += 1
        steps += 1
        kind = ins[0]
        if kind == "PUSH":
            stack.append(ins[1])
        elif kind == "LOAD":
            stack.append(env[ins[1]])
        elif kind == "STORE":
            env[ins[1]] = stack.pop()
        elif kind == "JUMP":
            pc = ins[1]
        elif kind == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = ins[1]
        elif kind == "OP":
            n = ins[2]
            args = stack[len(stack) - n:]
            del stack[len(stack) - n:]
            stack.append(OPS[ins[1]](*args))
        else:
            raise RuntimeError(f"bad instruction {ins}")
    return stack.pop(), steps

programs = [
    ("+", 1, 2),
    ("let", "x", 5, ("*", "x", ("+", "x", 1))),
    ("if", ("<", 1, 2), 10, 20),
    ("if", ("<", 3, 2), 10, ("neg", 20)),
    ("let", "a", 2, ("let", "b", 3.5, ("max", "a", "b", ("-", "b", "a")))),
    ("+", "undefined", 1),
]
for p in programs:
    code = compile_expr(p, [])
    try:
        value, steps = run(code)
        print(f"{value!r:>6} in {steps:>2} steps: {code}")
    except KeyError as e:
        print("unbound name", e)
fact = []
n = 10
acc = 1
while n > 1:
    acc = run(compile_expr(("*", "acc", "n"), []), {"acc": acc, "n": n})[0]
    n -= 1
print(acc)
