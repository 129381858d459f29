# The Computer Language Benchmarks Game: regex-redux, in the shape of the published
# Python 3 program: headers and newlines removed with re.sub, the variant patterns
# counted with re.findall over a multiprocessing Pool, the IUB codes substituted.

import re
from sys import stdin
from multiprocessing import Pool


def init(arg):
    global seq
    seq = arg


def var_find(f):
    return len(re.findall(f, seq))


def main():
    raw = stdin.buffer.read().decode('latin-1')
    seq = re.sub('>.*\n|\n', '', raw)
    ilen = len(raw)
    clen = len(seq)

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

    subst = (
        (r'tHa[Nt]', '<4>'), (r'aND|caN|Ha[DS]|WaS', '<3>'), (r'a[NSt]|BY', '<2>'),
        (r'<[^>]*>', '|'), (r'\|[^|][^|]*\|', '-'))

    with Pool(initializer=init, initargs=(seq,)) as pool:
        for f, r in zip(variants, pool.imap(var_find, variants)):
            print(f, r)

    for f, r in subst:
        seq = re.sub(f, r, seq)

    print()
    print(ilen)
    print(clen)
    print(len(seq))


if __name__ == '__main__':
    main()
