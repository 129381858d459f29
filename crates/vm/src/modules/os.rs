//! `os` and `os.path` (posixpath): environ, getcwd, chdir, listdir, mkdir, makedirs,
//! remove, rmdir, rename, walk, urandom, getpid, cpu_count, strerror, get_terminal_size,
//! and the path functions (join, split, normpath, abspath, realpath, exists, ...).
//!
//! File system calls are natives (std::fs); the pure string functions of os.path are
//! Python, run once when the VM starts.

use super::{errno::strerror, exec_source, int_arg};
use crate::builtins::{arity, kwarg};
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Raised, Vm};

/// Raise the OSError subclass CPython picks for `errno`, with errno/strerror/filename set.
pub fn raise_os_error(vm: &mut Vm, errno: i64, filename: Option<&str>) -> Raised {
    let cls = match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        110 => "TimeoutError",
        _ => "OSError",
    };
    let c = vm.exc_type(cls);
    let msg = strerror(errno);
    let m = vm.new_str(&msg);
    let mut args = vec![Value::small(errno), m];
    if let Some(f) = filename {
        let fv = vm.new_str(f);
        args.push(fv);
    }
    let e = vm.new_exception(c, &args);
    let (ek, sk, fk) = (vm.names.errno, vm.names.strerror, vm.names.filename);
    vm.instance_set(e, ek, Value::small(errno));
    vm.instance_set(e, sk, m);
    let fv = match filename {
        Some(f) => vm.new_str(f),
        None => Value::none(),
    };
    vm.instance_set(e, fk, fv);
    vm.raise(e)
}

fn io_error(vm: &mut Vm, e: std::io::Error, path: &str) -> Raised {
    let n = e
        .raw_os_error()
        .map(|n| n as i64)
        .unwrap_or(match e.kind() {
            std::io::ErrorKind::NotFound => 2,
            std::io::ErrorKind::PermissionDenied => 13,
            std::io::ErrorKind::AlreadyExists => 17,
            _ => 5,
        });
    raise_os_error(vm, n, Some(path))
}

fn path_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<String> {
    if is_str(v) {
        return Ok(text(v).to_string());
    }
    if crate::heap::has_layout(v, crate::layout::LayoutId::Bytes) {
        return Ok(String::from_utf8_lossy(crate::heap::bytes_data(v)).into_owned());
    }
    let k = vm.intern("__fspath__");
    if let Some(r) = vm.call_special(v, k, &[])? {
        if is_str(r) {
            return Ok(text(r).to_string());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {tn}"
    )))
}

fn o_getcwd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getcwd", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(&p.to_string_lossy())),
        Err(e) => Err(io_error(vm, e, ".")),
    }
}

fn o_chdir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "chdir", args, 1, 1)?;
    let p = path_arg(vm, "chdir", args[0])?;
    match std::env::set_current_dir(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(vm, e, &p)),
    }
}

fn o_listdir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "listdir", args, 0, 1)?;
    let p = match args.first() {
        Some(v) if !v.is_none() => path_arg(vm, "listdir", *v)?,
        _ => ".".to_string(),
    };
    let rd = match std::fs::read_dir(&p) {
        Ok(r) => r,
        Err(e) => return Err(io_error(vm, e, &p)),
    };
    let mut names = Vec::new();
    for ent in rd.flatten() {
        names.push(ent.file_name().to_string_lossy().into_owned());
    }
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(&vals))
}

fn o_mkdir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "mkdir", args, 1, 2)?;
    let p = path_arg(vm, "mkdir", args[0])?;
    match std::fs::create_dir(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(vm, e, &p)),
    }
}

fn o_remove(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "remove", args, 1, 1)?;
    let p = path_arg(vm, "remove", args[0])?;
    if std::path::Path::new(&p).is_dir() {
        return Err(raise_os_error(vm, 21, Some(&p)));
    }
    match std::fs::remove_file(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(vm, e, &p)),
    }
}

fn o_rmdir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "rmdir", args, 1, 1)?;
    let p = path_arg(vm, "rmdir", args[0])?;
    match std::fs::remove_dir(&p) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(vm, e, &p)),
    }
}

fn o_rename(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "rename", args, 2, 2)?;
    let a = path_arg(vm, "rename", args[0])?;
    let b = path_arg(vm, "rename", args[1])?;
    match std::fs::rename(&a, &b) {
        Ok(()) => Ok(Value::none()),
        Err(e) => Err(io_error(vm, e, &a)),
    }
}

fn o_urandom(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "urandom", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    super::os_random(&mut buf);
    Ok(vm.new_bytes(&buf))
}

fn o_getpid(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.new_int(std::process::id() as i64))
}

fn o_cpu_count(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    match std::thread::available_parallelism() {
        Ok(n) => Ok(vm.new_int(n.get() as i64)),
        Err(_) => Ok(Value::none()),
    }
}

