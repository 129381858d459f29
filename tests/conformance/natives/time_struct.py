# time: struct_time, gmtime, strftime, asctime, mktime round trip (fixed instants only).
import time

t = time.gmtime(1000000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(tuple(t), len(t), t[0], t[-1], t[2:4], list(t) == list(tuple(t)))
y, m, d, *rest = t
print(y, m, d, rest)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%", t))
print(time.strftime("%c|%x|%X|%D|%T|%F|%e|%G-%V-%u", t))
print(time.asctime(t))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
for secs in [0, 86399, -1, 951782400, 4102444800, -2208988800]:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.strftime("%G %V %U %W", g))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(s, s.tm_zone)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, type(time.mktime(lt)).__name__)
print(type(time.time_ns()).__name__, time.time_ns() > 1600000000 * 10**9)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(isinstance(time.timezone, int), len(time.tzname))
print(time.gmtime(1.9)[5], time.gmtime(-1.5)[5])
