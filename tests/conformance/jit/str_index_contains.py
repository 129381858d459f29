# Strs in hot loops: `s[i]` by a small int and `c in s` of strs (the trace's direct
# helpers), and what those helpers leave to the interpreter: indexes out of range
# (IndexError), negative indexes, non-ASCII text, bools and big ints as indexes, a
# non-str tested against a str (TypeError), str subclasses, and the empty str.


class Text(str):
    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"

    def __contains__(self, c):
        return c == "z"


def scan(s, n):
    digits = 0
    spaces = 0
    out = []
    for i in range(n):
        c = s[i % len(s)]
        if c in "0123456789":
            digits += 1
        elif c not in " \t":
            out.append(c)
        else:
            spaces += 1
        flag = c in "aeiou"
        digits += flag
    return digits, spaces, "".join(out[-12:])


def edges(n):
    s = "héllo wörld"
    log = []
    for i in range(n):
        j = i % 15 - 3
        try:
            log.append(s[j])
        except IndexError as e:
            log.append("IndexError: %s" % e)
        k = [True, 2**70, 1][i % 3] if i % 50 == 0 else 1
        try:
            log.append(s[k])
        except IndexError as e:
            log.append("IndexError: %s" % e)
        x = [5, "ö", "", "wö", None][i % 5]
        try:
            log.append(x in s)
        except TypeError as e:
            log.append("TypeError: %s" % e)
    return log[-30:]


def subclass(n):
    t = Text("abc")
    acc = []
    for i in range(n):
        acc.append(t[i % 3])
        acc.append("z" in t)
        acc.append("a" in t)
    return acc[-9:]


print(scan("ab1 c\t23 def 4 ghi", 3000))
print(edges(3000))
print(subclass(3000))
