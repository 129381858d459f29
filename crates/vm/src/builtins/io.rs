//! Text I/O: open() for text files (encoding, errors, newline, '+' modes, seek/tell),
//! sys.stdout/stderr/stdin objects, print's file=, input().

use super::{arity, kwarg};
use crate::heap::collect::Trace;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::codecs::Codec;
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};
use std::cell::RefCell;
use std::io::Write;
use std::rc::{Rc, Weak};

pub enum FileKind {
    Stdout,
    Stderr,
    Stdin,
    /// A file opened for reading: its whole text and the read position.
    Read {
        text: String,
        pos: usize,
    },
    /// A file opened for writing; the writer is shared with the registry of live
    /// writers that `flush_writers` flushes (at exit, before a file is opened).
    Write {
        file: Writer,
    },
    /// A file opened with '+': its whole text, edited in memory (writes overwrite at
    /// the position; appending ones go to the end), the file rewritten at each write.
    Update {
        text: String,
        pos: usize,
        append: bool,
        dirty: bool,
        /// After a read, where CPython's raw file position is (its reads fetch 8 KiB
        /// chunks ahead): the next write goes there unless a seek comes first.
        ahead: Option<usize>,
    },
}

/// The size of the chunks CPython's text files read ahead.
const READ_CHUNK: usize = 8192;

pub type Writer = Rc<RefCell<std::io::BufWriter<std::fs::File>>>;

thread_local! {
    /// Every text file opened for writing that is still alive (CPython flushes a
    /// dropped file at once; coil's collector frees it later, so its buffered text
    /// is flushed by `flush_writers` when it matters).
    static WRITERS: RefCell<Vec<Weak<RefCell<std::io::BufWriter<std::fs::File>>>>> =
        const { RefCell::new(Vec::new()) };
}

/// Flush the buffered text of every live file opened for writing (at exit and before
/// a file is opened, so a file written without close() reads back as under CPython).
pub fn flush_writers() {
    WRITERS.with(|w| {
        w.borrow_mut().retain(|f| match f.upgrade() {
            Some(f) => {
                let _ = f.borrow_mut().flush();
                true
            }
            None => false,
        })
    });
}

pub struct FileData {
    pub kind: FileKind,
    pub name: String,
    pub mode: String,
    pub closed: bool,
    /// open()'s encoding and errors; None is UTF-8, strict.
    pub enc: Option<(String, String)>,
    /// open()'s newline when it is not None: reads are not translated and lines end
    /// at it ('' any of \n, \r, \r\n); '\r' and '\r\n' also replace written '\n'.
    pub newline: Option<String>,
    /// Bytes written so far (a UTF-16/32 byte order mark goes only before the first).
    pub written: bool,
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
            enc: None,
            newline: None,
            written: false,
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
        ("tell", tell),
        ("seek", seek),
        ("seekable", seekable),
        ("readable", readable),
        ("writable", writable),
        ("truncate", truncate),
    ];
    let t = vm.types.text_io;
    for &(n, f) in m {
        vm.add_method(t, n, f);
    }
}

/// open()'s str-or-None argument `name` at position `i`.
fn str_arg(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    i: usize,
    name: &str,
) -> PyResult<Option<String>> {
    match args.get(i).copied().or(kwarg(kw, name)) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if is_str(v) => Ok(Some(text(v).to_string())),
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "open() argument '{name}' must be str or None, not {tn}"
            )))
        }
    }
}

