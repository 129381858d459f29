# Text reads of standard input fed from stdin_text.in: input(), sys.stdin.readline(),
# iteration over sys.stdin, and EOFError at the end.
import sys

print(repr(input()))
print(repr(input('prompt> ')))
print(repr(sys.stdin.readline()))
n = 0
for line in sys.stdin:
    n += 1
    print(n, line.rstrip('\n').upper())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print('EOFError:', e)
