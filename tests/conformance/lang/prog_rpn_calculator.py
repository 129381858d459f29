"""Reverse Polish notation calculator with error handling and a tiny REPL-like driver."""
import math
class CalcError(Exception):
    pass
def rpn(expr):
    stack = []
    binops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
              "/": lambda a, b: a / b, "^": lambda a, b: a ** b, "%": lambda a, b: a % b}
    unops = {"neg": lambda a: -a, "sqrt": math.sqrt, "abs": abs}
    for tok in expr.split():
        if tok in binops:
            if len(stack) < 2:
                raise CalcError(f"stack underflow at {tok!r}")
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(binops[tok](a, b))
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        elif tok in unops:
            if not stack:
                raise CalcError(f"stack underflow at {tok!r}")
            try:
                stack.append(unops[tok](stack.pop()))
            except ValueError as e:
                raise CalcError(f"{tok}: {e}") from e
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise CalcError(f"bad token {tok!r}") from None
    if len(stack) != 1:
        raise CalcError(f"expected one result, stack is {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "10 3 /", "10 3 %", "2 sqrt", "-9 sqrt", "1 0 /", "1 +",
          "4 dup *", "1 2 swap -", "1 2", "x 1 +", "1.5 2 * neg abs", "2 100 ^"]:
    try:
        print(f"{e:<22} = {rpn(e)!r}")
    except CalcError as err:
        print(f"{e:<22} ! {err}")