fn o_strerror(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "strerror", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    let s = strerror(n);
    Ok(vm.new_str(&s))
}

/// os.close: coil's files are not file descriptors (tempfile.mkstemp hands out -1),
/// so every descriptor is a bad one: OSError EBADF, as CPython says for an unknown fd.
fn o_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "close", args, 1, 1)?;
    int_arg(vm, args[0])?;
    Err(raise_os_error(vm, 9, None))
}

fn o_get_terminal_size(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "get_terminal_size", args, 0, 1)?;
    // coil has no ioctl access; behave as CPython does when the stream is not a terminal.
    Err(raise_os_error(vm, 25, None))
}

fn o_fspath(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "fspath", args, 1, 1)?;
    let v = args[0];
    if is_str(v) || crate::heap::has_layout(v, crate::layout::LayoutId::Bytes) {
        return Ok(v);
    }
    let k = vm.intern("__fspath__");
    if let Some(r) = vm.call_special(v, k, &[])? {
        return Ok(r);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {tn}"
    )))
}

fn p_exists(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "exists", args, 1, 1)?;
    let p = path_arg(vm, "exists", args[0])?;
    Ok(Value::bool(std::path::Path::new(&p).exists()))
}

fn p_isfile(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isfile", args, 1, 1)?;
    let p = path_arg(vm, "isfile", args[0])?;
    Ok(Value::bool(std::path::Path::new(&p).is_file()))
}

fn p_isdir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isdir", args, 1, 1)?;
    let p = path_arg(vm, "isdir", args[0])?;
    Ok(Value::bool(std::path::Path::new(&p).is_dir()))
}

fn p_islink(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "islink", args, 1, 1)?;
    let p = path_arg(vm, "islink", args[0])?;
    Ok(Value::bool(std::path::Path::new(&p).is_symlink()))
}

fn p_getsize(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getsize", args, 1, 1)?;
    let p = path_arg(vm, "getsize", args[0])?;
    crate::builtins::io::flush_writers();
    match std::fs::metadata(&p) {
        Ok(m) => Ok(vm.new_int(m.len() as i64)),
        Err(e) => Err(io_error(vm, e, &p)),
    }
}

fn p_getmtime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getmtime", args, 1, 1)?;
    let p = path_arg(vm, "getmtime", args[0])?;
    match std::fs::metadata(&p).and_then(|m| m.modified()) {
        Ok(t) => {
            let s = t
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0);
            Ok(vm.new_float(s))
        }
        Err(e) => Err(io_error(vm, e, &p)),
    }
}

/// realpath's native part: the canonical path, or None when it cannot be resolved.
fn p_canonical(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "_canonical", args, 1, 1)?;
    let p = path_arg(vm, "realpath", args[0])?;
    match std::fs::canonicalize(&p) {
        Ok(c) => Ok(vm.new_str(&c.to_string_lossy())),
        Err(_) => Ok(Value::none()),
    }
}

fn stat_impl(vm: &mut Vm, args: &[Value], follow: bool) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    arity(vm, "stat", args, 1, 1)?;
    let p = path_arg(vm, "stat", args[0])?;
    // a file written without close() has its size, as under CPython
    crate::builtins::io::flush_writers();
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    let m = match md {
        Ok(m) => m,
        Err(e) => return Err(io_error(vm, e, &p)),
    };
    let ints = [
        m.mode() as i64,
        m.ino() as i64,
        m.dev() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.size() as i64,
    ];
    let mut vals: Vec<Value> = ints.iter().map(|&n| vm.new_int(n)).collect();
    for (s, ns) in [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ] {
        vals.push(vm.new_int(s));
        let f = vm.new_float(s as f64 + ns as f64 * 1e-9);
        vals.push(f);
        let n = vm.new_int_i128(s as i128 * 1_000_000_000 + ns as i128);
        vals.push(n);
    }
    Ok(vm.new_tuple(&vals))
}

fn o_stat(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    stat_impl(vm, args, true)
}

fn o_lstat(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    stat_impl(vm, args, false)
}

const OS_SOURCE: &str = r#"
try:
    class _Environ(dict):
        def __repr__(self):
            return 'environ(' + dict.__repr__(self) + ')'

        def copy(self):
            return dict(self)

    _Environ.__module__ = 'os'
    environ = _Environ(environ)
    path._environ = environ
except NotImplementedError:
    pass



class _PathLikeMeta(type):
    # os.PathLike's checks (CPython's is an ABC whose subclass hook looks for
    # __fspath__; abc is not imported here).
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return any('__fspath__' in vars(k) for k in sub.__mro__)
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


PathLike.__module__ = 'os'


class stat_result:
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, raw):
        self._t = raw[:7] + (raw[7], raw[10], raw[13])
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size) = raw[:7]
        self.st_atime, self.st_atime_ns = raw[8], raw[9]
        self.st_mtime, self.st_mtime_ns = raw[11], raw[12]
        self.st_ctime, self.st_ctime_ns = raw[14], raw[15]

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._t == other._t
        return self._t == other

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._fields, self._t)) + ')'


