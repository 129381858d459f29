//! Exceptions: creating and raising them from Rust, their str(), and traceback entries.

use crate::heap::{self, get};
use crate::layout::*;
use crate::objects::types::type_data;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Raised, Vm};

impl Vm {
    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&mut self, cls: Value, args: &[Value]) -> Value {
        let inst = self.new_instance(cls);
        let t = self.new_tuple(args);
        let name = self.names.args;
        self.instance_set(inst, name, t);
        inst
    }

    /// Raise `exc` (an exception instance): store it and return the marker.
    pub fn raise(&mut self, exc: Value) -> Raised {
        let h = self.cur_handled();
        if !h.is_none() && h != exc && self.is_exception_instance(exc) {
            let k = self.names.context;
            if self.instance_get(exc, k).is_none() {
                self.instance_set(exc, k, h);
            }
        }
        self.exc = exc;
        Raised
    }

    /// Raise a new exception of the named built-in class with a message.
    pub fn raise_msg(&mut self, cls_name: &str, msg: impl AsRef<str>) -> Raised {
        let cls = self.exc_type(cls_name);
        let m = self.new_str(msg.as_ref());
        let e = self.new_exception(cls, &[m]);
        self.raise(e)
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("TypeError", msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("ValueError", msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("IndexError", msg)
    }
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("AttributeError", msg)
    }
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("ZeroDivisionError", msg)
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("OverflowError", msg)
    }
    pub fn not_supported(&mut self, what: impl AsRef<str>) -> Raised {
        self.raise_msg(
            "NotImplementedError",
            format!("coil does not support {} yet", what.as_ref()),
        )
    }

    /// KeyError(key) (the key itself is the argument, as in CPython).
    pub fn key_error(&mut self, key: Value) -> Raised {
        let cls = self.exc_type("KeyError");
        let e = self.new_exception(cls, &[key]);
        self.raise(e)
    }

    /// StopIteration with no value.
    pub fn stop_iteration(&mut self) -> Raised {
        let cls = self.exc_type("StopIteration");
        let e = self.new_exception(cls, &[]);
        self.raise(e)
    }

    pub fn is_exception_instance(&self, v: Value) -> bool {
        heap::has_layout(v, LayoutId::Instance) && type_data(get::<InstanceObj>(v).cls).is_exception
    }

    /// Does the pending exception match class `cls`?
    pub fn exc_matches(&self, exc: Value, cls: Value) -> bool {
        self.isinstance(exc, cls)
    }

    /// The `args` tuple of an exception.
    pub fn exc_args(&self, exc: Value) -> Value {
        match self.instance_get(exc, self.names.args) {
            Some(t) if heap::has_layout(t, LayoutId::Tuple) => t,
            _ => Value::EMPTY,
        }
    }

    /// `BaseException.__init__`: store `args`, plus the attributes CPython's subclasses
    /// take (OSError's errno/strerror/filename, ImportError's name/path, AttributeError's
    /// name/obj, NameError's name, UnicodeDecodeError's fields).
    pub fn exc_init(&mut self, exc: Value, args: &[Value], kw: Kwargs) -> PyResult<()> {
        let cls = self.type_of(exc);
        let allowed: &[&str] = if self.is_subtype(cls, self.exc_type("ImportError")) {
            &["name", "path"]
        } else if self.is_subtype(cls, self.exc_type("AttributeError")) {
            &["name", "obj"]
        } else if self.is_subtype(cls, self.exc_type("NameError")) {
            &["name"]
        } else {
            &[]
        };
        for &(k, v) in kw {
            let ks = crate::objects::str::text(k).to_string();
            if !allowed.contains(&ks.as_str()) {
                let tn = type_data(cls).name.clone();
                return Err(if allowed.is_empty() {
                    self.type_error(format!("{tn}() takes no keyword arguments"))
                } else {
                    self.type_error(format!("{tn}() got an unexpected keyword argument '{ks}'"))
                });
            }
            self.instance_set(exc, k, v);
        }
        if args.len() == 1 && self.is_subtype(cls, self.exc_type("ImportError")) {
            let k = self.intern("msg");
            self.instance_set(exc, k, args[0]);
        }
        let mut stored = args;
        if self.is_subtype(cls, self.exc_type("OSError")) && (2..=5).contains(&args.len()) {
            let names = ["errno", "strerror", "filename", "", "filename2"];
            for (i, &v) in args.iter().enumerate() {
                if !names[i].is_empty() {
                    let k = self.intern(names[i]);
                    self.instance_set(exc, k, v);
                }
            }
            stored = &args[..2];
        }
        if (self.is_subtype(cls, self.exc_type("UnicodeDecodeError"))
            || self.is_subtype(cls, self.exc_type("UnicodeEncodeError")))
            && args.len() == 5
        {
            for (i, n) in ["encoding", "object", "start", "end", "reason"]
                .iter()
                .enumerate()
            {
                let k = self.intern(n);
                self.instance_set(exc, k, args[i]);
            }
        }
        if self.is_subtype(cls, self.exc_type("SyntaxError")) {
            self.syntax_error_init(exc, args)?;
        }
        let t = self.new_tuple(stored);
        let k = self.names.args;
        self.instance_set(exc, k, t);
        Ok(())
    }

    /// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
    fn syntax_error_init(&mut self, exc: Value, args: &[Value]) -> PyResult<()> {
        if let Some(&m) = args.first() {
            let k = self.names.msg;
            self.instance_set(exc, k, m);
        }
        if args.len() != 2 {
            return Ok(());
        }
        let info = if heap::has_layout(args[1], LayoutId::Tuple) {
            heap::items(args[1]).to_vec()
        } else if heap::has_layout(args[1], LayoutId::List) {
            crate::objects::seq::list_items(args[1]).to_vec()
        } else {
            return Err(self.type_error("'SyntaxError' details must be a tuple"));
        };
        if info.len() < 4 {
            return Err(self.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(self.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            let v = info.get(i).copied().unwrap_or(Value::none());
            let k = self.intern(n);
            self.instance_set(exc, k, v);
        }
        Ok(())
    }

    /// str(SyntaxError): `msg (file, line N)` with the file's basename.
    fn syntax_error_str(&mut self, exc: Value) -> PyResult<String> {
        let (mk, fk, lk) = (self.names.msg, self.names.filename, self.names.lineno);
        let msg = self.instance_get(exc, mk).unwrap_or(Value::none());
        let msg = self.str_string(msg)?;
        let file = self
            .instance_get(exc, fk)
            .filter(|f| crate::objects::str::is_str(*f))
            .map(|f| {
                let t = crate::objects::str::text(f);
                t.rsplit('/').next().unwrap_or(t).to_string()
            });
        let line = self.instance_get(exc, lk).and_then(|l| l.as_small());
        Ok(match (file, line) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        })
    }

    /// The OSError subclass CPython picks for `OSError(errno, ...)`.
    pub fn oserror_subclass(&self, cls: Value, args: &[Value]) -> Value {
        if cls != self.exc_type("OSError") || args.len() < 2 || !args[0].is_small() {
            return cls;
        }
        let name = match args[0].small_value() {
            11 | 114 | 115 => "BlockingIOError",
            10 => "ChildProcessError",
            32 | 108 => "BrokenPipeError",
            103 => "ConnectionAbortedError",
            111 => "ConnectionRefusedError",
            104 => "ConnectionResetError",
            17 => "FileExistsError",
            2 => "FileNotFoundError",
            21 => "IsADirectoryError",
            20 => "NotADirectoryError",
            4 => "InterruptedError",
            1 | 13 => "PermissionError",
            3 => "ProcessLookupError",
            110 => "TimeoutError",
            _ => return cls,
        };
        self.exc_type(name)
    }

    /// str(exception) per BaseException.__str__ (KeyError uses repr of its one argument).
    pub fn exc_str(&mut self, exc: Value) -> PyResult<String> {
        let cls = self.type_of(exc);
        if self.is_subtype(cls, self.exc_type("OSError")) {
            let (ek, sk, fk) = (
                self.intern("errno"),
                self.intern("strerror"),
                self.intern("filename"),
            );
            if let (Some(e), Some(st)) = (self.instance_get(exc, ek), self.instance_get(exc, sk)) {
                let es = self.str_string(e)?;
                let ss = self.str_string(st)?;
                return Ok(match self.instance_get(exc, fk).filter(|f| !f.is_none()) {
                    Some(f) => {
                        let fr = self.repr_string(f)?;
                        format!("[Errno {es}] {ss}: {fr}")
                    }
                    None => format!("[Errno {es}] {ss}"),
                });
            }
        }
        if self.is_subtype(cls, self.exc_type("UnicodeDecodeError")) {
            let ks: Vec<Value> = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .map(|n| self.intern(n))
                .collect();
            let vals: Vec<Option<Value>> = ks.iter().map(|&k| self.instance_get(exc, k)).collect();
            if let [Some(enc), Some(obj), Some(start), Some(end), Some(reason)] = vals[..] {
                let enc = self.str_string(enc)?;
                let reason = self.str_string(reason)?;
                let (s, e) = (start.small_value(), end.small_value());
                let bytes = crate::objects::bytes::bytes_like(obj).unwrap_or_default();
                if e == s + 1 && (s as usize) < bytes.len() {
                    return Ok(format!(
                        "'{enc}' codec can't decode byte {:#04x} in position {s}: {reason}",
                        bytes[s as usize]
                    ));
                }
                return Ok(format!(
                    "'{enc}' codec can't decode bytes in position {s}-{}: {reason}",
                    e - 1
                ));
            }
        }
        if self.is_subtype(cls, self.exc_type("SyntaxError")) {
            return self.syntax_error_str(exc);
        }
        let args = self.exc_args(exc);
        if args.is_empty() {
            return Ok(String::new());
        }
        let items = heap::items(args).to_vec();
        match items.len() {
            0 => Ok(String::new()),
            1 => {
                let key_error = self.exc_type("KeyError");
                if self.isinstance(exc, key_error) {
                    self.repr_string(items[0])
                } else {
                    self.str_string(items[0])
                }
            }
            _ => self.repr_string(args),
        }
    }

    /// The traceback chain of an exception (EMPTY if none).
    pub fn exc_traceback(&self, exc: Value) -> Value {
        self.instance_get(exc, self.names.traceback)
            .filter(|t| !t.is_none())
            .unwrap_or(Value::EMPTY)
    }

    /// A traceback entry's `tb_frame`: a frame snapshot (code, globals, line; the
    /// locals of a function frame are gone by then, so `f_locals` is an empty dict),
    /// made on first use and kept in the entry.
    /// The entries after it get theirs at the same time, each with `f_back` the frame of
    /// the entry before it (its caller), unless they already have one.
    pub fn tb_frame(&mut self, tb: Value) -> Value {
        let t = get::<TracebackObj>(tb);
        if heap::has_layout(t.frame, LayoutId::Wrapper) {
            return t.frame;
        }
        let first = self.tb_frame_one(tb, Value::none());
        let (mut back, mut cur) = (first, get::<TracebackObj>(tb).next);
        while heap::has_layout(cur, LayoutId::Traceback)
            && !heap::has_layout(get::<TracebackObj>(cur).frame, LayoutId::Wrapper)
        {
            back = self.tb_frame_one(cur, back);
            cur = get::<TracebackObj>(cur).next;
        }
        first
    }

    fn tb_frame_one(&mut self, tb: Value, back: Value) -> Value {
        let t = get::<TracebackObj>(tb);
        let (code, globals, lineno) = (t.code, t.frame, t.lineno);
        let module_level = crate::interp::code::code_data(code).code.name == "<module>";
        let locals = if module_level || globals.is_none() {
            globals
        } else {
            self.new_dict()
        };
        let line = Value::small(lineno);
        let info = self.new_tuple(&[globals, line, locals]);
        let f = self.new_wrapper(crate::objects::types::WrapKind::Frame, code, back, info);
        get::<TracebackObj>(tb).frame = f;
        self.heap.barrier(tb);
        f
    }

    /// `f_lineno` of a frame snapshot (code `code`, info tuple `parts`): the current line
    /// of the interpreter frame it was taken from while that frame is still at its index
    /// with the same code and base, else the line at the snapshot.
    pub fn frame_lineno(&self, code: Value, parts: &[Value]) -> Value {
        if let (Some(i), Some(b)) = (
            parts.get(3).and_then(|v| v.as_small()),
            parts.get(4).and_then(|v| v.as_small()),
        ) {
            if let Some(f) = self.frames.get(i as usize) {
                if f.code == code && f.base as i64 == b {
                    let cd = crate::interp::code::code_data(code);
                    return Value::small(cd.code.line_of(f.pc.saturating_sub(1)) as i64);
                }
            }
        }
        parts[1]
    }

    /// Prepend a traceback entry for (code, line) to the exception's chain.
    pub fn add_traceback(&mut self, exc: Value, code: Value, lineno: i64, lasti: i64) {
        if !self.is_exception_instance(exc) {
            return;
        }
        let next = self.exc_traceback(exc);
        let frame = self.frames.last().map_or(Value::none(), |f| f.globals);
        let tb = self.heap.alloc(TracebackObj {
            header: Header::new(LayoutId::Traceback),
            next,
            code,
            frame,
            lineno,
            lasti,
        });
        let name = self.names.traceback;
        self.instance_set(exc, name, tb);
    }
}

