"""multiprocessing.connection: Pipe as a pair of in-process connection ends."""


class Connection:
    def __init__(self, inbox, outbox, readable, writable):
        self._in = inbox
        self._out = outbox
        self.readable = readable
        self.writable = writable
        self.closed = False

    def send(self, obj):
        if not self.writable:
            raise OSError('connection is read-only')
        self._out.append(obj)

    def recv(self):
        if not self.readable:
            raise OSError('connection is write-only')
        if not self._in:
            raise RuntimeError('coil runs processes in-process: recv() on an empty '
                               'Pipe would block forever')
        return self._in.pop(0)

    def send_bytes(self, buf, offset=0, size=None):
        b = bytes(buf)
        self.send(b[offset:] if size is None else b[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        return self.recv()

    def poll(self, timeout=0.0):
        return bool(self._in)

    def close(self):
        self.closed = True

    def fileno(self):
        raise OSError('coil pipes have no file descriptor')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a, b = [], []
    if duplex:
        return Connection(a, b, True, True), Connection(b, a, True, True)
    return Connection(a, None, True, False), Connection(None, a, False, True)


def wait(object_list, timeout=None):
    return [c for c in object_list if getattr(c, '_in', None)]
