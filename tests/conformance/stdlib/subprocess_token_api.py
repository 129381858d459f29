# subprocess, token and tokenize: the parts coil provides (constants, result and error
# classes, list2cmdline, token numbers).
import subprocess
import token
import tokenize

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', '', 'x\\"y', 'tab\there']))
cp = subprocess.CompletedProcess(['x'], 0, b'o')
print(cp, cp.returncode)
cp.check_returncode()
bad = subprocess.CompletedProcess('ls -l', 3, stderr=b'no')
print(bad)
try:
    bad.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.stdout, e.stderr)
print(subprocess.CalledProcessError(-9, ['a']))
print(subprocess.TimeoutExpired('sleep', 1.5))
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(token.tok_name[token.NAME], token.OP, token.NUMBER, token.ENDMARKER)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET), token.ISEOF(0))
print(token.EXACT_TOKEN_TYPES['**='] == token.DOUBLESTAREQUAL, len(token.tok_name))
ti = tokenize.TokenInfo(tokenize.OP, '+', (1, 0), (1, 1), '+\n')
print(ti, ti.exact_type == token.PLUS)
