"""calendar: text and HTML layouts, month/year matrices, helpers, errors."""
import io
import contextlib


def run(t):
    for year in (1, 1900, 2000, 2023, 2024, 9999):
        for month in (1, 2, 7, 12):
            t.same('month %d %d' % (year, month), lambda m: (m.month(year, month), m.monthrange(year, month),
                                                             m.monthcalendar(year, month)))
            for fw in (0, 3, 6):
                t.same('cal fw %d %d %d' % (fw, year, month), lambda m: (
                    m.TextCalendar(fw).formatmonth(year, month, 3, 2),
                    m.Calendar(fw).monthdays2calendar(year, month),
                    [tuple(x) for x in m.Calendar(fw).itermonthdays4(year, month)][:9],
                    [str(d) for d in m.Calendar(fw).itermonthdates(year, month)][:3] if year > 1 else 0,
                    m.HTMLCalendar(fw).formatmonth(year, month)))
        t.same('year %d' % year, lambda m: m.calendar(year))
        t.same('year wide %d' % year, lambda m: m.TextCalendar().formatyear(year, 3, 1, 4, 4))
        t.same('html year %d' % year, lambda m: m.HTMLCalendar().formatyear(year, 4))
    for expr in ['m.isleap(1900)', 'm.isleap(2000)', 'm.leapdays(1900, 2024)', 'm.weekday(2024, 1, 5)',
                 'm.weekday(20000, 1, 1)', 'm.monthrange(2024, 13)', 'm.setfirstweekday(9)', 'm.timegm((2024, 1, 5, 12, 0, 0))',
                 'list(m.day_name)', 'list(m.day_abbr)', 'list(m.month_name)', 'list(m.month_abbr)', 'm.month_name[1:3]',
                 'len(m.month_name)', 'm.weekheader(3)', 'm.weekheader(10)', 'm.firstweekday()',
                 'm.Calendar().yeardayscalendar(2024)[0][0][:2]', 'm.MONDAY, m.SUNDAY', 'str(m.IllegalMonthError(0))',
                 'm.TextCalendar().formatweekday(0, 20)', 'm.TextCalendar().formatmonthname(2024, 5, 30)']:
        t.same(expr, lambda m: eval(expr))

    def printing(m):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            m.prmonth(2024, 2)
            m.prcal(2023)
            m.TextCalendar(6).prweek([(1, 0), (2, 1)], 3)
        return buf.getvalue()
    t.same('printing', printing)

    def setfw(m):
        m.setfirstweekday(m.SUNDAY)
        try:
            return m.month(2024, 3), m.firstweekday()
        finally:
            m.setfirstweekday(m.MONDAY)
    t.same('setfirstweekday', setfw)