fn open(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "open", args, 1, 6)?;
    let encoding = str_arg(vm, args, kw, 3, "encoding")?;
    let errors = str_arg(vm, args, kw, 4, "errors")?;
    let newline = str_arg(vm, args, kw, 5, "newline")?;
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
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
        if newline.is_some() {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    }
    let enc = match (&encoding, &errors) {
        (None, None) => None,
        _ => {
            let e = encoding.clone().unwrap_or_else(|| "utf-8".into());
            if Codec::lookup(&e).is_none() {
                // unknown names raise LookupError now, as CPython's open() does
                let probe = vm.new_str("");
                let k = vm.intern("encode");
                let en = vm.new_str(&e);
                vm.call_method(probe, k, &[en])?;
            }
            Some((e, errors.clone().unwrap_or_else(|| "strict".into())))
        }
    };
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
    flush_writers();
    if std::path::Path::new(&p).is_dir() {
        return Err(os_error(vm, "IsADirectoryError", 21, "Is a directory", &p));
    }
    let kind = if mode.contains('+') {
        let existing = if mode.contains('w') {
            Vec::new()
        } else {
            match std::fs::read(&p) {
                Ok(b) => b,
                Err(e) if mode.contains('r') => return Err(io_err(vm, e)),
                Err(_) => Vec::new(),
            }
        };
        let mut o = std::fs::OpenOptions::new();
        o.write(true);
        if mode.contains('x') {
            o.create_new(true);
        } else if mode.contains('w') {
            o.create(true).truncate(true);
        } else if mode.contains('a') {
            o.create(true);
        }
        if let Err(e) = o.open(&p) {
            return Err(io_err(vm, e));
        }
        let text = decode_text(vm, &existing, &enc, &newline)?;
        let append = mode.contains('a');
        let pos = if append { text.len() } else { 0 };
        FileKind::Update {
            text,
            pos,
            append,
            dirty: false,
            ahead: None,
        }
    } else if mode.contains('w') || mode.contains('a') || mode.contains('x') {
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
            Ok(mut f) => {
                // An appending file's position starts at its end (tell() reports it).
                if mode.contains('a') {
                    use std::io::Seek;
                    let _ = f.seek(std::io::SeekFrom::End(0));
                }
                let file = Rc::new(RefCell::new(std::io::BufWriter::new(f)));
                WRITERS.with(|w| w.borrow_mut().push(Rc::downgrade(&file)));
                FileKind::Write { file }
            }
            Err(e) => return Err(io_err(vm, e)),
        }
    } else {
        match std::fs::read(&p) {
            Ok(bytes) if binary => {
                return binary_file(vm, "BufferedReader", Some(&bytes), &p, &mode)
            }
            Ok(bytes) => {
                let text = decode_text(vm, &bytes, &enc, &newline)?;
                FileKind::Read { text, pos: 0 }
            }
            Err(e) => return Err(io_err(vm, e)),
        }
    };
    let f = vm.new_file(kind, &p, &mode);
    let d = file_data(f);
    d.written = matches!(std::fs::metadata(&p), Ok(m) if m.len() > 0)
        && (mode.contains('a') || mode.contains('r'));
    d.enc = enc;
    d.newline = newline;
    Ok(f)
}

/// A text file's bytes as its text: decoded by its encoding and error handler (a
/// UnicodeDecodeError as CPython raises it), newlines translated unless `newline`
/// is given.
fn decode_text(
    vm: &mut Vm,
    bytes: &[u8],
    enc: &Option<(String, String)>,
    newline: &Option<String>,
) -> PyResult<String> {
    let utf8 = enc
        .as_ref()
        .is_none_or(|(e, _)| Codec::lookup(e) == Some(Codec::Utf8));
    let decoded = match std::str::from_utf8(bytes) {
        Ok(s) if utf8 => s.to_string(),
        _ => {
            let (e, errors) = enc
                .clone()
                .unwrap_or_else(|| ("utf-8".into(), "strict".into()));
            let b = vm.new_bytes(bytes);
            let k = vm.intern("decode");
            let ev = vm.new_str(&e);
            let erv = vm.new_str(&errors);
            let r = vm.call_method(b, k, &[ev, erv])?;
            text(r).to_string()
        }
    };
    Ok(match newline {
        None if decoded.contains('\r') => decoded.replace("\r\n", "\n").replace('\r', "\n"),
        _ => decoded,
    })
}