stat_result.__module__ = 'os'


class terminal_size(tuple):
    n_fields = n_sequence_fields = 2

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)


terminal_size.__module__ = 'os'


def stat(path):
    return stat_result(_stat(path))


def lstat(path):
    return stat_result(_lstat(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


unlink = remove


def getenv(key, default=None):
    return environ.get(key, default)


def fsencode(filename):
    filename = fspath(filename) if not isinstance(filename, (str, bytes)) else filename
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename) if not isinstance(filename, (str, bytes)) else filename
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def putenv(key, value):
    environ[key] = value


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for name in sorted(names):
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        new_path = path.join(top, name)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
"#;

const PATH_SOURCE: &str = r#"
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fs(p):
    return _fspath(p)


def isabs(s):
    s = _fs(s)
    return s.startswith('/')


def join(a, *p):
    a = _fs(a)
    path = a
    for b in map(_fs, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fs(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def basename(p):
    p = _fs(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fs(path)
    if not path:
        return '.'
    initial_slashes = path.startswith('/')
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = '/'.join(comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fs(path)
    if not isabs(path):
        path = join(_getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fs(filename)
    r = _canonical(filename)
    if r is not None:
        return r
    if strict:
        raise FileNotFoundError(2, 'No such file or directory')
    head, tail = split(abspath(filename))
    if head and head != filename and tail:
        return join(realpath(head), tail)
    return abspath(filename)


def relpath(path, start=None):
    path = _fs(path)
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else _fs(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [_fs(p) for p in paths]
    isabs_ = {p.startswith('/') for p in paths}
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    common = commonprefix(split_paths)
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)


def expanduser(path):
    path = _fs(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _environ.get('HOME')
        if home is None:
            return path
    else:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    path = _fs(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == '_'):
                    j += 1
                name = path[i + 1:j]
                end = j
            if name and name in _environ:
                out.append(_environ[name])
            else:
                out.append(path[i:end])
            i = end if end > i else i + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def lexists(path):
    return exists(path) or islink(path)


def samefile(a, b):
    return realpath(a) == realpath(b)


def getatime(p):
    return getmtime(p)


def getctime(p):
    return getmtime(p)
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "os").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "os");
    let fns: &[(&'static str, NativeFn)] = &[
        ("getcwd", o_getcwd),
        ("chdir", o_chdir),
        ("listdir", o_listdir),
        ("mkdir", o_mkdir),
        ("remove", o_remove),
        ("rmdir", o_rmdir),
        ("rename", o_rename),
        ("replace", o_rename),
        ("urandom", o_urandom),
        ("getpid", o_getpid),
        ("cpu_count", o_cpu_count),
        ("strerror", o_strerror),
        ("close", o_close),
        ("get_terminal_size", o_get_terminal_size),
        ("fspath", o_fspath),
        ("_stat", o_stat),
        ("_lstat", o_lstat),
    ];
    for &(n, f) in fns {
        vm.def_fn(d, n, f);
    }
    let environ = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(&k.to_string_lossy());
        let v = vm.new_str(&v.to_string_lossy());
        let _ = vm.dict_set(environ, k, v);
    }
    vm.def_value(d, "environ", environ);
    for (n, v) in [
        ("name", "posix"),
        ("sep", "/"),
        ("linesep", "\n"),
        ("pathsep", ":"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ] {
        let s = vm.new_str(v);
        vm.def_value(d, n, s);
    }
    vm.def_value(d, "altsep", Value::none());
    for (n, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        vm.def_value(d, n, Value::small(v));
    }
    // os.path (posixpath).
    let (pm, pd) = super::new_module(vm, "os.path");
    let pfns: &[(&'static str, NativeFn)] = &[
        ("exists", p_exists),
        ("isfile", p_isfile),
        ("isdir", p_isdir),
        ("islink", p_islink),
        ("getsize", p_getsize),
        ("getmtime", p_getmtime),
        ("_canonical", p_canonical),
        ("_getcwd", o_getcwd),
        ("_fspath", o_fspath),
    ];
    for &(n, f) in pfns {
        vm.def_fn(pd, n, f);
    }
    vm.def_value(pd, "_environ", environ);
    let _ = exec_source(vm, pd, PATH_SOURCE, "<posixpath>");
    let nk = vm.names.name;
    let pn = vm.new_str("posixpath");
    vm.dict_set_str(pd, nk, pn);
    let k = vm.intern("posixpath");
    let mods = vm.modules;
    vm.dict_set_str(mods, k, pm);
    vm.def_value(d, "path", pm);
    let _ = exec_source(vm, d, OS_SOURCE, "<os>");
    super::set_class_module(vm, d, "stat_result", "os");
    super::set_class_module(vm, d, "terminal_size", "os");
    let _ = kwarg;
}
