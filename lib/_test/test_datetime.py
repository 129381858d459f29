"""datetime: timedelta normalisation and arithmetic, date/time/datetime
construction, reprs, isoformat/fromisoformat, strftime/strptime, ordinals,
ISO calendar, time zones, comparisons, errors."""
import random


def run(t):
    rng = random.Random(12)
    # timedelta from many argument mixes, ints and floats
    for i in range(400):
        kw = {}
        for name in ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'):
            if rng.random() < 0.4:
                v = rng.choice([rng.randrange(-10 ** 6, 10 ** 6), rng.uniform(-1000, 1000),
                                rng.randrange(-5, 5) + 0.5, rng.random() * 1e-6])
                kw[name] = v
        t.same('timedelta %r' % kw, lambda m: (repr(m.timedelta(**kw)), str(m.timedelta(**kw))))
    tds = [(0,), (1,), (-1,), (1, 2, 3), (0, 0, 1), (-1, 86399, 999999), (5, 3600), (0, -1), (999999999,)]
    for a in tds:
        for b in tds[:6]:
            def ops(m, a=a, b=b):
                x, y = m.timedelta(*a), m.timedelta(*b)
                out = [repr(x + y), repr(x - y), repr(-x), repr(abs(x)), x == y, x < y, x >= y, bool(x),
                       x.total_seconds(), repr(x * 3), repr(x * 1.5), repr(x * -0.25), repr(x / 3), repr(x / 2.5),
                       hash(x) == hash(m.timedelta(*a))]
                if y:
                    out += [x / y, x // y, repr(x % y), repr(divmod(x, y)), repr(x // 7)]
                return out
            t.same('td ops %r %r' % (a, b), ops)
    for expr in ['m.timedelta(days=10**9)', 'm.timedelta(1) / 0', 'm.timedelta(1, "a")',                  'm.timedelta.max', 'm.timedelta.min', 'm.timedelta.resolution', 'm.timedelta.max + m.timedelta(1)',
                 'm.timedelta(seconds=0.5, microseconds=0.5)', 'm.timedelta(microseconds=-0.5)',
                 'm.timedelta(microseconds=1.5)', 'm.timedelta(microseconds=2.5)', 'm.timedelta(hours=1.5, minutes=0.1)',
                 'm.timedelta(1) * 1.5', 'm.timedelta(1) / 1.5', 'm.timedelta(days=1.5, seconds=-0.75)',
                 'str(m.timedelta(days=-3, hours=5))', 'str(m.timedelta(microseconds=-1))',
                 'm.timedelta(weeks=1, days=-1.5, hours=0.001)']:
        t.same(expr, lambda m: eval(expr))
    # dates
    for i in range(300):
        o = rng.randrange(1, 3652059)

        def dates(m, o=o):
            d = m.date.fromordinal(o)
            out = [repr(d), str(d), d.toordinal(), d.weekday(), d.isoweekday(), repr(d.isocalendar()),
                   tuple(d.isocalendar()), d.ctime(), d.isoformat(), d.timetuple()[:],
                   d.strftime('%a %A %w %d %b %B %m %y %Y %j %U %W %% %G %V %u %c %x %X %D %F %e'),
                   format(d, '%Y/%m/%d'), format(d), repr(m.date.fromisoformat(d.isoformat())),
                   repr(m.date.fromisocalendar(*d.isocalendar())), hash(d) == hash(m.date(d.year, d.month, d.day))]
            try:
                out.append(repr(d + m.timedelta(days=rng_days)))
                out.append(repr(d - m.timedelta(days=rng_days)))
            except OverflowError as e:
                out.append(str(e))
            out.append(repr(d - m.date(2000, 2, 29)))
            out.append((d < m.date(2000, 1, 1), d == m.date(2000, 1, 1), d >= m.date(1, 1, 1)))
            return out
        rng_days = rng.randrange(-10 ** 6, 10 ** 6)
        t.same('date %d' % o, dates)
    for expr in ['m.date(0,1,1)', 'm.date(2023,2,29)', 'm.date(2023,13,1)', 'm.date(2024,2,29)', 'm.date("x",1,1)',
                 'm.date(2024.0,1,1)', 'm.date(2024,1,1).replace(month=2, day=30)',
                 'm.date(2024,1,1)==1', 'm.date.fromisoformat("2024-1-5")', 'm.date.fromisoformat("20240105")',
                 'm.date.fromisoformat("2024-W01-1")', 'm.date.fromisoformat("2024W017")', 'm.date.fromisoformat(1)',
                 'm.date.fromordinal(0)', 'm.date.min', 'm.date.max', 'm.date.resolution', 'm.date.max + m.timedelta(1)',
                 'm.date(2024, 1, 1).replace(year=2023)', 'm.date.fromisocalendar(2020, 53, 7)',
                 'm.date.fromisocalendar(2021, 53, 1)', 'm.date.fromisocalendar(2021, 1, 8)',
                 'm.date(9999, 12, 31).isocalendar()',
                 'm.date(1, 1, 1).isocalendar()', 'm.date(2024, 12, 30).isocalendar()',
                 'm.date(2027, 1, 1).isocalendar()', 'm.date(2024, 1, 5).strftime("%-d/%-m %_d %^a %q")']:
        t.same(expr, lambda m: eval(expr))
    # times and datetimes
    zones = [None, 'utc', 5.5, -3, 0.25, -23.9]

    def tz(m, z):
        if z is None:
            return None
        if z == 'utc':
            return m.timezone.utc
        return m.timezone(m.timedelta(hours=z))
    for i in range(300):
        fields = (rng.randrange(1, 10000), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24),
                  rng.randrange(60), rng.randrange(60), rng.choice([0, 0, rng.randrange(1000000), 500000]))
        z = rng.choice(zones)
        z2 = rng.choice(zones)

        def dts(m, fields=fields, z=z, z2=z2):
            d = m.datetime(*fields, tzinfo=tz(m, z))
            e = m.datetime(2000, 6, 15, 12, 0, tzinfo=tz(m, z2))
            out = [repr(d), str(d), d.isoformat(), d.isoformat(' ', 'minutes'), d.isoformat(timespec='milliseconds'),
                   d.ctime(), repr(d.date()), repr(d.time()), repr(d.timetz()), d.utcoffset(), d.tzname(), d.dst(),
                   repr(m.datetime.fromisoformat(d.isoformat())), d.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %I %p %j'),
                   format(d, '%c'), d.timetuple()[:], d.weekday(), hash(d) == hash(d.replace())]
            for op in (lambda: repr(d - e), lambda: d < e, lambda: d == e, lambda: repr(d + m.timedelta(hours=7.5)),
                       lambda: repr(d - m.timedelta(days=3)), lambda: repr(d.astimezone(m.timezone.utc)) if z else 0,
                       lambda: d.utctimetuple()[:], lambda: d.timestamp() if z else 0,
                       lambda: repr(m.datetime.fromtimestamp(d.timestamp(), m.timezone.utc)) if z else 0,
                       lambda: repr(d.time().isoformat('auto')), lambda: repr(d.timetz()) + str(d.timetz()),
                       lambda: d.timetz() < m.time(12, tzinfo=tz(m, z2)),
                       lambda: d.timetz() == m.time(12, tzinfo=tz(m, z2))):
                try:
                    out.append(op())
                except (TypeError, ValueError, OverflowError) as exc:
                    out.append('%s: %s' % (type(exc).__name__, exc))
            return out
        t.same('datetime %r %r %r' % (fields, z, z2), dts)
    for expr in ['m.time(24)', 'm.time(1, 60)', 'm.time(1, 2, 3, 10**6)', 'm.time(fold=2)', 'm.time(1, 2)',
                 'm.time()', 'm.time(1, 2, 3, 4).isoformat("milliseconds")', 'm.time(1).isoformat("bad")',
                 'm.time.fromisoformat("12:30")', 'm.time.fromisoformat("12:30:45.123+05:30")',
                 'm.time.fromisoformat("T1230")', 'm.time.fromisoformat("25:00")', 'm.time.fromisoformat("12:3")',
                 'm.time.fromisoformat("12:30:45,5")', 'm.time.fromisoformat("12:30:45.1234567")',
                 'm.time.fromisoformat("12:30:45.12a")', 'm.time.fromisoformat("12:30:45.")', 'm.datetime.fromisoformat("2024-01-05T12:30:45.123456+01:00")',
                 'm.datetime.fromisoformat("2024-01-05 12")', 'm.datetime.fromisoformat("2024-01-05T12:30Z")',
                 'm.datetime.fromisoformat("20240105T123045")', 'm.datetime.fromisoformat("2024-W01-2T10:00")',
                 'm.datetime.fromisoformat("2024-01-05T")', 'm.datetime.fromisoformat("2024-01-0512")',
                 'm.datetime.fromisoformat("bad")', 'm.datetime(2024,1,1) < m.date(2024,1,1)',
                 'm.date(2024,1,1) < m.datetime(2024,1,1)', 'm.datetime(2024,1,1) == m.date(2024,1,1)',
                 'm.datetime(2024,1,1) - m.datetime(2024,1,1,tzinfo=m.timezone.utc)',
                 'm.datetime(2024,1,1) < m.datetime(2024,1,1,tzinfo=m.timezone.utc)',
                 'm.datetime(2024,1,1) == m.datetime(2024,1,1,tzinfo=m.timezone.utc)',
                 'm.time(1) < m.time(2, tzinfo=m.timezone.utc)', 'm.time(1) == m.time(1, tzinfo=m.timezone.utc)',
                 'm.timezone(m.timedelta(hours=24))', 'm.timezone(m.timedelta(hours=1))', 'm.timezone(m.timedelta(0))',
                 'm.timezone(m.timedelta(hours=1), "X")', 'str(m.timezone(m.timedelta(hours=-1, minutes=-30)))',
                 'm.timezone(m.timedelta(seconds=1.5))', 'm.timezone.utc', 'm.timezone.min', 'm.timezone.max',
                 'm.timezone(1)', 'm.timezone(m.timedelta(0), 3)', 'm.datetime.min', 'm.datetime.max',
                 'm.datetime(2020,1,1,fold=1)', 'm.datetime.combine(m.date(2024, 2, 3), m.time(4, 5, tzinfo=m.timezone.utc))',
                 'm.datetime.combine(1, m.time())', 'm.datetime(2024, 1, 1, tzinfo=1)',
                 'm.datetime.strptime("2024-01-05 12:30", "%Y-%m-%d %H:%M")', 'm.datetime.strptime("x", "%Y")',
                 'm.datetime.strptime("2024x", "%Y")', 'm.datetime.strptime("05/Jan/24 07:08:09 PM", "%d/%b/%y %I:%M:%S %p")',
                 'm.datetime.strptime("2024-01-05T12:30:45.25+0130", "%Y-%m-%dT%H:%M:%S.%f%z")',
                 'm.datetime.strptime("Friday 5 January 2024", "%A %d %B %Y")', 'm.datetime.strptime("2024 032", "%Y %j")',
                 'm.datetime(2024, 3, 10, 12).replace(hour=13, tzinfo=m.timezone.utc)',
                 'm.datetime.utcfromtimestamp(1700000000.5)', 'm.datetime.fromtimestamp(86400 * 365.25, m.timezone.utc)',
                 'm.datetime(2024, 1, 1, tzinfo=m.timezone(m.timedelta(hours=2))).timestamp()',
                 'm.datetime.max + m.timedelta(1)', 'm.date.today() == m.date.today()',
                 'type(m.datetime.now()).__name__', 'm.datetime(2024, 5, 6, 7, 8, 9, 10).strftime("%H%M%S%f")',
                 'hash(m.datetime(2024,1,1,tzinfo=m.timezone.utc)) == hash(m.datetime(2024,1,1,1,tzinfo=m.timezone(m.timedelta(hours=1))))',
                 'm.MINYEAR', 'm.MAXYEAR', 'm.UTC is m.timezone.utc', 'issubclass(m.datetime, m.date)']:
        t.same(expr, lambda m: eval(expr))

    # local time, under a few time zones (both modules read time.localtime)
    import os
    import time as _t
    old_tz = os.environ.get('TZ')
    try:
        for zone in ('UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'):
            os.environ['TZ'] = zone
            _t.tzset()
            for expr in ['m.datetime.fromtimestamp(1700000000.25)', 'm.datetime(2024, 7, 1, 12).timestamp()',
                         'm.datetime(2024, 7, 1, 12).astimezone()', 'm.date.fromtimestamp(1e9)',
                         'm.datetime(2024, 11, 3, 1, 30).timestamp()', 'm.datetime(2024, 11, 3, 1, 30, fold=1).timestamp()',
                         'm.datetime(2024, 3, 10, 2, 30).timestamp()', 'm.datetime.fromtimestamp(1730611800)',
                         'm.datetime.fromtimestamp(1730615400)', 'm.datetime(2024, 1, 1, tzinfo=m.timezone.utc).astimezone()',
                         'm.datetime.fromtimestamp(-1.5)', 'm.datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp()']:
                t.same('%s %s' % (zone, expr), lambda m: eval(expr))
    finally:
        if old_tz is None:
            os.environ.pop('TZ', None)
        else:
            os.environ['TZ'] = old_tz
        _t.tzset()
