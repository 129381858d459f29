//! Text I/O: open() for text files, sys.stdout/stderr/stdin objects, print's file=, input().

use super::{arity, kwarg};
use crate::heap::collect::Trace;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};
use std::io::Write;

pub enum FileKind {
    Stdout,
    Stderr,
    Stdin,
    /// A file opened for reading: its whole text and the read position.
    Read {
        text: String,
        pos: usize,
    },
    Write {
        file: std::io::BufWriter<std::fs::File>,
    },
}

pub struct FileData {
    pub kind: FileKind,
    pub name: String,
    pub mode: String,
    pub closed: bool,
}

impl Trace for FileData {
    fn trace(&mut self, _f: &mut dyn FnMut(&mut Value)) {}
}

fn file_data<'a>(f: Value) -> &'a mut FileData {
    heap::boxed::<FileData>(get::<FileObj>(f).data)
}

impl Vm {
    pub fn new_file(&mut self, kind: FileKind, name: &str, mode: &str) -> Value {
        let d = FileData {
            kind,
            name: name.to_string(),
            mode: mode.to_string(),
            closed: false,
        };
        self.heap.alloc_old(FileObj {
            header: Header::new(LayoutId::File),
            data: heap::box_into_raw(Box::new(d)),
        })
    }

    pub fn write_stdout(&mut self, s: &str) {
        self.stdout.write_str(s);
    }
}

pub fn install(vm: &mut Vm, b: Value) {
    vm.def_fn(b, "open", open);
    vm.def_fn(b, "input", input);
    let m: &[(&'static str, NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter_self),
        ("__next__", next_line),
        ("fileno", fileno),
        ("isatty", isatty),
    ];
    let t = vm.types.text_io;
    for &(n, f) in m {
        vm.add_method(t, n, f);
    }
}

fn open(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "open", args, 1, 3)?;
    let mut path = args[0];
    if !is_str(path) {
        // An os.PathLike: its __fspath__ (a str; bytes paths are not supported).
        let k = vm.intern("__fspath__");
        let p = if has_layout(path, LayoutId::Instance) {
            vm.call_special(path, k, &[])?
        } else {
            None
        };
        match p {
            Some(p) if is_str(p) => path = p,
            _ => {
                let tn = vm.type_name(path);
                return Err(vm.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {tn}"
                )));
            }
        }
    }
    let mode = args
        .get(1)
        .copied()
        .or(kwarg(kw, "mode"))
        .map(|m| text(m).to_string())
        .unwrap_or_else(|| "r".into());
    let binary = mode.contains('b');
    if binary {
        if let Some(e) = kwarg(kw, "encoding").filter(|e| !e.is_none()) {
            let _ = e;
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if mode.contains('+') {
            return Err(vm.not_supported("read-write ('+') binary files"));
        }
    }
    let p = text(path).to_string();
    let io_err = |vm: &mut Vm, e: std::io::Error| {
        let (cls, msg) = match e.kind() {
            std::io::ErrorKind::NotFound => ("FileNotFoundError", "No such file or directory"),
            std::io::ErrorKind::PermissionDenied => ("PermissionError", "Permission denied"),
            _ => ("OSError", "I/O error"),
        };
        let errno = match e.kind() {
            std::io::ErrorKind::NotFound => 2,
            std::io::ErrorKind::PermissionDenied => 13,
            _ => e.raw_os_error().unwrap_or(5) as i64,
        };
        os_error(vm, cls, errno, msg, &p)
    };
    if std::path::Path::new(&p).is_dir() {
        return Err(os_error(vm, "IsADirectoryError", 21, "Is a directory", &p));
    }
    let kind = if mode.contains('w') || mode.contains('a') || mode.contains('x') {
        let mut o = std::fs::OpenOptions::new();
        if mode.contains('a') {
            o.append(true).create(true);
        } else if mode.contains('x') {
            o.write(true).create_new(true);
        } else {
            o.write(true).create(true).truncate(true);
        }
        match o.open(&p) {
            Ok(_) if binary => return binary_file(vm, "BufferedWriter", None, &p, &mode),
            Ok(f) => FileKind::Write {
                file: std::io::BufWriter::new(f),
            },
            Err(e) => return Err(io_err(vm, e)),
        }
    } else {
        match std::fs::read(&p) {
            Ok(bytes) if binary => {
                return binary_file(vm, "BufferedReader", Some(&bytes), &p, &mode)
            }
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
                FileKind::Read { text, pos: 0 }
            }
            Err(e) => return Err(io_err(vm, e)),
        }
    };
    Ok(vm.new_file(kind, &p, &mode))
}