/// CPython's suggestion metric (Python/suggestions.c): edit distance where a case change
/// costs 1 and any other edit 2, over UTF-8 bytes, after trimming common affixes.
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (0..a.len()).map(|i| (i + 1) * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name` (CPython's `calculate_suggestions`).
pub fn closest_name(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max_distance =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

impl Vm {
    /// Raise NameError for `name`, remembering the raising frame's globals so the
    /// traceback can offer "Did you mean" (CPython looks at the last traceback frame).
    pub fn raise_name_error(&mut self, name: Value) -> Raised {
        let n = crate::objects::str::text(name).to_string();
        let cls = self.exc_type("NameError");
        let m = self.new_str(&format!("name '{n}' is not defined"));
        let e = self.new_exception(cls, &[m]);
        let nk = self.intern("name");
        self.instance_set(e, nk, name);
        if let Some(f) = self.frames.last() {
            let g = f.globals;
            let gk = self.intern(SUGGEST_GLOBALS);
            self.instance_set(e, gk, g);
        }
        self.raise(e)
    }

    /// The "Did you mean: 'x'?" text CPython appends to an uncaught AttributeError or
    /// NameError (empty when there is no close candidate).
    pub fn exc_suggestion(&mut self, exc: Value) -> Option<String> {
        use crate::objects::str::{is_str, text};
        let ae = self.exc_type("AttributeError");
        let ne = self.exc_type("NameError");
        let nk = self.intern("name");
        let name = self.instance_get(exc, nk).filter(|n| is_str(*n))?;
        let name_s = text(name).to_string();
        if self.isinstance(exc, ae) {
            let ok = self.intern("obj");
            let obj = self.instance_get(exc, ok)?;
            let mut names = crate::builtins::core::dir_names(self, obj).ok()?;
            names.sort();
            return closest_name(&names, &name_s);
        }
        if self.isinstance(exc, ne) && !self.isinstance(exc, self.exc_type("UnboundLocalError")) {
            // The innermost traceback entry's code: its variable names first.
            let mut tb = self.exc_traceback(exc);
            let mut code = Value::EMPTY;
            while heap::has_layout(tb, LayoutId::Traceback) {
                code = get::<TracebackObj>(tb).code;
                tb = get::<TracebackObj>(tb).next;
            }
            if !code.is_empty() {
                let cd = crate::interp::code::code_data(code);
                let vars: Vec<String> = cd.code.varnames.iter().map(|s| s.to_string()).collect();
                if let Some(s) = closest_name(&vars, &name_s) {
                    return Some(s);
                }
            }
            let gk = self.intern(SUGGEST_GLOBALS);
            for d in [self.instance_get(exc, gk), Some(self.builtins)]
                .into_iter()
                .flatten()
            {
                if !crate::objects::dict::is_dict(d) {
                    continue;
                }
                let keys: Vec<String> = self
                    .dict_items_vec(d)
                    .into_iter()
                    .filter(|(k, _)| is_str(*k))
                    .map(|(k, _)| text(k).to_string())
                    .collect();
                if let Some(s) = closest_name(&keys, &name_s) {
                    return Some(s);
                }
            }
        }
        None
    }
}

/// Hidden attribute of a NameError: the globals of the frame that raised it.
const SUGGEST_GLOBALS: &str = " globals";
