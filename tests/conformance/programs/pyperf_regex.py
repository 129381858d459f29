"""regex_v8 / regex_effbot / regex_dna style benchmark."""
import re
import time
import sys

# effbot-style: many patterns against many strings
def gen_regex_table():
    return [
        re.compile('Python|Perl'),
        re.compile('Python|Perl'),
        re.compile('(Python|Perl)'),
        re.compile('(?:Python|Perl)'),
        re.compile('Python'),
        re.compile('Python'),
        re.compile('.*Python'),
        re.compile('.*Python.*'),
        re.compile('.*(Python)'),
        re.compile('.*(?:Python)'),
        re.compile('Python|Perl|Tcl'),
        re.compile('Python|Perl|Tcl'),
        re.compile('(Python|Perl|Tcl)'),
        re.compile('(?:Python|Perl|Tcl)'),
        re.compile('(Python)\\1'),
        re.compile('(Python)\\1'),
        re.compile('([0a-z][a-z0-9]*,)+'),
        re.compile('(?:[0a-z][a-z0-9]*,)+'),
        re.compile('([a-z][a-z0-9]*,)+'),
        re.compile('(?:[a-z][a-z0-9]*,)+'),
        re.compile('.*P.*y.*t.*h.*o.*n.*')]


def gen_string_table(n):
    strings = []

    def append(s):
        strings.append(s)
    append('-' * n + 'Perl' + '-' * n)
    append('P' * n + 'Python' + 'P' * n)
    append('-' * n + 'Perl' + '-' * n)
    append('-' * n + 'Perl' + '-' * n)
    append('-' * n + 'Python' + '-' * n)
    append('P' * n + 'Python' + 'P' * n)
    append('-' * n + 'Python' + '-' * n)
    append('-' * n + 'Python' + '-' * n)
    append('-' * n + 'Python' + '-' * n)
    append('-' * n + 'Python' + '-' * n)
    append('-' * n + 'Perl' + '-' * n)
    append('P' * n + 'Perl' + 'P' * n)
    append('-' * n + 'Perl' + '-' * n)
    append('-' * n + 'Perl' + '-' * n)
    append('-' * n + 'PythonPython' + '-' * n)
    append('P' * n + 'PythonPython' + 'P' * n)
    append('-' * n + 'a5,b7,c9,' + '-' * n)
    append('-' * n + 'a5,b7,c9,' + '-' * n)
    append('-' * n + 'a5,b7,c9,' + '-' * n)
    append('-' * n + 'a5,b7,c9,' + '-' * n)
    append('-' * n + 'Python' + '-' * n)
    return strings


def run_effbot(n):
    regexs = gen_regex_table()
    strings = gen_string_table(n)
    results = []
    for regex, string in zip(regexs, strings):
        m = regex.search(string)
        results.append(None if m is None else (m.span(), m.groups()))
    return results


# regex_dna-style
SEQ = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGA"
       "TCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACT"
       "AAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAG"
       "GCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCG"
       "CCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAAGGCCGGGCGCGGT")


def run_dna(seq):
    variants = (
        'agggtaaa|tttaccct',
        '[cgt]gggtaaa|tttaccc[acg]',
        'a[act]ggtaaa|tttacc[agt]t',
        'ag[act]gtaaa|tttac[agt]ct',
        'agg[act]taaa|ttta[agt]cct',
        'aggg[acg]aaa|ttt[cgt]ccct',
        'agggt[cgt]aa|tt[acg]accct',
        'agggta[cgt]a|t[acg]taccct',
        'agggtaa[cgt]|[acg]ttaccct')
    seq = seq.lower() * 3
    out = []
    for f in variants:
        out.append((f, len(re.findall(f, seq))))
    subst = {
        'tHa[Nt]': '<4>', 'aND|caN|Ha[DS]|WaS': '<3>', 'a[NSt]|BY': '<2>',
        '<[^>]*>': '|', '\\|[^|][^|]*\\|': '-'}
    s = seq
    for f, r in list(subst.items()):
        s = re.sub(f, r, s)
    out.append(len(s))
    out.append(re.sub('gg(c|a)', lambda m: m.group(1).upper(), seq)[:60])
    return out


# v8-style: exercise many API points
def run_v8():
    out = []
    date = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)')
    m = date.search('Released on 2023-10-02 and 2024-01-15.')
    out.append((m.group('year'), m['month'], m.groupdict(), m.start('day'), m.end(), m.lastgroup, m.lastindex))
    out.append([x.groupdict() for x in date.finditer('2023-10-02 2024-01-15')])
    out.append(date.sub(r'\g<day>/\g<month>/\g<year>', 'a 2023-10-02 b'))
    out.append(date.sub(lambda m: str(int(m['year']) + 1), '2023-10-02, 1999-12-31', count=1))
    out.append(re.subn(r'\s+', ' ', 'a  b\t\tc\n d'))
    out.append(re.split(r'(,)\s*', 'a, b,c,   d'))
    out.append(re.split(r'\W+', 'Words, words, words.', maxsplit=1))
    out.append(re.findall(r'(\w+)=(\d+)', 'a=1 b=22 c=x d=4'))
    out.append(re.fullmatch(r'[a-z]+', 'abc') is not None)
    out.append(re.match(r'(?i)hello', 'HeLLo world').group())
    out.append(re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
    out.append(re.findall(r'a.c', 'a\nc abc', re.S))
    out.append(re.search(r'''(?x) \d+  # number
                              \s* [a-z]+ ''', 'xx 42 apples').group())
    out.append(re.escape('a.b*c?d[e]'))
    out.append(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
    out.append(re.findall(r'\b\w+(?!ing\b)\b', 'sing singing ring'))
    out.append(re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
    out.append(re.match(r'(a)(b)?(c)', 'ac').groups(default='-'))
    out.append(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
    p = re.compile(r'(\d+)(?:px|em)', re.IGNORECASE)
    out.append((p.pattern, p.flags & re.I != 0, p.groups, p.groupindex))
    out.append(p.findall('10px 2EM 3pt'))
    out.append(re.findall(r'[\u00e0-\u00ff]+', 'caf\u00e9 na\u00efve'))
    out.append(re.sub('x*', '-', 'abxd'))
    out.append(re.match(r'(?P<a>x)(?P=a)', 'xx').span())
    out.append(re.search(r'(a|b)*c', 'ababc').group(1))
    out.append(re.findall(rb'\d+', b'a1b22'))
    out.append(re.compile(r'\d').sub('#', 'a1b2', 1))
    out.append(re.sub(r'(?m)^', '> ', 'a\nb'))
    out.append(re.search(r'(?s:.)+', 'a\nb').group())
    out.append(re.findall(r'\d{2,3}?', '12345'))
    out.append(bool(re.search(r'\Aabc\Z', 'abc')))
    m = re.match(r'(\w)(\w)?', 'a')
    out.append((m.group(0, 1, 2), m.span(2), m.expand(r'[\1]')))
    try:
        re.compile('(unclosed')
    except re.error as e:
        out.append(('error', str(e), e.pos))
    try:
        re.compile('a**')
    except re.error as e:
        out.append(('error', str(e)))
    out.append(repr(re.compile(r'a+b', re.I | re.M)))
    out.append(repr(re.match('a', 'abc')))
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    t0 = time.perf_counter()
    for r in run_effbot(n):
        print(r)
    for r in run_dna(SEQ):
        print(r)
    for r in run_v8():
        print(r)
    assert time.perf_counter() >= t0
