#!/usr/bin/env python3
"""Malformed variants of stdlib files, compared between coil and CPython 3.11.

Usage: python3 crates/syntax/tools/error_mutants.py COIL OUTDIR [COUNT] [SEED]

Writes COUNT files (default 1500) to OUTDIR, each a stdlib file with one line mutated
(dropped colon or bracket, extra bracket, re-indented line, bad number, unterminated
string, '=' / '==' / ':=' swaps, dropped or doubled keyword, junk after the statement,
a word replaced by a keyword, f-string, lambda and match/case damage), keeping only
variants CPython rejects. Then runs `python3 FILE` (for CPython's exact stderr, cached
as FILE.cpy: the file cannot run since it does not compile) and `COIL --check FILE`,
and prints how many agree and the most frequent differing messages. Differences are
written to OUTDIR/diff.txt. Not part of the test suite; new fixes become cases in
tests/syntax_errors/.
"""
import collections
import concurrent.futures as cf
import os
import random
import re
import subprocess
import sys
import sysconfig
import warnings


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for d, dn, fn in os.walk(root):
        dn[:] = sorted(x for x in dn if x not in ("site-packages", "dist-packages", "__pycache__"))
        out += [os.path.join(d, f) for f in sorted(fn) if f.endswith(".py")]
    return out


def muts(line, rng):
    s = line.rstrip('\n')
    m = []
    if s.rstrip().endswith(':'):
        m.append(('colon', s.rstrip()[:-1]))
    for o, c in ('()', '[]', '{}'):
        if c in s:
            i = s.rindex(c); m.append(('dropclose', s[:i] + s[i+1:]))
        if o in s:
            i = s.index(o); m.append(('extraopen', s[:i] + o + s[i:]))
            m.append(('dropopen', s[:i] + s[i+1:]))
    ind = len(s) - len(s.lstrip())
    if s.strip():
        m.append(('indent+', ' ' + s)); m.append(('indent++', '    ' + s))
        if ind: m.append(('dedent', s[1:]))
    if re.search(r'\b\d+\b', s):
        m.append(('badnum', re.sub(r'\b(\d+)\b', r'\1_', s, count=1)))
        m.append(('badnum2', re.sub(r'\b(\d+)\b', r'0\1x', s, count=1)))
        m.append(('badnum3', re.sub(r'\b(\d+)\b', r'\1abc', s, count=1)))
    for q in ('"', "'"):
        if s.count(q) >= 2:
            i = s.rindex(q); m.append(('unterm', s[:i] + s[i+1:]))
    if ' = ' in s:
        m.append(('eq2', s.replace(' = ', ' == ', 1)))
        m.append(('assignkw', s.replace(' = ', ' = if ', 1)))
        lhs = s.split(' = ')[0]
        m.append(('assignlit', s[:ind] + '1 = ' + s.split(' = ', 1)[1]))
        m.append(('assigncall', s[:ind] + 'f() = ' + s.split(' = ', 1)[1]))
        m.append(('walrus', s.replace(' = ', ' := ', 1)))
        m.append(('star', s[:ind] + '*' + s[ind:]))
    if ' == ' in s:
        m.append(('eq1', s.replace(' == ', ' = ', 1)))
    for kw in ('return', 'if', 'for', 'while', 'def', 'class', 'import', 'with', 'lambda', 'in', 'not', 'and', 'else', 'yield', 'await', 'del'):
        if re.search(r'\b%s\b' % kw, s):
            m.append(('dropkw_' + kw, re.sub(r'\b%s\b ?' % kw, '', s, count=1)))
            m.append(('dupkw_' + kw, re.sub(r'\b%s\b' % kw, kw + ' ' + kw, s, count=1)))
    if s.strip():
        for junk in (' else', ' pass', ' in', ' :', ' ,', ' .', ' lambda', ' =', ' ->', ' **', ' @', ' $', ' ?', ' !'):
            m.append(('junk' + junk.strip(), s + junk))
        words = list(re.finditer(r'\b\w+\b', s))
        if words:
            w = rng.choice(words)
            for kw in ('class', 'def', 'yield', 'import', 'finally', 'None', 'True', 'async'):
                m.append(('repl_' + kw, s[:w.start()] + kw + s[w.end():]))
    if "f'" in s or 'f"' in s:
        for pat, rep in ((r'\{', '{!'), (r'\}', '!z}'), (r'\{', '{}'), (r'\}', '='), (r'\}', ':{'), (r'\{', '{ '), (r'\}', ')}')):
            m.append(('fstr' + rep, re.sub(pat, rep, s, count=1)))
    if 'lambda' in s:
        m.append(('lambda', s.replace('lambda', 'lambda (x)', 1)))
        m.append(('lambda2', s.replace('lambda', 'lambda *', 1)))
    if s.strip().startswith(('case ', 'match ')):
        m.append(('case', s.replace('case ', 'case 1 + ', 1)))
        m.append(('case2', s.replace('case ', 'case f(', 1)))
        m.append(('case3', s.replace(':', ' | *x:', 1)))
    return m