/// Text to write to file `f` as bytes: '\n' replaced by a '\r' or '\r\n' newline,
/// encoded by the file's encoding (a UTF-16/32 byte order mark only at the start).
fn encode_for_file(vm: &mut Vm, f: Value, s: &str) -> PyResult<Vec<u8>> {
    let d = file_data(f);
    let translated;
    let s = match d.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
            translated = s.replace('\n', nl);
            translated.as_str()
        }
        _ => s,
    };
    let Some((e, errors)) = d.enc.clone() else {
        return if crate::objects::codecs::has_surrogates(s) {
            encode_text(vm, f, s)
        } else {
            Ok(s.as_bytes().to_vec())
        };
    };
    let mut e = e;
    if d.written {
        match Codec::lookup(&e) {
            Some(Codec::Utf16) => e = "utf-16-le".into(),
            Some(Codec::Utf32) => e = "utf-32-le".into(),
            _ => {}
        }
    }
    let sv = vm.new_str(s);
    let k = vm.intern("encode");
    let ev = vm.new_str(&e);
    let erv = vm.new_str(&errors);
    let r = vm.call_method(sv, k, &[ev, erv])?;
    Ok(crate::objects::bytes::bytes_like(r)
        .map(|b| b.to_vec())
        .unwrap_or_default())
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
        if let FileKind::Update { .. } = file_data(f).kind {
            update_write(vm, f, s)?;
            return Ok(());
        }
        // Text holding lone surrogates goes through the file's encoder and error handler.
        let d = file_data(f);
        let recode = matches!(d.kind, FileKind::Write { .. })
            && (d.enc.is_some() || matches!(d.newline.as_deref(), Some("\r" | "\r\n")));
        let encoded = if recode {
            Some(encode_for_file(vm, f, s)?)
        } else if crate::objects::codecs::has_surrogates(s) {
            Some(encode_text(vm, f, s)?)
        } else {
            None
        };
        let bytes = encoded.as_deref().unwrap_or(s.as_bytes());
        let d = file_data(f);
        if !bytes.is_empty() {
            d.written = true;
        }
        match &mut d.kind {
            FileKind::Stdout => vm.stdout.write_bytes(bytes),
            FileKind::Stderr => {
                vm.stdout.flush();
                vm.stderr.write_bytes(bytes)
            }
            FileKind::Write { file } => {
                if file.borrow_mut().write_all(bytes).is_err() {
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

/// Write `s` into a '+' file's text at its position (overwriting), or at its end
/// when appending, and rewrite the file.
fn update_write(vm: &mut Vm, f: Value, s: &str) -> PyResult<()> {
    if let FileKind::Update {
        text,
        pos,
        append,
        dirty,
        ahead,
    } = &mut file_data(f).kind
    {
        if let Some(a) = ahead.take() {
            *pos = a;
        }
        if *append {
            *pos = text.len();
        }
        let n = s.chars().count();
        let end = text[*pos..]
            .char_indices()
            .nth(n)
            .map_or(text.len(), |(i, _)| *pos + i);
        text.replace_range(*pos..end, s);
        *pos += s.len();
        *dirty = true;
    }
    // written through at once: nothing is left unwritten when the file is dropped
    update_flush(vm, f)
}

/// Write a '+' file's edited text back to its file.
fn update_flush(vm: &mut Vm, f: Value) -> PyResult<()> {
    let d = file_data(f);
    let FileKind::Update { text, dirty, .. } = &mut d.kind else {
        return Ok(());
    };
    if !*dirty {
        return Ok(());
    }
    *dirty = false;
    let t = text.clone();
    let path = d.name.clone();
    d.written = false;
    let bytes = encode_for_file(vm, f, &t)?;
    file_data(f).written = !bytes.is_empty();
    if std::fs::write(&path, bytes).is_err() {
        return Err(vm.raise_msg("OSError", "write failed"));
    }
    Ok(())
}

/// The length of the line at the start of `rest` (with its end), by the file's newline.
fn line_len(rest: &str, newline: Option<&str>) -> usize {
    let found = match newline {
        None | Some("\n") => rest.find('\n').map(|i| i + 1),
        Some("") => rest.find(['\n', '\r']).map(|i| {
            if rest[i..].starts_with("\r\n") {
                i + 2
            } else {
                i + 1
            }
        }),
        Some(nl) => rest.find(nl).map(|i| i + nl.len()),
    };
    found.unwrap_or(rest.len())
}

/// Read the rest (or a line) of a readable file, at most `limit` chars when given.
fn read_part(vm: &mut Vm, f: Value, line: bool, limit: Option<usize>) -> Option<String> {
    let d = file_data(f);
    if let FileKind::Read { text, pos } | FileKind::Update { text, pos, .. } = &mut d.kind {
        if *pos >= text.len() {
            return Some(String::new());
        }
        let rest = &text[*pos..];
        let mut n = if line {
            line_len(rest, d.newline.as_deref())
        } else {
            rest.len()
        };
        if let Some(k) = limit {
            n = n.min(rest.char_indices().nth(k).map_or(rest.len(), |(i, _)| i));
        }
        let out = rest[..n].to_string();
        *pos += n;
        if let FileKind::Update {
            text, pos, ahead, ..
        } = &mut d.kind
        {
            let mut a = pos.div_ceil(READ_CHUNK).max(1) * READ_CHUNK;
            a = a.min(text.len());
            while !text.is_char_boundary(a) {
                a += 1;
            }
            *ahead = Some(a);
        }
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

fn close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if !file_data(args[0]).closed {
        update_flush(vm, args[0])?;
    }
    let d = file_data(args[0]);
    if let FileKind::Write { file } = &mut d.kind {
        let _ = file.borrow_mut().flush();
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
            let _ = file.borrow_mut().flush();
        }
        FileKind::Stdout => vm.stdout.flush(),
        FileKind::Stderr => vm.stderr.flush(),
        FileKind::Update { .. } => update_flush(vm, f)?,
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

/// Raise io.UnsupportedOperation(msg).
fn unsupported(vm: &mut Vm, msg: &str) -> crate::vm::Raised {
    let r = vm.import_module("io").and_then(|io| {
        let k = vm.intern("UnsupportedOperation");
        let cls = vm.getattr(io, k)?;
        let m = vm.new_str(msg);
        vm.call(cls, &[m])
    });
    match r {
        Ok(exc) => vm.raise(exc),
        Err(r) => r,
    }
}

fn tell(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    check_open(vm, args[0])?;
    let pos = match &mut file_data(args[0]).kind {
        FileKind::Read { pos, .. } | FileKind::Update { pos, .. } => *pos as u64,
        FileKind::Write { file } => {
            use std::io::Seek;
            match file.borrow_mut().stream_position() {
                Ok(p) => p,
                Err(_) => return Err(vm.raise_msg("OSError", "tell failed")),
            }
        }
        _ => return Err(unsupported(vm, "underlying stream is not seekable")),
    };
    Ok(vm.new_int(pos as i64))
}

/// seek(cookie, whence=0) of a text file: absolute positions (as tell() gives them),
/// or no move from the current position or to the end, as CPython's TextIOWrapper.
fn seek(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "seek", &args[1..], 1, 2)?;
    check_open(vm, args[0])?;
    let off = vm.to_i64_index(args[1], "")?;
    let whence = match args.get(2) {
        Some(&w) => vm.to_i64_index(w, "")?,
        None => 0,
    };
    match whence {
        0 if off < 0 => return Err(vm.value_error(format!("negative seek position {off}"))),
        0 => {}
        1 | 2 if off != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            return Err(unsupported(
                vm,
                &format!("can't do nonzero {what}-relative seeks"),
            ));
        }
        1 | 2 => {}
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    if let FileKind::Update { ahead, .. } = &mut file_data(args[0]).kind {
        *ahead = None;
    }
    let new = match &mut file_data(args[0]).kind {
        FileKind::Read { text, pos } | FileKind::Update { text, pos, .. } => {
            match whence {
                0 => {
                    let mut p = (off as usize).min(text.len());
                    while !text.is_char_boundary(p) {
                        p += 1;
                    }
                    *pos = p;
                }
                2 => *pos = text.len(),
                _ => {}
            }
            *pos as u64
        }
        FileKind::Write { file } => {
            use std::io::{Seek, SeekFrom};
            let to = match whence {
                0 => SeekFrom::Start(off as u64),
                1 => SeekFrom::Current(0),
                _ => SeekFrom::End(0),
            };
            match file.borrow_mut().seek(to) {
                Ok(p) => p,
                Err(_) => return Err(vm.raise_msg("OSError", "seek failed")),
            }
        }
        _ => return Err(unsupported(vm, "underlying stream is not seekable")),
    };
    Ok(vm.new_int(new as i64))
}

fn seekable(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    check_open(vm, args[0])?;
    let k = &file_data(args[0]).kind;
    Ok(Value::bool(matches!(
        k,
        FileKind::Read { .. } | FileKind::Write { .. } | FileKind::Update { .. }
    )))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    check_open(vm, args[0])?;
    let k = &file_data(args[0]).kind;
    Ok(Value::bool(matches!(
        k,
        FileKind::Read { .. } | FileKind::Stdin | FileKind::Update { .. }
    )))
}

fn writable(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    check_open(vm, args[0])?;
    let k = &file_data(args[0]).kind;
    Ok(Value::bool(!matches!(
        k,
        FileKind::Read { .. } | FileKind::Stdin
    )))
}

/// truncate(size=None) of a '+' file: its text cut at size (default the position).
fn truncate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "truncate", &args[1..], 0, 1)?;
    check_open(vm, args[0])?;
    let size = match args.get(1) {
        Some(&v) if !v.is_none() => Some(vm.to_i64_index(v, "")?.max(0) as usize),
        _ => None,
    };
    match &mut file_data(args[0]).kind {
        FileKind::Update {
            text, pos, dirty, ..
        } => {
            let mut at = size.unwrap_or(*pos).min(text.len());
            while !text.is_char_boundary(at) {
                at += 1;
            }
            text.truncate(at);
            *dirty = true;
            Ok(vm.new_int(at as i64))
        }
        FileKind::Write { file } => {
            let _ = file.borrow_mut().flush();
            let at = match size {
                Some(n) => n as u64,
                None => {
                    use std::io::Seek;
                    file.borrow_mut().stream_position().unwrap_or(0)
                }
            };
            if file.borrow().get_ref().set_len(at).is_err() {
                return Err(vm.raise_msg("OSError", "truncate failed"));
            }
            Ok(vm.new_int(at as i64))
        }
        _ => Err(unsupported(vm, "truncate")),
    }
}
