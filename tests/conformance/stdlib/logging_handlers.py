# logging.handlers: size rotation (namer/rotator), memory/buffering handlers, queue handler and listener, timed rotation setup, watched files
import logging, logging.handlers, os, tempfile, queue, sys
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "app.log")
log = logging.getLogger("rot")
log.setLevel(logging.DEBUG)
h = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(h)
for i in range(12):
    log.info("message number %d", i)
h.close()
log.removeHandler(h)
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        print(name, repr(f.read()))
# namer/rotator
h = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=1)
h.namer = lambda n: n + ".bak"
h.rotator = lambda s, d: (print("rotate", os.path.basename(s), "->", os.path.basename(d)), os.replace(s, d))
log.addHandler(h)
for i in range(4):
    log.warning("second round %d", i)
h.close(); log.removeHandler(h)
print(sorted(os.listdir(tmp)))
# memory handler
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s] %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
mlog = logging.getLogger("mem"); mlog.propagate = False; mlog.setLevel(logging.DEBUG); mlog.addHandler(mem)
mlog.debug("one"); mlog.info("two"); print("-- nothing yet", len(mem.buffer))
mlog.info("three"); print("-- flushed at capacity", len(mem.buffer))
mlog.info("four"); mlog.error("five"); print("-- flushed at error")
mlog.info("six"); mem.close(); print("-- closed")
buf = logging.handlers.BufferingHandler(2)
blog = logging.getLogger("buf"); blog.propagate = False; blog.addHandler(buf)
blog.warning("a"); print(len(buf.buffer)); blog.warning("b"); print(len(buf.buffer))
# queue handler/listener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("q"); qlog.propagate = False; qlog.setLevel(logging.INFO); qlog.addHandler(qh)
listener = logging.handlers.QueueListener(q, out, respect_handler_level=True)
listener.start()
qlog.info("queued %s", "hello")
qlog.warning("queued %d", 2)
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception("failed")
listener.stop()
print("queue empty:", q.empty())
rec = logging.makeLogRecord({"msg": "x %s", "args": ("y",)})
p = qh.prepare(rec); print(p.msg, p.args, p.message)
print(logging.handlers.SysLogHandler.LOG_LOCAL3, logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
try:
    logging.handlers.TimedRotatingFileHandler(path, when="X")
except ValueError as e:
    print("ValueError", e)
t = logging.handlers.TimedRotatingFileHandler(path, when="midnight", backupCount=3)
print(t.interval, t.suffix, t.when, t.rolloverAt > 0)
t.close()
w = logging.handlers.WatchedFileHandler(path)
wlog = logging.getLogger("w"); wlog.propagate = False; wlog.addHandler(w)
wlog.warning("before move")
os.rename(path, path + ".moved")
wlog.warning("after move")
w.close()
print(open(path).read(), open(path + ".moved").read(), end="")
import shutil; shutil.rmtree(tmp)
