# sys.stdin.buffer / sys.stdout.buffer / sys.stderr.buffer: bytes in and out unchanged,
# stdin fed from stdio_buffer.in (tests/regen.sh and the test runners feed the file).
import sys

out = sys.stdout.buffer
print(out.writable(), out.readable(), sys.stdin.buffer.readable())
sys.stdout.flush()
out.write(b'bytes \xff\x00\n')
print(out.write(bytearray(b'arr\n')), out.write(memoryview(b'mv\n')))
out.flush()
try:
    out.write('text')
except TypeError as e:
    print('TypeError', e)
sys.stdout.flush()
inp = sys.stdin.buffer
print(inp.readline())
print(inp.readline(3), inp.readline())
print(inp.read(5))
rest = inp.readlines()
print(len(rest), rest[-1])
print(inp.read(), inp.readline())
sys.stderr.buffer.write(b'to stderr\n')
sys.stderr.flush()
