"""tokenize: importable, with the token constants, TokenInfo and the error classes;
coil has no Python-level tokenizer, so tokenize(), generate_tokens(), detect_encoding()
and untokenize() raise NotImplementedError naming the function."""

from token import *
from token import EXACT_TOKEN_TYPES
import collections as _collections

__all__ = [name for name in dir() if not name.startswith('_')] + [
    'tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo',
    'TokenError', 'open']


class TokenInfo(_collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _unsupported(name):
    raise NotImplementedError('coil has no Python-level tokenizer: tokenize.%s is not '
                              'supported' % name)


def tokenize(readline):
    _unsupported('tokenize')


def generate_tokens(readline):
    _unsupported('generate_tokens')


def detect_encoding(readline):
    _unsupported('detect_encoding')


def untokenize(iterable):
    _unsupported('untokenize')


def open(filename):
    _unsupported('open')
