"""subprocess: importable, with CPython 3.11's constants, exception classes,
CompletedProcess and list2cmdline; coil cannot start child processes, so run, call,
check_call, check_output, getoutput, getstatusoutput and Popen raise
NotImplementedError naming the function and the command."""

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def list2cmdline(seq):
    """Quote a sequence of arguments as the MS C runtime parses them (CPython's rules)."""
    result = []
    needquote = False
    for arg in map(str, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def _unsupported(func, cmd):
    raise NotImplementedError(
        'coil cannot start child processes: subprocess.%s(%r) is not supported'
        % (func, cmd))


def run(*popenargs, **kwargs):
    _unsupported('run', popenargs[0] if popenargs else kwargs.get('args'))


def call(*popenargs, **kwargs):
    _unsupported('call', popenargs[0] if popenargs else kwargs.get('args'))


def check_call(*popenargs, **kwargs):
    _unsupported('check_call', popenargs[0] if popenargs else kwargs.get('args'))


def check_output(*popenargs, **kwargs):
    _unsupported('check_output', popenargs[0] if popenargs else kwargs.get('args'))


def getstatusoutput(cmd, *, encoding=None, errors=None):
    _unsupported('getstatusoutput', cmd)


def getoutput(cmd, *, encoding=None, errors=None):
    _unsupported('getoutput', cmd)


class Popen:
    def __init__(self, args, *a, **kw):
        _unsupported('Popen', args)
