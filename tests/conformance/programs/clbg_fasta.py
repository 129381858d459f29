# The Computer Language Benchmarks Game: fasta, in the shape of the published Python 3
# program (linear congruential generator, bisect over cumulative probabilities, lines
# written as bytes to sys.stdout.buffer).

import sys
import bisect

alu = (
    'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG'
    'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA'
    'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT'
    'ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA'
    'GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG'
    'AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC'
    'AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA')

iub = list(zip('acgtBDHKMNRSVWY', [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))

homosapiens = [
    ('a', 0.3029549426680),
    ('c', 0.1979883004921),
    ('g', 0.1975473066391),
    ('t', 0.3015094502008),
]


def genRandom(ia=3877, ic=29573, im=139968):
    seed = 42
    imf = float(im)
    while 1:
        seed = (seed * ia + ic) % im
        yield seed / imf


Random = genRandom()


def makeCumulative(table):
    P = []
    C = []
    prob = 0.
    for char, p in table:
        prob += p
        P += [prob]
        C += [ord(char)]
    return (P, C)


def repeatFasta(src, n):
    width = 60
    r = len(src)
    s = (src + src + src[:n % r]).encode()
    write = sys.stdout.buffer.write
    for j in range(n // width):
        i = j * width % r
        write(s[i:i + width] + b'\n')
    if n % width:
        write(s[-(n % width):] + b'\n')


def randomFasta(table, n):
    width = 60
    r = range(width)
    gR = Random.__next__
    bb = bisect.bisect
    probs, chars = makeCumulative(table)
    write = sys.stdout.buffer.write
    for j in range(n // width):
        x = bytes([chars[bb(probs, gR())] for i in r])
        write(x + b'\n')
    if n % width:
        write(bytes([chars[bb(probs, gR())] for i in range(n % width)]) + b'\n')


def main(n):
    out = sys.stdout.buffer
    out.write(b'>ONE Homo sapiens alu\n')
    repeatFasta(alu, n * 2)
    out.write(b'>TWO IUB ambiguity codes\n')
    randomFasta(iub, n * 3)
    out.write(b'>THREE Homo sapiens frequency\n')
    randomFasta(homosapiens, n * 5)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
