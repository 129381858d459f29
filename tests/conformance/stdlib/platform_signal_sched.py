# platform, signal, sched, stat, colorsys: the common calls.
import colorsys
import platform
import sched
import signal
import stat
import sys

print(platform.python_implementation(), platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.system(), platform.machine(), len(platform.python_version_tuple()))
print(platform.uname().system, type(platform.node()).__name__, type(platform.release()).__name__)

print(signal.SIGINT, repr(signal.SIGINT), int(signal.SIGTERM), signal.SIGTERM.name)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_IGN))
print(signal.signal(signal.SIGINT, signal.default_int_handler) is signal.default_int_handler)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(2), signal.NSIG)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.signal(signal.SIGINT, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    signal.getsignal(0)
except ValueError as e:
    print("ValueError:", e)

log = []
now = [0.0]


def timefunc():
    return now[0]


def delayfunc(d):
    now[0] += d


s = sched.scheduler(timefunc, delayfunc)
s.enter(2, 1, log.append, ("two",))
e = s.enter(1, 1, log.append, ("one",))
s.enter(1, 0, log.append, ("one-first",))
s.enterabs(5, 1, lambda object: log.append(object), kwargs={"object": "kw"})
x = s.enter(3, 1, log.append, ("cancelled",))
s.cancel(x)
print(len(s.queue), s.empty(), s.queue[0].argument)
s.run()
print(log, now[0], s.empty())

for mode in [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o20600, 0o60660, 0o10644]:
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode),
          stat.S_ISLNK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.ST_MODE, stat.ST_SIZE, stat.S_IRWXU, stat.S_IXOTH)

for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5), (0.0, 0.0, 0.0), (0.1, 0.9, 0.3)]:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(yiq, hls, hsv)
    print(colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
