"""spambayes-style tokenizer and classifier."""
import re
import math
import time
import email
from email import message_from_string
from collections import defaultdict

url_re = re.compile(r"""
    (https? | ftp)  # capture the protocol
    ://             # skip the boilerplate
    ([^\s<>"'\x7f-\xff]+)  # capture the guts
""", re.VERBOSE)
urlsep_re = re.compile(r"[;?:@&=+,$.]")
has_highbit_char = re.compile(r"[\x80-\xff]").search
html_re = re.compile(r"""
    <
    (?![\s<>])  # e.g., don't match 'a < b' or '<<<' or 'i<<5' or 'a<>b'
    [^>]{0,256}   # search for the end '>', but don't run wild
    >
""", re.VERBOSE | re.DOTALL)
subject_word_re = re.compile(r"[\w\x80-\xff$.%]+")
punctuation_run_re = re.compile(r'\W+')
fname_sep_re = re.compile(r'[/\\:]')


def crack_urls(text):
    for proto, guts in url_re.findall(text):
        yield "proto:" + proto
        for piece in urlsep_re.split(guts):
            if piece:
                yield "url:" + piece.lower()


def tokenize_word(word, _len=len, maxword=12):
    n = _len(word)
    if 3 <= n <= maxword:
        yield word
    elif n >= 3:
        if n < 40 and '.' in word and word.count('@') == 1:
            p1, p2 = word.split('@')
            yield 'email name:' + p1
            for piece in p2.split('.'):
                yield 'email addr:' + piece
        else:
            yield "skip:%c %d" % (word[0], n // 10 * 10)
        if has_highbit_char(word):
            hicount = 0
            for i in map(ord, word):
                if i >= 128:
                    hicount += 1
            yield "8bit%%:%d" % round(hicount * 100.0 / len(word))


def tokenize_headers(msg):
    for k in sorted(msg.keys()):
        yield "header:" + k.lower()
    subj = msg.get('Subject', '')
    for w in subject_word_re.findall(subj):
        for t in tokenize_word(w.lower()):
            yield 'subject:' + t
    for w in punctuation_run_re.findall(subj):
        yield 'subject:' + w
    frm = msg.get('From', '')
    name, _, addr = frm.rpartition('<')
    yield 'from:' + addr.rstrip('>').lower()


def tokenize(text):
    msg = message_from_string(text)
    yield from tokenize_headers(msg)
    body = msg.get_payload()
    body = html_re.sub(' ', body)
    yield from crack_urls(body)
    for w in body.lower().split():
        yield from tokenize_word(w)


class Classifier:
    def __init__(self):
        self.spam = defaultdict(int)
        self.ham = defaultdict(int)
        self.nspam = 0
        self.nham = 0

    def learn(self, tokens, is_spam):
        counts = self.spam if is_spam else self.ham
        for t in set(tokens):
            counts[t] += 1
        if is_spam:
            self.nspam += 1
        else:
            self.nham += 1

    def probability(self, tok):
        s = self.spam.get(tok, 0) / max(self.nspam, 1)
        h = self.ham.get(tok, 0) / max(self.nham, 1)
        if s + h == 0:
            return 0.5
        p = s / (s + h)
        n = self.spam.get(tok, 0) + self.ham.get(tok, 0)
        return (0.45 * 0.5 + n * p) / (0.45 + n)

    def score(self, tokens):
        probs = sorted((abs(self.probability(t) - 0.5), self.probability(t)) for t in set(tokens))[-15:]
        H = S = 1.0
        for _, p in probs:
            S *= 1.0 - p
            H *= p
        S = 1.0 - math.pow(S, 1.0 / max(len(probs), 1))
        H = 1.0 - math.pow(H, 1.0 / max(len(probs), 1))
        return (S - H + 1.0) / 2.0


SPAM = """From: Winner <prize@lottery.example.com>
To: you@example.org
Subject: You WON $1,000,000!!! Claim now
Content-Type: text/plain

Congratulations!!! Visit http://lottery.example.com/claim?id=12345&x=y to claim
your <b>FREE</b> prize. Unsubscribe: ftp://spam.example.net/remove caf\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9\xe9
"""

HAM = """From: Alice <alice@work.example.org>
To: bob@work.example.org
Subject: Re: meeting notes for tuesday
Date: Tue, 1 Jan 2019 10:00:00 +0000

Hi Bob, attached are the notes from the meeting. Let me know what you think
about the schedule; the repository is at https://git.example.org/team/repo.
supercalifragilisticexpialidocious alice.smith@example.org
"""


if __name__ == "__main__":
    t0 = time.perf_counter()
    toks_spam = list(tokenize(SPAM))
    toks_ham = list(tokenize(HAM))
    print(toks_spam)
    print(toks_ham)
    c = Classifier()
    for _ in range(3):
        c.learn(toks_spam, True)
        c.learn(toks_ham, False)
    print(round(c.score(toks_spam), 6), round(c.score(toks_ham), 6))
    print(round(c.score(list(tokenize("Subject: free prize meeting\n\nclaim your prize http://x.com/a"))), 6))
    m = email.message_from_string(HAM)
    print(m['subject'], m.get_content_type(), m.is_multipart(), m.get('X-Missing'), len(m.items()))
    assert time.perf_counter() >= t0
