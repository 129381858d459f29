"""textwrap: wrap/fill over many texts and options (hyphens, long words,
max_lines), dedent, indent, shorten."""
import random

TEXTS = [
    'The quick brown fox jumps over the lazy dog.',
    'Hello there.  How are you? I am fine! "Quoted." ok',
    'A well-known state-of-the-art multi-word hyphenated-expression x-y a-b-c-d',
    'This is--an em-dash--test with -- spaces and---triple dashes',
    'supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopic',
    '  leading and trailing spaces   ',
    'tabs\there\tand\nnewlines\n\nand\x0bvtab\x0cff\rcr',
    'numbers 123-456 and 1-2-3 a1-b2 -leading -- trailing- dash- -x',
    'ünïcödé wörds-hyphénated ñ-ñ Ελληνικά-λέξη',
    '', ' ', 'x', 'one-two', '--', 'a--b', 'word--', '--word', 'e.g. i.e. Mr. Smith went.',
    'long-hyphenated-word-that-goes-on-and-on-forever-and-ever-more',
    "it's a 'quote' and \"double\" (paren) [bracket] {brace} end.",
]


def run(t):
    rng = random.Random(11)
    for text in TEXTS:
        for width in (1, 2, 5, 8, 10, 15, 20, 40, 70):
            t.same('wrap %r %d' % (text, width), lambda m: m.wrap(text, width))
        for trial in range(12):
            kw = dict(width=rng.choice([3, 6, 9, 12, 18, 30]),
                      initial_indent=rng.choice(['', '* ', '    ']),
                      subsequent_indent=rng.choice(['', '  ', '-> ']),
                      expand_tabs=rng.choice([True, False]),
                      replace_whitespace=rng.choice([True, False]),
                      fix_sentence_endings=rng.choice([True, False]),
                      break_long_words=rng.choice([True, False]),
                      drop_whitespace=rng.choice([True, False]),
                      break_on_hyphens=rng.choice([True, False]),
                      tabsize=rng.choice([2, 8]))
            if rng.random() < 0.4:
                kw['max_lines'] = rng.choice([1, 2, 3])
                kw['placeholder'] = rng.choice([' [...]', '...', ' ~'])
            t.same('wrap %r %r' % (text, kw), lambda m: m.wrap(text, **kw))
        t.same('fill %r' % text, lambda m: m.fill(text, 12, initial_indent='> '))
        for w in (5, 10, 20, 50):
            t.same('shorten %r %d' % (text, w), lambda m: m.shorten(text, w))
    t.same('width 0', lambda m: m.wrap('abc', 0))
    t.same('placeholder too large', lambda m: m.wrap('abc def', 3, max_lines=1))
    dedents = ['    a\n    b\n', '  a\n    b\n  c', '\ta\n\t\tb', '  a\n\tb', '   \n  a\n  \n  b', 'a\n  b',
               '  x\n\n  y\n', '    \t  \n', '', '\n\n', '  a\r\n  b\r\n', ' \t a\n \t b\n  c']
    for d in dedents:
        t.same('dedent %r' % d, lambda m: m.dedent(d))
    for text in ['a\nb\n\nc', '  x\n\ty\n', 'no newline', '\n', 'a\r\nb\rc']:
        t.same('indent %r' % text, lambda m: m.indent(text, '>> '))
        t.same('indent pred %r' % text, lambda m: m.indent(text, '+', lambda line: True))

    def wrapper_obj(m):
        w = m.TextWrapper(width=10, break_on_hyphens=False)
        return w.wrap('alpha-beta-gamma delta'), w.fill('x ' * 12)
    t.same('TextWrapper object', wrapper_obj)

    # the chunker against CPython's regular expression, on random strings
    alphabet = 'aZé1_-- .!"\'x\t'
    for i in range(3000):
        s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(1, 14)))
        t.same('split %r' % s, lambda m: m.TextWrapper()._split(s))
        t.same('split simple %r' % s, lambda m: m.TextWrapper(break_on_hyphens=False)._split(s))
