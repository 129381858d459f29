# locale: the C locale's conventions and formatting, setlocale's accepted names.
import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL), locale.getlocale(locale.LC_NUMERIC))
print(locale.localeconv())
print(locale.format_string("%d", 1234567, grouping=True), locale.format_string("%.2f", 1234.5),
      locale.format_string("%s and %d", ("x", 5)))
print(locale.str(1.5), locale.str(2.0 / 3), locale.atof("1.5"), locale.atoi("12"))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strxfrm("abc"))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.CHAR_MAX)
print(locale.normalize("C"), locale.normalize("C.utf8"))
for bad in ["xx_YY", "klingon"]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error:", e)
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError:", e)
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError:", e)
print(sorted(["b", "a", "C"], key=locale.strxfrm))