/// Raise `cls(errno, msg, path)` (constructed as Python does, so errno, strerror and
/// filename are set and str() reads "[Errno N] msg: 'path'").
fn os_error(vm: &mut Vm, cls: &str, errno: i64, msg: &str, path: &str) -> crate::vm::Raised {
    let c = vm.exc_type(cls);
    let m = vm.new_str(msg);
    let fname = vm.new_str(path);
    match vm.call(c, &[Value::small(errno), m, fname]) {
        Ok(exc) => vm.raise(exc),
        Err(r) => r,
    }
}

/// A binary file: the io module's BufferedReader over the file's bytes, or its
/// BufferedWriter (the file is already created/truncated; writes append through).
fn binary_file(vm: &mut Vm, class: &str, data: Option<&[u8]>, path: &str, mode: &str) -> PyResult {
    let io = vm.import_module("io")?;
    let k = vm.intern(class);
    let cls = vm.getattr(io, k)?;
    let name = vm.new_str(path);
    let m = vm.new_str(mode);
    match data {
        Some(d) => {
            let b = vm.new_bytes(d);
            vm.call(cls, &[b, name, m])
        }
        None => vm.call(cls, &[name, m]),
    }
}

fn input(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "input", args, 0, 1)?;
    if let Some(&p) = args.first() {
        let s = vm.str_string(p)?;
        vm.stdout.write_str(&s);
    }
    vm.stdout.flush();
    let bytes = crate::modules::stdio::read_stdin(vm, crate::modules::stdio::ReadSize::Line(None));
    let mut line = String::from_utf8_lossy(&bytes).into_owned();
    match bytes.len() {
        0 => Err(vm.raise_msg("EOFError", "EOF when reading a line")),
        _ => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(&line))
        }
    }
}

/// The data attributes of a text file object (`closed`, `mode`, `name`, ...).
pub fn file_attr(vm: &mut Vm, f: Value, name: &str) -> Option<Value> {
    let d = file_data(f);
    Some(match name {
        "closed" => Value::bool(d.closed),
        "mode" => {
            let m = d.mode.clone();
            vm.new_str(&m)
        }
        "name" => {
            let n = d.name.clone();
            vm.new_str(&n)
        }
        "encoding" => vm.new_str("utf-8"),
        "errors" => vm.new_str(file_errors(f)),
        "newlines" => Value::none(),
        "line_buffering" => Value::false_(),
        "buffer" => return crate::modules::stdio::buffer(vm, &d.kind),
        _ => return None,
    })
}

fn check_open(vm: &mut Vm, f: Value) -> PyResult<()> {
    if file_data(f).closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// The error handler of a VM text file's UTF-8 encoder: stderr "backslashreplace";
/// stdout CPython's choice by locale (`stdio_errors`); files opened by open() "strict".
pub fn file_errors(f: Value) -> &'static str {
    match file_data(f).kind {
        FileKind::Stderr => "backslashreplace",
        FileKind::Stdout => stdio_errors(),
        _ => "strict",
    }
}

/// CPython's sys.stdout error handler: "surrogateescape" under the C, POSIX or C.UTF-8
/// locale (LC_ALL, else LC_CTYPE, else LANG; none set is C), "strict" otherwise;
/// PYTHONIOENCODING=":handler" overrides.
pub fn stdio_errors() -> &'static str {
    if let Ok(v) = std::env::var("PYTHONIOENCODING") {
        if let Some((_, h)) = v.split_once(':') {
            for known in [
                "strict",
                "surrogateescape",
                "replace",
                "ignore",
                "backslashreplace",
            ] {
                if h == known {
                    return known;
                }
            }
        }
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "C".to_string());
    if matches!(locale.as_str(), "C" | "POSIX" | "C.UTF-8" | "C.utf8") {
        "surrogateescape"
    } else {
        "strict"
    }
}

/// `s` encoded by file `f`'s UTF-8 encoder (raises CPython's UnicodeEncodeError).
pub fn encode_text(vm: &mut Vm, f: Value, s: &str) -> PyResult<Vec<u8>> {
    let v = vm.new_str(s);
    vm.encode_str(v, crate::objects::codecs::Codec::Utf8, file_errors(f))
}

/// Write text to a file object or any object with a write() method.
pub fn write_to(vm: &mut Vm, f: Value, s: &str) -> PyResult<()> {
    if has_layout(f, LayoutId::File) {
        check_open(vm, f)?;
        // Text holding lone surrogates goes through the file's encoder and error handler.
        let encoded = if crate::objects::codecs::has_surrogates(s) {
            Some(encode_text(vm, f, s)?)
        } else {
            None
        };
        let bytes = encoded.as_deref().unwrap_or(s.as_bytes());
        let d = file_data(f);
        match &mut d.kind {
            FileKind::Stdout => vm.stdout.write_bytes(bytes),
            FileKind::Stderr => {
                vm.stdout.flush();
                vm.stderr.write_bytes(bytes)
            }
            FileKind::Write { file } => {
                if file.write_all(bytes).is_err() {
                    return Err(vm.raise_msg("OSError", "write failed"));
                }
            }
            _ => return Err(vm.raise_msg("OSError", "not writable")),
        }
        return Ok(());
    }
    let w = vm.intern("write");
    let m = vm.getattr(f, w)?;
    let sv = vm.new_str(s);
    vm.call(m, &[sv])?;
    Ok(())
}

