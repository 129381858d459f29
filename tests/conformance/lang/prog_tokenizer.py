"""A small tokenizer and recursive-descent calculator."""
KEYWORDS = {"let", "print", "if", "else"}

class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

class LexError(Exception):
    pass

def tokenize(src):
    i, out = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(Token("NUM", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(Token("KW" if word in KEYWORDS else "NAME", word, i))
            i = j
        elif src.startswith(("**", "==", "!=", "<=", ">="), i):
            out.append(Token("OP", src[i:i + 2], i))
            i += 2
        elif c in "+-*/%()=<>;":
            out.append(Token("OP", c, i))
            i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            out.append(Token("STR", src[i + 1:j], i))
            i = j + 1
        else:
            raise LexError(f"unexpected {c!r} at {i}")
    out.append(Token("EOF", "", len(src)))
    return out

class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i]
    def eat(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r}, got {t.text!r} at {t.pos}")
        self.i += 1
        return t
    def expr(self):
        left = self.term()
        while self.peek().text in ("+", "-"):
            op = self.eat().text
            right = self.term()
            left = left + right if op == "+" else left - right
        return left
    def term(self):
        left = self.power()
        while self.peek().text in ("*", "/", "%"):
            op = self.eat().text
            right = self.power()
            if op == "*":
                left *= right
            elif op == "/":
                left /= right
            else:
                left %= right
        return left
    def power(self):
        base = self.unary()
        if self.peek().text == "**":
            self.eat()
            return base ** self.power()
        return base
    def unary(self):
        if self.peek().text == "-":
            self.eat()
            return -self.unary()
        return self.atom()
    def atom(self):
        t = self.eat()
        if t.kind == "NUM":
            return float(t.text) if "." in t.text else int(t.text)
        if t.text == "(":
            v = self.expr()
            self.eat(")")
            return v
        raise SyntaxError(f"unexpected token {t!r}")

print(tokenize('let x = 3 ** 2; print "hi" >= y_1'))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "7 % 3 + 0.5", "((4))", "1 +", "2 $ 3", "(1"]:
    try:
        p = Parser(tokenize(src))
        v = p.expr()
        p.eat("")
        print(f"{src!r:>14} = {v!r}")
    except (SyntaxError, LexError) as e:
        print(f"{src!r:>14} ! {type(e).__name__}: {e}")
