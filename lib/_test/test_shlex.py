"""shlex: split (posix and not, comments), quote/join, the lexer class with
punctuation_chars, against CPython on random command lines."""
import random


def run(t):
    rng = random.Random(21)
    alphabet = 'ab c"\'\\#;|&()<>-.=*é\n\t'
    for i in range(1500):
        s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 18)))
        t.same('split %r' % s, lambda m: m.split(s))
        t.same('split comments %r' % s, lambda m: m.split(s, comments=True))
        t.same('split nonposix %r' % s, lambda m: m.split(s, posix=False))
        t.same('lexer %r' % s, lambda m: list(m.shlex(s)))
        t.same('lexer posix %r' % s, lambda m: list(m.shlex(s, posix=True)))
        t.same('punct %r' % s, lambda m: list(m.shlex(s, punctuation_chars=True)))
        t.same('punct posix %r' % s, lambda m: list(m.shlex(s, posix=True, punctuation_chars='|;')))
        t.same('quote %r' % s, lambda m: (m.quote(s), m.split(m.quote(s)) == [s]))
    t.same('join', lambda m: m.join(['a b', "it's", '', 'plain', '$x']))

    def lexer_api(m):
        lx = m.shlex('a "b c" # comment\nd', posix=True)
        out = [lx.get_token(), lx.lineno]
        lx.push_token('pushed')
        out += [lx.get_token(), lx.get_token(), lx.get_token(), lx.get_token(), lx.lineno, lx.error_leader()]
        return out
    t.same('lexer api', lexer_api)
