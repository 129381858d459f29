"""string.Template, textwrap, pprint, fractions, statistics, datetime usage."""
import string
import textwrap
import pprint
import fractions
from fractions import Fraction
import statistics
import datetime
import time
import calendar


def templates():
    t = string.Template('$who likes ${what}; cost: $$${amount}')
    print(t.substitute(who='tim', what='kung pao', amount=10))
    print(t.safe_substitute(who='tim'))
    try:
        t.substitute(who='x')
    except KeyError as e:
        print('KeyError', e)
    try:
        string.Template('$ bad').substitute()
    except ValueError as e:
        print('ValueError', e)

    class MyT(string.Template):
        delimiter = '%'
        idpattern = '[a-z]+'
    print(MyT('%name is %{age}').substitute(name='x', age=3))
    print(string.Template('$a').template, string.Template('$x $y').get_identifiers(), string.Template('$x').is_valid())
    print(string.capwords('hello   big world'), string.ascii_lowercase, string.punctuation, string.digits, string.hexdigits)
    f = string.Formatter()
    print(f.format('{0}-{x}', 1, x=2), list(f.parse('a{0!r:>5}b')))


def wrapping():
    text = ("The quick brown fox jumps over the lazy dog. " * 4).strip() + " Supercalifragilisticexpialidocious-hyphenated-word."
    print(textwrap.fill(text, width=30))
    print(textwrap.wrap(text, 20)[:4])
    print(textwrap.shorten(text, width=40))
    print(textwrap.shorten('Hello  world!', width=12, placeholder=' [..]'))
    print(textwrap.indent('a\n\nb\n', '> '))
    print(textwrap.indent('a\n\nb\n', '+ ', lambda line: True))
    print(repr(textwrap.dedent('    x\n      y\n    z\n')))
    w = textwrap.TextWrapper(width=25, initial_indent='* ', subsequent_indent='  ', break_long_words=False)
    print(w.fill(text))
    print(textwrap.fill('a\tb\tc', width=10, expand_tabs=True, tabsize=4))
    print(textwrap.wrap('', 10), textwrap.wrap('word ' * 3, 5, max_lines=2, placeholder='~'))


def pretty():
    data = {'name': 'coil', 'versions': list(range(30)), 'nested': {'a': [1, {'b': (2, 3)}], 'z': None, 'long': 'x' * 70},
            'set': {3, 1, 2}, 'fs': frozenset({2, 1}), 'tuple': (1,), 'empty': [], 'edict': {}}
    pprint.pprint(data)
    pprint.pprint(data, width=40, depth=2)
    pprint.pprint(data['versions'], compact=True, width=50)
    print(pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False), pprint.pformat([[1, 2]] * 3, indent=4, width=10))
    print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr([1, 'a']))
    r = [1]
    r.append(r)
    print(pprint.pformat(r).split(' with id=')[0])
    pp = pprint.PrettyPrinter(indent=2, width=20)
    pp.pprint({'key%d' % i: i for i in range(4)})
    pprint.pp({'c': 1, 'a': 2})


def fracs():
    a = Fraction(3, 4)
    b = Fraction('1/3')
    print(a + b, a * b, a / b, a - b, a ** 2, -a, abs(-a), a // b, a % b)
    print(Fraction(0.1), Fraction('0.125'), Fraction(1.5).limit_denominator(), Fraction(3.141592653589793).limit_denominator(100))
    print(a < b, a == 0.75, a + 1, 1 - a, float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
    print(a.numerator, a.denominator, a.as_integer_ratio(), repr(a), str(Fraction(4, 2)), hash(Fraction(1, 2)) == hash(0.5))
    print(sum(Fraction(1, n) for n in range(1, 10)), Fraction(-6, 4), Fraction(5) == 5)
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    print(fractions.Fraction('  -3/7 '), Fraction('1e-3'), format(Fraction(1, 3), '') if False else 'skip', Fraction(2, 3) ** -2, 2 ** Fraction(1, 2))


def stats():
    data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 3.25]
    print(statistics.mean(data), statistics.median(data), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
    print(statistics.mode([1, 1, 2, 3, 3, 3]), statistics.multimode('aabbbcccc'), statistics.stdev(data), statistics.pstdev(data))
    print(statistics.variance(data), statistics.pvariance(data), statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 2, 4]))
    print(statistics.harmonic_mean([40, 60]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.median_grouped([1, 2, 2, 3, 4]))
    print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([1, 2, 3, 4]), statistics.correlation([1, 2, 3], [2, 4, 7]))
    print(statistics.linear_regression([1, 2, 3, 4], [2, 4, 5, 8]), statistics.covariance([1, 2, 3], [3, 2, 1]))
    nd = statistics.NormalDist(100, 15)
    print(nd, round(nd.cdf(115), 10), round(nd.inv_cdf(0.5), 10), nd.mean, nd.stdev)
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print('StatisticsError', e)


def dates():
    d = datetime.date(2024, 2, 28)
    print(d + datetime.timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.strftime('%A %d %B %Y %j %U'), d.toordinal())
    dt = datetime.datetime(2021, 12, 31, 23, 59, 59, 999999)
    print(dt + datetime.timedelta(microseconds=1), dt.isoformat(sep=' ', timespec='milliseconds'), dt.timestamp() if dt.tzinfo else 'naive')
    print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f %p %I %y %b %a'), datetime.datetime.strptime('2020-03-04 05:06', '%Y-%m-%d %H:%M'))
    td = datetime.timedelta(days=-1, seconds=3661, microseconds=5)
    print(td, repr(td), td.total_seconds(), abs(td), td * 2, td / 3, td // datetime.timedelta(hours=1), datetime.timedelta(weeks=1, hours=-1))
    tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST')
    a = datetime.datetime(2020, 1, 1, 12, 0, tzinfo=tz)
    print(a, a.utcoffset(), a.tzname(), a.astimezone(datetime.timezone.utc), a.timestamp(), repr(tz))
    print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.datetime.fromisoformat('2011-11-04T00:05:23+04:00'))
    print(datetime.date.fromisoformat('2019-12-04'), datetime.time(13, 5, 1, 50), datetime.time(1).isoformat(), datetime.date.fromordinal(730000))
    print(datetime.datetime.combine(d, datetime.time(8, 30)), (datetime.date(2024, 1, 1) - d).days, d.replace(day=1), max(d, datetime.date(2000, 1, 1)))
    print(repr(dt), repr(d), datetime.MINYEAR, datetime.date.max, datetime.datetime(2020, 5, 17).ctime())
    print(f'{dt:%Y/%m/%d}', format(d, '%d.%m'), str(datetime.time(0, 0)), dt.date(), dt.time(), dt.timetuple()[:6])
    print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.weekday(2024, 1, 1))
    print(calendar.month(2024, 2))


if __name__ == "__main__":
    t0 = time.perf_counter()
    templates()
    wrapping()
    pretty()
    fracs()
    stats()
    dates()
    assert time.perf_counter() >= t0
