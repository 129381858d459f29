"""Random-pattern fuzzer: coil's re against CPython's, with a time limit per case.

Run with CPython 3.11 (a long run, not part of any test suite):

    python3 lib/_test/re_fuzz.py COIL_BIN [--seed S] [--n N] [--timeout T]

Generates N random (pattern, flags, subject) cases, runs every re entry point on
each (compile, search, match, fullmatch, findall, finditer, split, subn, sub with
a callable, for str and for latin-1 bytes) under CPython and under coil, and
prints each case whose results differ, and each case on which coil takes longer
than T seconds while CPython does not (a hang). Cases CPython itself cannot
finish in T seconds are skipped. The same file is the worker both
interpreters run (`--worker CASES START`): one output line per case.
"""

import sys

ATOMS = ['a', 'b', 'c', 'A', '.', '[ab]', '[^a]', '[a-c]', r'\d', r'\w', r'\s',
         r'\W', r'\S', r'\D', r'\b', r'\B', '^', '$', r'\A', r'\Z', 'é', '[é-ÿ]',
         r'\n', ' ', '[^\\s]', '[\\d_]', 'K', 'k', 'ſ', 'S', '[A-Z]', '[^\\W\\d]',
         'ab', 'abc', r'\.', '[.]', '[-a]', '[a-]', r'\x41', r'\u00e9', '[^ -~]']
ALPH = 'aabbc AB1_\nékKſSs.-'


