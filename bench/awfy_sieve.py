# category: numeric
# quick: 100
# Are-we-fast-yet Sieve: sieve of Eratosthenes up to 5000 (669 primes).
import sys


def sieve(flags, size):
    prime_count = 0
    for i in range(2, size + 1):
        if flags[i - 1]:
            prime_count += 1
            k = i + i
            while k <= size:
                flags[k - 1] = False
                k += i
    return prime_count


def main(n):
    for _ in range(n):
        r = sieve([True] * 5000, 5000)
        if r != 669:
            print("wrong result", r)
            return
    print("primes", r, "iterations", n)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500)
