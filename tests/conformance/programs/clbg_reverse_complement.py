# The Computer Language Benchmarks Game: reverse-complement, in the shape of the
# published Python 3 program: sequences read from sys.stdin.buffer, complemented with
# bytes.maketrans/translate, reversed and written 60 per line to sys.stdout.buffer.

import sys

COMPLEMENTS = bytes.maketrans(
    b'ACBDGHKMNSRUTWVYacbdghkmnsrutwvy',
    b'TGVHCDMKNSYAAWBRTGVHCDMKNSYAAWBR')


def reverse_complement(header, sequence):
    sequence = sequence.translate(COMPLEMENTS, b'\n\r')
    sequence = sequence[::-1]
    out = [header]
    for i in range(0, len(sequence), 60):
        out.append(sequence[i:i + 60] + b'\n')
    return b''.join(out)


def read_sequences(file):
    header = None
    chunks = []
    for line in file:
        if line[:1] == b'>':
            if header is not None:
                yield header, b''.join(chunks)
            header = line
            chunks = []
        else:
            chunks.append(line)
    if header is not None:
        yield header, b''.join(chunks)


def main():
    write = sys.stdout.buffer.write
    for header, sequence in read_sequences(sys.stdin.buffer):
        write(reverse_complement(header, sequence))
    sys.stdout.buffer.flush()


if __name__ == '__main__':
    main()
