"""Locale services, as far as coil has them (CPython 3.11's `locale` API): coil runs
in the "C" locale with UTF-8 text, so setlocale() accepts "C", "POSIX", "C.UTF-8"
(and "" for the environment's, which is one of those or raises locale.Error like an
unknown name); localeconv() is the C locale's; format_string/str/atof/atoi/currency
follow it (no digit grouping); strcoll/strxfrm compare code points."""

import sys
import os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding"]

_builtin_str = str


class Error(Exception):
    pass


LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                   'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',
                   'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                   'LC_IDENTIFICATION']

# CPython sets LC_CTYPE from the environment at start-up; the others stay "C".
_current = {c: 'C' for c in range(6)}
_current[LC_CTYPE] = 'C.UTF-8'

_ACCEPTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8',
             'C.UTF8': 'C.UTF-8', 'C.utf-8': 'C.UTF-8'}


def _env_locale(category):
    for name in ('LC_ALL', _CATEGORY_NAMES[category] if category < 6 else 'LC_ALL',
                 'LANG'):
        v = os.environ.get(name)
        if v:
            return v
    return 'C'


def setlocale(category, locale=None):
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            vals = [_current[c] for c in range(6)]
            if all(v == vals[0] for v in vals):
                return vals[0]
            parts = ['%s=%s' % (_CATEGORY_NAMES[c], _current[c if c < 6 else 1]
                                if c < 6 else 'C') for c in range(12)]
            return ';'.join(parts)
        return _current[category]
    if locale == '':
        locale = _env_locale(category)
    name = _ACCEPTED.get(locale)
    if name is None:
        raise Error("unsupported locale setting")
    cats = range(6) if category == LC_ALL else [category]
    for c in cats:
        _current[c] = name
    return name


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
            'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '',
            'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    # The C locale: no grouping, '.' as the decimal point.
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    if percent[0] != '%':
        raise ValueError("format() must be given exactly one %char format specifier")
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


def getencoding():
    # The codeset of the current LC_CTYPE (the C locale's is ASCII).
    return 'UTF-8' if _current[LC_CTYPE] == 'C.UTF-8' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    if do_setlocale:
        return 'UTF-8'
    return getencoding()


def normalize(localename):
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if code in ('c', 'posix'):
        return 'C'
    if code in ('c.utf8', 'c.utf-8'):
        return 'en_US.UTF-8'
    lang, _, enc = localename.partition('.')
    if not enc:
        return localename + '.ISO8859-1' if '_' in localename else localename
    enc_norm = enc.replace('-', '').upper()
    if enc_norm == 'UTF8':
        enc = 'UTF-8'
    return lang + '.' + enc


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        names = set(_current.values())
        if len(names) > 1:
            raise TypeError('category LC_ALL is not supported')
        name = names.pop()
    else:
        name = _current[category]
    if name == 'C.UTF-8':
        return ('en_US', 'UTF-8')
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn(
        "'locale.getdefaultlocale' is deprecated and slated for removal in "
        "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
        DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    if localename in ('C.UTF-8', 'C.utf8'):
        return ('en_US', 'UTF-8')
    try:
        return _parse_localename(localename)
    except ValueError:
        return (None, None)


def resetlocale(category=LC_ALL):
    setlocale(category, 'C')
