"""logging.handlers: file rotation by size and by time, watched files, buffering and
memory handlers, QueueHandler/QueueListener (the listener handles queued records when
stopped: coil has no concurrent threads). The socket, syslog, SMTP, HTTP and NT event
log handlers raise NotImplementedError naming themselves when created."""

import copy
import os
import re
import time

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record."""
    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return default_name if not callable(self.namer) else self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)

    def _regular_file_or_absent(self):
        return not os.path.exists(self.baseFilename) or os.path.isfile(self.baseFilename)


class RotatingFileHandler(BaseRotatingHandler):
    """Roll over to name.1, name.2, ... when the file would reach maxBytes."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                src = self.rotation_filename('%s.%d' % (self.baseFilename, i))
                dst = self.rotation_filename('%s.%d' % (self.baseFilename, i + 1))
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(dst):
                os.remove(dst)
            self.rotate(self.baseFilename, dst)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if not self._regular_file_or_absent():
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = '%s\n' % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(msg) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Roll over every interval of S, M, H, D, MIDNIGHT or W0..W6, keeping
    backupCount files suffixed with the time of their start."""

    _WHEN = {'S': (1, '%Y-%m-%d_%H-%M-%S', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'),
             'M': (60, '%Y-%m-%d_%H-%M', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}'),
             'H': (60 * 60, '%Y-%m-%d_%H', r'\d{4}-\d{2}-\d{2}_\d{2}'),
             'D': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
             'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
             'W': (_MIDNIGHT * 7, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}')}

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        key = self.when
        if key.startswith('W'):
            if len(key) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if key[1] < '0' or key[1] > '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(key[1])
            key = 'W'
        if key not in self._WHEN:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        unit, self.suffix, ext = self._WHEN[key]
        self.extMatch = re.compile(r'^%s(\.\w+)?$' % ext, re.ASCII)
        self.interval = unit * interval
        filename = self.baseFilename
        t = int(os.stat(filename).st_mtime) if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _time_tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            tt = self._time_tuple(currentTime)
            now = tt[3] * 3600 + tt[4] * 60 + tt[5]
            if self.atTime is None:
                rotate = _MIDNIGHT
            else:
                a = self.atTime
                rotate = (a.hour * 60 + a.minute) * 60 + a.second
            r = rotate - now
            if r < 0:
                r += _MIDNIGHT
                day = (tt[6] + 1) % 7
            else:
                day = tt[6]
            result = currentTime + r
            if self.when.startswith('W'):
                if day != self.dayOfWeek:
                    days = (self.dayOfWeek - day) % 7
                    result += days * _MIDNIGHT
            if not self.utc:
                dst_now = tt[-1]
                dst_then = time.localtime(result)[-1]
                if dst_now != dst_then:
                    result += 3600 if dst_now else -3600
        return result

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if not self._regular_file_or_absent():
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + '.'
        found = []
        for name in os.listdir(folder):
            if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        start = self.rolloverAt - self.interval
        tt = self._time_tuple(start)
        if not self.utc:
            dst_now = time.localtime(now)[-1]
            if dst_now != tt[-1]:
                tt = time.localtime(start + (3600 if dst_now else -3600))
        dst = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, tt))
        if os.path.exists(dst):
            os.remove(dst)
        self.rotate(self.baseFilename, dst)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self.stream = self._open()
        at = self.computeRollover(now)
        while at <= now:
            at += self.interval
        self.rolloverAt = at


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when it was moved or deleted."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.stat(self.baseFilename)
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keep records in self.buffer; flush() (which drops them) when it is full."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffer records and pass them to target when full or at flushLevel."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Put each record, formatted and made picklable, on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Pass the records of a queue to handlers. Without concurrent threads the
    records queued since start() are handled when stop() is called."""
    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = True

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while not q.empty():
            record = self.dequeue(False)
            if record is self._sentinel:
                if has_task_done:
                    q.task_done()
                break
            self.handle(record)
            if has_task_done:
                q.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._monitor()
            self._thread = None


def _unsupported(name):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('coil: logging.handlers.%s is not supported '
                                  '(coil has no sockets)' % name)
    return type(name, (logging.Handler,), {'__init__': __init__, '__module__': __name__})


SocketHandler = _unsupported('SocketHandler')
DatagramHandler = _unsupported('DatagramHandler')
SMTPHandler = _unsupported('SMTPHandler')
HTTPHandler = _unsupported('HTTPHandler')
NTEventLogHandler = _unsupported('NTEventLogHandler')


class SysLogHandler(_unsupported('SysLogHandler')):
    """The priority and facility names and codes; creating one raises."""
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_WARNING, LOG_NOTICE, LOG_INFO, \
        LOG_DEBUG = range(8)
    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG, LOG_LPR, \
        LOG_NEWS, LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP, LOG_NTP, LOG_SECURITY, \
        LOG_CONSOLE, LOG_SOLCRON = range(16)
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3, LOG_LOCAL4, LOG_LOCAL5, \
        LOG_LOCAL6, LOG_LOCAL7 = range(16, 24)
    facility_names = dict(zip(
        'kern user mail daemon auth syslog lpr news uucp cron authpriv ftp ntp security'
        ' console solaris-cron local0 local1 local2 local3 local4 local5 local6'
        ' local7'.split(), range(24)))
    priority_names = {'alert': LOG_ALERT, 'crit': LOG_CRIT, 'critical': LOG_CRIT,
                      'debug': LOG_DEBUG, 'emerg': LOG_EMERG, 'err': LOG_ERR,
                      'error': LOG_ERR, 'info': LOG_INFO, 'notice': LOG_NOTICE,
                      'panic': LOG_EMERG, 'warn': LOG_WARNING, 'warning': LOG_WARNING}
    priority_map = {'DEBUG': 'debug', 'INFO': 'info', 'WARNING': 'warning',
                    'ERROR': 'error', 'CRITICAL': 'critical'}

    def encodePriority(self, facility, priority):
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority
