# huge precisions and shift counts: no crash, CPython's errors, exact long expansions
for c in ["f'{1.5:.{2**40}f}'", "'%.*f' % (2**40, 1.0)", "'%.2147483648f' % 1.0", "format(1.5, '.%dg' % 2**40)",
          "1 << 2**40", "1 << 2**62", "round(10**30, -31)", "round(-6 * 10**29, -30)", "round(123456789, -400)"]:
    try:
        r = eval(c)
        print(c, "->", r)
    except (ValueError, OverflowError, MemoryError) as e:
        print(c, "!!", type(e).__name__, e)
for x in (1.5, 0.1, 1e-300, 2.0 ** -1074, 123456.789, -0.0):
    for spec in (".1100f", ".1101f", ".70000f", ".1200e", ".70000E", ".2000%"):
        s = format(x, spec)
        print(spec, len(s), s[:30], s[-12:], s.count("0"))
    print(len("%.70000f" % x), ("%.1500e" % x)[-8:])
