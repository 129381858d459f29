"""Identifying the platform (the common subset of CPython 3.11's `platform`).

coil runs Python 3.11 programs as CPython 3.11 does, so python_implementation() says
"CPython" (programs use it to pick CPython's behaviour); sys.implementation.name is
"coil" for code that wants to tell them apart. System facts come from /proc (Linux).
"""

import sys
from collections import namedtuple

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor',
           'python_build', 'python_compiler', 'python_implementation',
           'python_version', 'python_version_tuple', 'release', 'system',
           'uname', 'version', 'libc_ver', 'freedesktop_os_release']


def _proc(name, default=''):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return default


def python_implementation():
    return 'CPython'


def python_version():
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'coil'


def system():
    return {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows'}.get(
        sys.platform, sys.platform.capitalize())


def node():
    return _proc('hostname')


def release():
    return _proc('osrelease')


def version():
    return _proc('version')


def machine():
    return 'x86_64'


def processor():
    return ''


def architecture(executable=sys.executable if hasattr(sys, 'executable') else '',
                 bits='', linkage=''):
    return ('64bit', 'ELF')


uname_result = namedtuple('uname_result',
                          'system node release version machine processor')

_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(system(), node(), release(), version(),
                                    machine(), processor())
    return _uname_cache


def platform(aliased=False, terse=False):
    if terse:
        return '%s-%s' % (system(), release())
    return '%s-%s-%s-with-glibc' % (system(), release(), machine())


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '')


def freedesktop_os_release():
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        for line in lines:
            if '=' not in line or line.startswith('#'):
                continue
            k, _, v = line.partition('=')
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                v = v[1:-1]
            info[k.strip()] = v
        return info
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
