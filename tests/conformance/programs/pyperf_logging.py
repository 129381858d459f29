"""Logging benchmark in the style of pyperformance bm_logging."""
import io
import logging
import sys
import time

FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'


def truncate_stream(stream):
    stream.seek(0)
    stream.truncate()


def bench_silent(loops, logger, stream):
    truncate_stream(stream)
    m = MESSAGE
    t0 = time.perf_counter()
    for _ in range(loops):
        logger.debug(m)
        logger.debug(m)
        logger.debug(m)
    dt = time.perf_counter() - t0
    if len(stream.getvalue()) != 0:
        raise ValueError("stream is expected to be empty")
    return dt


def bench_simple_output(loops, logger, stream):
    truncate_stream(stream)
    m = MESSAGE
    for _ in range(loops):
        logger.warning(m)
        logger.warning(m)
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 2:
        raise ValueError("wrong number of lines")
    return lines[0]


def bench_formatted_output(loops, logger, stream):
    truncate_stream(stream)
    fmt = FORMAT
    msg = MESSAGE
    for _ in range(loops):
        logger.warning(fmt, msg)
        logger.warning(fmt, msg)
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 2:
        raise ValueError("wrong number of lines")
    return lines[-1]


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return not (record.args and isinstance(record.args[0], int)) or record.args[0] % 2 == 1


def main():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream=stream)
    logger = logging.getLogger("benchlogger")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    bench_silent(100, logger, stream)
    print(bench_simple_output(50, logger, stream))
    print(bench_formatted_output(50, logger, stream))

    # formatters
    s2 = io.StringIO()
    h2 = logging.StreamHandler(s2)
    h2.setFormatter(logging.Formatter('%(levelname)-8s|%(name)s|%(funcName)s|%(message)s'))
    lg = logging.getLogger('app')
    lg.addHandler(h2)
    lg.setLevel(logging.DEBUG)
    child = logging.getLogger('app.db.conn')
    print(child.parent.name, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))
    child.debug('connect %s:%d', 'localhost', 5432)
    child.info('dict args %(a)s %(b)s', {'a': 1, 'b': 2})
    lg.error('failed: %r', [1, 2])
    logging.getLogger('app.db').setLevel(logging.ERROR)
    child.warning('hidden')
    child.critical('shown')
    print(s2.getvalue(), end='')

    s3 = io.StringIO()
    h3 = logging.StreamHandler(s3)
    h3.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
    lg3 = logging.getLogger('brace')
    lg3.addHandler(h3)
    lg3.propagate = False
    lg3.warning('value %d', 7)
    h3.setFormatter(logging.Formatter('$levelname - $message', style='$'))
    lg3.warning('dollar')
    h3.setLevel(logging.ERROR)
    lg3.warning('filtered by handler')
    lg3.error('passes')
    print(s3.getvalue(), end='')

    lh = ListHandler()
    lh.setFormatter(logging.Formatter('%(name)s %(levelno)d %(message)s'))
    lh.addFilter(OnlyOdd())
    lg4 = logging.getLogger('list')
    lg4.addHandler(lh)
    lg4.propagate = False
    for i in range(6):
        lg4.warning('n=%d', i)
    print(lh.records)
    try:
        1 / 0
    except ZeroDivisionError:
        lg4.removeFilter(lh.filters[0])
        lg4.exception('boom %d', 1)
    print(lh.records[-1].splitlines()[0], lh.records[-1].splitlines()[-1])
    print(logging.getLevelName(logging.INFO), logging.getLevelName(15), logging.getLevelName('ERROR'))
    logging.addLevelName(15, 'VERBOSE')
    print(logging.getLevelName(15))
    adapter = logging.LoggerAdapter(lg4, {'extra': 1})
    adapter.warning('adapted %s', 'x')
    print(lh.records[-1])
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='root:%(levelname)s:%(message)s')
    logging.info('via root %s', 'ok')
    logging.debug('not shown')
    logging.getLogger('other').warning('propagated')
    print(logging.root.level, logging.getLogger() is logging.root)
    logging.disable(logging.CRITICAL)
    logging.critical('disabled')
    logging.disable(logging.NOTSET)
    logging.warning('enabled again')
    r = logging.LogRecord('n', logging.INFO, 'p.py', 10, 'msg %s', ('a',), None)
    print(r.getMessage(), r.levelname, r.lineno)


if __name__ == "__main__":
    main()
