# The Computer Language Benchmarks Game: k-nucleotide, in the shape of the published
# Python 3 program: the >THREE sequence read from sys.stdin.buffer, k-mer counts by
# collections.Counter over slices, the frame lengths spread over a multiprocessing Pool.

from sys import stdin
from collections import Counter
from multiprocessing import Pool


def count_frame(args):
    seq, frame = args
    return frame, Counter(seq[i:i + frame] for i in range(len(seq) - frame + 1))


def read_sequence(file, header):
    for line in file:
        if line[0] == ord('>'):
            if line[1:len(header) + 1] == header:
                break
    lines = []
    for line in file:
        if line[0] == ord('>'):
            break
        lines.append(line[:-1] if line.endswith(b'\n') else line)
    return b''.join(lines).upper().decode('latin-1')


def write_freqs(counts, frame, total):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for k, v in items:
        print('%s %.3f' % (k, 100.0 * v / total))
    print()


def main():
    seq = read_sequence(stdin.buffer, b'THREE')
    seqs = ['GGT', 'GGTA', 'GGTATT', 'GGTATTTTAATT', 'GGTATTTTAATTTATAGT']
    frames = sorted(set([1, 2] + [len(s) for s in seqs]))
    with Pool() as pool:
        results = dict(pool.map(count_frame, [(seq, f) for f in frames]))
    for frame in (1, 2):
        write_freqs(results[frame], frame, len(seq) - frame + 1)
    for s in seqs:
        print('%d\t%s' % (results[len(s)][s], s))


if __name__ == '__main__':
    main()