/// Read the rest (or a line) of a readable file, at most `limit` chars when given.
fn read_part(vm: &mut Vm, f: Value, line: bool, limit: Option<usize>) -> Option<String> {
    let d = file_data(f);
    if let FileKind::Read { text, pos } = &mut d.kind {
        if *pos >= text.len() {
            return Some(String::new());
        }
        let rest = &text[*pos..];
        let mut n = if line {
            rest.find('\n').map(|i| i + 1).unwrap_or(rest.len())
        } else {
            rest.len()
        };
        if let Some(k) = limit {
            n = n.min(rest.char_indices().nth(k).map_or(rest.len(), |(i, _)| i));
        }
        let out = rest[..n].to_string();
        *pos += n;
        return Some(out);
    }
    if let FileKind::Stdin = d.kind {
        use crate::modules::stdio::{read_stdin, ReadSize};
        let size = if line {
            ReadSize::Line(None)
        } else {
            ReadSize::All
        };
        let bytes = read_stdin(vm, size);
        return Some(String::from_utf8_lossy(&bytes).into_owned());
    }
    None
}

/// The optional size argument of read()/readline(): None or negative means all.
fn size_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    match args.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => {
            let n = vm.to_i64_index(v, "")?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    check_open(vm, args[0])?;
    let limit = size_arg(vm, args)?;
    match read_part(vm, args[0], false, limit) {
        Some(s) => Ok(vm.new_str(&s)),
        None => Err(vm.raise_msg("OSError", "not readable")),
    }
}

fn readline(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    check_open(vm, args[0])?;
    let limit = size_arg(vm, args)?;
    match read_part(vm, args[0], true, limit) {
        Some(s) => Ok(vm.new_str(&s)),
        None => Err(vm.raise_msg("OSError", "not readable")),
    }
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    check_open(vm, args[0])?;
    let mut out = Vec::new();
    loop {
        match read_part(vm, args[0], true, None) {
            Some(s) if s.is_empty() => break,
            Some(s) => out.push(vm.new_str(&s)),
            None => return Err(vm.raise_msg("OSError", "not readable")),
        }
    }
    Ok(vm.new_list(&out))
}

/// next() on a file: the next line, None at EOF.
pub fn file_next_line(vm: &mut Vm, f: Value) -> PyResult<Option<Value>> {
    check_open(vm, f)?;
    match read_part(vm, f, true, None) {
        Some(s) if s.is_empty() => Ok(None),
        Some(s) => Ok(Some(vm.new_str(&s))),
        None => Err(vm.raise_msg("OSError", "not readable")),
    }
}

fn next_line(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    match file_next_line(vm, args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0])
}

fn write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "write", &args[1..], 1, 1)?;
    if !is_str(args[1]) {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    }
    let s = text(args[1]).to_string();
    write_to(vm, args[0], &s)?;
    Ok(vm.new_int(crate::objects::str::char_len(args[1]) as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    for x in vm.collect_iterable(args[1])? {
        let s = vm.str_string(x)?;
        write_to(vm, args[0], &s)?;
    }
    Ok(Value::none())
}

fn close(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = file_data(args[0]);
    if let FileKind::Write { file } = &mut d.kind {
        let _ = file.flush();
    }
    if !matches!(
        d.kind,
        FileKind::Stdout | FileKind::Stderr | FileKind::Stdin
    ) {
        d.closed = true;
    }
    Ok(Value::none())
}

fn flush(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    flush_file(vm, args[0])?;
    Ok(Value::none())
}

/// Flush one of the VM's file objects (ValueError when closed, like CPython).
pub fn flush_file(vm: &mut Vm, f: Value) -> PyResult<()> {
    check_open(vm, f)?;
    match &mut file_data(f).kind {
        FileKind::Write { file } => {
            let _ = file.flush();
        }
        FileKind::Stdout => vm.stdout.flush(),
        FileKind::Stderr => vm.stderr.flush(),
        _ => {}
    }
    Ok(())
}

fn enter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    close(vm, &args[..1], kw)?;
    Ok(Value::false_())
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(match file_data(args[0]).kind {
        FileKind::Stdin => Value::small(0),
        FileKind::Stdout => Value::small(1),
        FileKind::Stderr => Value::small(2),
        _ => vm.new_int(3),
    })
}

fn isatty(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::false_())
}