def gen_cases(seed, n):
    import random
    import re
    rnd = random.Random(seed)

    def atom(d, ng):
        r = rnd.random()
        if d > 3 or r < 0.5:
            return rnd.choice(ATOMS)
        if r < 0.62:
            ng[0] += 1
            return '(' + expr(d + 1, ng) + ')'
        if r < 0.68:
            return '(?:' + expr(d + 1, ng) + ')'
        if r < 0.71:
            return '(?=' + expr(d + 1, ng) + ')'
        if r < 0.74:
            return '(?!' + expr(d + 1, ng) + ')'
        if r < 0.77:
            return '(?<=' + rnd.choice(['a', 'b', 'ab', '[ab]c', r'\d', 'a|bc']) + ')'
        if r < 0.79:
            return '(?<!' + rnd.choice(['a', 'b', 'ab', r'\s']) + ')'
        if r < 0.82:
            return '(?>' + expr(d + 1, ng) + ')'
        if r < 0.84:
            return '(?' + rnd.choice(['i', 's', 'm', 'x', '-i', 'i-s']) + ':' + expr(d + 1, ng) + ')'
        if r < 0.89 and ng[0] > 0:
            return '\\%d' % rnd.randint(1, ng[0])
        if r < 0.92:
            ng[0] += 1
            return '(?P<g%d>' % ng[0] + expr(d + 1, ng) + ')'
        if r < 0.94 and ng[0] > 0:
            return '(?P=g%d)' % rnd.randint(1, ng[0])
        if r < 0.97 and ng[0] > 0:
            return '(?(%d)%s|%s)' % (rnd.randint(1, ng[0]), rnd.choice('ab'), rnd.choice(['c', '']))
        return rnd.choice(ATOMS)

    def quant(a):
        if rnd.random() < 0.6:
            return a
        q = rnd.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}', '{0}', '{3,1}', '{1'])
        m = rnd.random()
        if m < 0.25:
            q += '?'
        elif m < 0.35:
            q += '+'
        return a + q

    def seq(d, ng):
        return ''.join(quant(atom(d, ng)) for _ in range(rnd.randint(1, 4)))

    def expr(d, ng):
        parts = [seq(d, ng) for _ in range(1 if rnd.random() < 0.7 else rnd.randint(2, 3))]
        return '|'.join(parts)

    out = []
    while len(out) < n:
        ng = [0]
        p = expr(0, ng)
        try:
            re.compile(p)
        except Exception:
            if rnd.random() < 0.95:
                continue
        flags = rnd.choice([0, 0, 0, 2, 8, 16, 64, 256, 2 | 256, 10, 2 | 16])
        subj = ''.join(rnd.choice(ALPH) for _ in range(rnd.randint(0, 16)))
        out.append((p, flags, subj))
    return out


def check(case):
    """One line: every entry point's result on the case, str then bytes."""
    import re
    p, flags, subj = case
    out = [repr(p), str(flags)]
    for bts in (False, True):
        pp, ss = p, subj
        if bts:
            if any(ord(c) > 255 for c in p + subj):
                continue
            pp = p.encode('latin-1')
            ss = subj.encode('latin-1')
        try:
            r = re.compile(pp, flags)
        except Exception as e:
            out.append('E ' + type(e).__name__ + ' ' + str(e))
            continue
        try:
            m = r.search(ss)
            out.append(repr(m and (m.span(), m.groups(), m.lastindex, m.lastgroup)))
            m = r.match(ss, 1)
            out.append(repr(m and (m.span(), m.groups())))
            m = r.fullmatch(ss)
            out.append(repr(m and m.span()))
            out.append(repr(r.findall(ss)))
            out.append(repr([m.span() for m in r.finditer(ss, 1, len(ss) - 1)]))
            out.append(repr(r.split(ss)))
            out.append(repr(r.subn('<\\g<0>>' if not bts else b'<\\g<0>>', ss)))
            out.append(repr(r.sub(lambda m: str(m.span()) if not bts else b'-', ss, 2)))
        except Exception as e:
            out.append('X ' + type(e).__name__ + ' ' + str(e))
    return ' | '.join(out)


def worker(path, start):
    with open(path, encoding='utf-8') as f:
        cases = [eval(line) for line in f]
    for i in range(start, len(cases)):
        print(check(cases[i]), flush=True)


def run_all(interp, path, n, timeout):
    """Lines from `interp` for every case; a case that exceeds the time limit gives None."""
    import os
    import selectors
    import subprocess
    lines = []
    while len(lines) < n:
        proc = subprocess.Popen([interp, __file__, '--worker', path, str(len(lines))],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        buf = b''
        hung = False
        while True:
            if not sel.select(timeout):
                hung = True
                break
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            buf += chunk
            *done, buf = buf.split(b'\n')
            lines.extend(x.decode('utf-8', 'replace') for x in done)
        sel.close()
        if hung:
            proc.kill()
            proc.wait()
            lines.append(None)
            continue
        rc = proc.wait()
        if rc != 0 or len(lines) < n:
            err = proc.stderr.read().decode('utf-8', 'replace').strip().splitlines()
            lines.append('CRASH rc=%d %s' % (rc, err[-1] if err else ''))
    return lines[:n]


def main(argv):
    import os
    import tempfile
    coil = argv[0]
    seed, n, timeout = 1, 2000, 5.0
    i = 1
    while i < len(argv):
        if argv[i] == '--seed':
            seed = int(argv[i + 1])
        elif argv[i] == '--n':
            n = int(argv[i + 1])
        elif argv[i] == '--timeout':
            timeout = float(argv[i + 1])
        i += 2
    cases = gen_cases(seed, n)
    fd, path = tempfile.mkstemp(suffix='.txt', prefix='re_fuzz_')
    with os.fdopen(fd, 'w', encoding='utf-8') as f:
        for c in cases:
            f.write(repr(c) + '\n')
    py = run_all(sys.executable, path, n, timeout)
    co = run_all(coil, path, n, timeout)
    bad = 0
    for k, (a, b) in enumerate(zip(py, co)):
        if a is None:
            continue
        if a != b:
            bad += 1
            print('case %d: %r' % (k, cases[k]))
            print('  python3: %s' % a)
            print('  coil:    %s' % ('HANG (time limit)' if b is None else b))
    os.unlink(path)
    skipped = sum(1 for a in py if a is None)
    print('seed %d: %d cases, %d differ, %d skipped (CPython too slow)' % (seed, n, bad, skipped))
    return 1 if bad else 0


if __name__ == '__main__':
    if sys.argv[1:2] == ['--worker']:
        worker(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main(sys.argv[1:]))