def generate(out, n_want, seed):
    warnings.simplefilter("ignore")
    rng = random.Random(seed)
    files = stdlib_files()
    os.makedirs(out, exist_ok=True)
    made = tries = 0
    while made < n_want and tries < n_want * 50:
        tries += 1
        try:
            with open(rng.choice(files), encoding="utf-8") as fh:
                lines = fh.read().split("\n")
        except (OSError, UnicodeDecodeError):
            continue
        if len(lines) < 3:
            continue
        i = rng.randrange(len(lines))
        ms = muts(lines[i], rng)
        if not ms:
            continue
        kind, lines[i] = rng.choice(ms)
        text = "\n".join(lines)
        try:
            compile(text, "x.py", "exec", dont_inherit=True)
            continue
        except (SyntaxError, ValueError):
            pass
        except Exception:
            continue
        name = os.path.join(out, "m%04d_%s.py" % (made, re.sub(r"\W", "", kind)))
        with open(name, "w", encoding="utf-8") as fh:
            fh.write(text)
        made += 1


def compare(d, coil):
    files = sorted(f for f in os.listdir(d) if f.endswith(".py"))

    def cpython(f):
        p = os.path.join(d, f)
        c = p[:-3] + ".cpy"
        if not os.path.exists(c):
            r = subprocess.run([sys.executable, p], capture_output=True, cwd=d, timeout=30)
            with open(c, "wb") as fh:
                fh.write(r.stderr)
        with open(c, "rb") as fh:
            return fh.read().decode("utf-8", "replace")

    def coil_err(f):
        try:
            r = subprocess.run([coil, "--check", os.path.join(d, f)], capture_output=True,
                               timeout=20)
        except subprocess.TimeoutExpired:
            return "TIMEOUT\n"
        err = r.stderr.decode("utf-8", "replace")
        return err if r.returncode < 100 else "CRASH %d\n%s" % (r.returncode, err)

    with cf.ThreadPoolExecutor(4) as ex:
        want = list(ex.map(cpython, files))
        got = list(ex.map(coil_err, files))
    bad = collections.Counter()
    out = []
    for f, w, g in zip(files, want, got):
        if w != g:
            last = w.strip().splitlines()[-1] if w.strip() else ""
            bad[last[:80]] += 1
            out.append("=== %s\n--- CPython\n%s--- coil\n%s" % (f, w, g))
    print("%d files, %d agree, %d differ" % (len(files), len(files) - len(out), len(out)))
    for k, v in bad.most_common(30):
        print("%4d  %s" % (v, k))
    with open(os.path.join(d, "diff.txt"), "w") as fh:
        fh.write("".join(out))


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    coil, out = argv[0], argv[1]
    count = int(argv[2]) if len(argv) > 2 else 1500
    seed = int(argv[3]) if len(argv) > 3 else 1
    if not any(f.endswith(".py") for f in os.listdir(out)) if os.path.isdir(out) else True:
        generate(out, count, seed)
    compare(out, coil)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
