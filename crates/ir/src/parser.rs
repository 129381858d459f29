//! The parser: reads the printer's syntax (PyPy's log syntax) back into a [`Trace`].
//!
//! Accepted lines: `# comment` (comments before the inputs line become the header;
//! `# class_field offset=N size=N` sets the class field, `# const_classes 0xA=C ...`
//! the classes of constant objects), `descr NAME = <...>`
//! declarations (then usable as `descr=NAME`), the `[p0, i1]` inputs line, and op lines
//! `[+N: ][name = ]opname(args[, descr=D]) [fail args] [# frames ...; vK = ...]`.
//! Descrs may be written in full (`<FieldS Point.x 8>`); equal descrs are interned once.

use rustc_hash::FxHashMap;

use crate::descr::{ArrayDescr, CallDescr, Descr, Effect, FieldDescr, SizeDescr};
use crate::op::Opcode;
use crate::snapshot::{Frame, SnapValue, Snapshot, VirtualDesc};
use crate::trace::{ClassField, Op, Trace};
use crate::types::{Const, IrRef, Opnd, SnapId, TargetId, Type, VirtId};

/// A parse error with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// What went wrong.
    pub msg: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}

impl std::error::Error for ParseError {}

type PResult<T> = Result<T, String>;

struct Cur<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cur<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }
    fn ws(&mut self) {
        while self.rest().starts_with([' ', '\t']) {
            self.pos += 1;
        }
    }
    fn peek(&mut self) -> Option<char> {
        self.ws();
        self.rest().chars().next()
    }
    fn eat(&mut self, t: &str) -> bool {
        self.ws();
        if self.rest().starts_with(t) {
            self.pos += t.len();
            true
        } else {
            false
        }
    }
    fn expect(&mut self, t: &str) -> PResult<()> {
        if self.eat(t) {
            Ok(())
        } else {
            Err(format!("expected `{t}` at `{}`", self.rest()))
        }
    }
    /// A token of identifier/number characters (signs allowed first and after an exponent).
    fn word(&mut self) -> &'a str {
        self.ws();
        let r = self.rest();
        let b = r.as_bytes();
        let mut n = 0;
        while n < b.len() {
            let c = b[n] as char;
            let sign_ok = (c == '-' || c == '+') && (n == 0 || matches!(b[n - 1], b'e' | b'E'));
            if !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || sign_ok) {
                break;
            }
            n += 1;
        }
        self.pos += n;
        &r[..n]
    }
    /// A name: identifier characters only (letters, digits, `_`, `.`).
    fn ident(&mut self) -> &'a str {
        self.ws();
        let r = self.rest();
        let n = r
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .map(|(i, _)| i)
            .unwrap_or(r.len());
        self.pos += n;
        &r[..n]
    }
    /// `<...>` with nested brackets, returned without the angle brackets.
    fn angle(&mut self) -> PResult<&'a str> {
        self.expect("<")?;
        let r = self.rest();
        let mut depth = 1;
        for (i, c) in r.char_indices() {
            match c {
                '<' => depth += 1,
                '>' => {
                    depth -= 1;
                    if depth == 0 {
                        self.pos += i + 1;
                        return Ok(&r[..i]);
                    }
                }
                _ => {}
            }
        }
        Err("unterminated `<`".into())
    }
}

fn parse_int(s: &str) -> PResult<i64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let v = if let Some(h) = body.strip_prefix("0x") {
        u64::from_str_radix(h, 16)
            .map(|v| v as i64)
            .map_err(|e| format!("bad int `{s}`: {e}"))?
    } else {
        let u: u64 = body.parse().map_err(|e| format!("bad int `{s}`: {e}"))?;
        if !neg && u > i64::MAX as u64 {
            return Err(format!("int out of range `{s}`"));
        }
        u as i64
    };
    Ok(if neg { v.wrapping_neg() } else { v })
}

fn parse_u64(s: &str) -> PResult<u64> {
    if let Some(h) = s.strip_prefix("0x") {
        u64::from_str_radix(h, 16).map_err(|e| format!("bad number `{s}`: {e}"))
    } else {
        s.parse().map_err(|e| format!("bad number `{s}`: {e}"))
    }
}

fn parse_float(s: &str) -> PResult<f64> {
    match s {
        "nan" | "NaN" => Ok(f64::NAN),
        "inf" => Ok(f64::INFINITY),
        "-inf" => Ok(f64::NEG_INFINITY),
        _ => s.parse().map_err(|e| format!("bad float `{s}`: {e}")),
    }
}

fn is_float_lit(s: &str) -> bool {
    matches!(s, "nan" | "NaN" | "inf" | "-inf")
        || (!s.starts_with("0x")
            && !s.starts_with("-0x")
            && (s.contains('.') || s.contains('e') || s.contains('E')))
}

fn kind_type(c: char) -> PResult<(Type, bool)> {
    Ok(match c {
        'S' => (Type::Int, true),
        'U' => (Type::Int, false),
        'P' | 'R' => (Type::Ref, false),
        'F' => (Type::Float, false),
        _ => return Err(format!("unknown kind letter `{c}`")),
    })
}

fn kv<'b>(words: &[&'b str], key: &str) -> Option<&'b str> {
    words
        .iter()
        .find_map(|w| w.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
}

/// A parsed descr literal.
enum DescrLit {
    Descr(Descr),
    Guard(u32),
}

struct Parser {
    t: Trace,
    names: FxHashMap<String, IrRef>,
    declared: FxHashMap<String, Descr>,
    guard_snaps: FxHashMap<u32, SnapId>,
    seen_op: bool,
}

impl Parser {
    fn descr_lit(&mut self, body: &str) -> PResult<DescrLit> {
        if let Some(h) = body.strip_prefix("Guard") {
            return Ok(DescrLit::Guard(parse_u64(h)? as u32));
        }
        let words: Vec<&str> = body.split_whitespace().collect();
        let head = words.first().copied().unwrap_or("");
        if let Some(k) = head.strip_prefix("Field") {
            let (ty, signed) = kind_type(k.chars().next().ok_or("missing field kind")?)?;
            if words.len() < 3 {
                return Err(format!("bad field descr `<{body}>`"));
            }
            let d = FieldDescr {
                name: words[1].to_string(),
                offset: parse_int(words[2])? as i32,
                size: kv(&words, "size").map(parse_int).transpose()?.unwrap_or(8) as u8,
                ty,
                signed,
                immutable: words.contains(&"pure"),
            };
            return Ok(DescrLit::Descr(Descr::Field(self.t.descrs.field(d))));
        }
        if let Some(k) = head.strip_prefix("Array") {
            let (item_ty, signed) = kind_type(k.chars().next().ok_or("missing array kind")?)?;
            if words.len() < 3 {
                return Err(format!("bad array descr `<{body}>`"));
            }
            let d = ArrayDescr {
                name: words[2].to_string(),
                item_size: parse_int(words[1])? as u8,
                base_offset: kv(&words, "base").map(parse_int).transpose()?.unwrap_or(16) as i32,
                len_offset: kv(&words, "len").map(parse_int).transpose()?.unwrap_or(8) as i32,
                item_ty,
                signed,
                layout: kv(&words, "vtable")
                    .map(parse_int)
                    .transpose()?
                    .unwrap_or(0) as u32,
            };
            return Ok(DescrLit::Descr(Descr::Array(self.t.descrs.array(d))));
        }
        if head == "SizeDescr" {
            if words.len() < 3 {
                return Err(format!("bad size descr `<{body}>`"));
            }
            let d = SizeDescr {
                name: words[1].to_string(),
                size: parse_int(words[2])? as u32,
                vtable: kv(&words, "vtable")
                    .map(parse_int)
                    .transpose()?
                    .unwrap_or(0) as u32,
            };
            return Ok(DescrLit::Descr(Descr::Size(self.t.descrs.size(d))));
        }
        if let Some(k) = head.strip_prefix("Call") {
            let result = Type::from_letter(k.chars().next().ok_or("missing call kind")?)
                .ok_or_else(|| format!("bad call kind in `<{body}>`"))?;
            let sig = words.get(1).ok_or("call descr without name")?;
            let open = sig.find('(').ok_or("call descr without `(`")?;
            let name = &sig[..open];
            let args = sig[open + 1..].trim_end_matches(')');
            let args = args
                .chars()
                .map(|c| Type::from_letter(c).ok_or_else(|| format!("bad arg type `{c}`")))
                .collect::<PResult<Vec<_>>>()?;
            let effect = match kv(&words, "EF") {
                Some(e) => Effect::from_name(e).ok_or_else(|| format!("bad effect `{e}`"))?,
                None => Effect::MayWrite,
            };
            let d = CallDescr {
                name: name.to_string(),
                addr: kv(&words, "addr").map(parse_u64).transpose()?.unwrap_or(0),
                args,
                result,
                effect,
                can_raise: words.contains(&"raise"),
                can_collect: words.contains(&"collect"),
            };
            return Ok(DescrLit::Descr(Descr::Call(self.t.descrs.call(d))));
        }
        Err(format!("unknown descr `<{body}>`"))
    }

    fn descr(&mut self, c: &mut Cur) -> PResult<DescrLit> {
        if c.peek() == Some('<') {
            let body = c.angle()?;
            return self.descr_lit(body);
        }
        let w = c.ident();
        if w == "TargetToken" {
            c.expect("(")?;
            let n = parse_int(c.word())?;
            c.expect(")")?;
            return Ok(DescrLit::Descr(Descr::Target(TargetId(n as u32))));
        }
        self.declared
            .get(w)
            .map(|d| DescrLit::Descr(*d))
            .ok_or_else(|| format!("unknown descr `{w}`"))
    }

    fn value_name(&self, w: &str) -> PResult<IrRef> {
        self.names
            .get(w)
            .copied()
            .ok_or_else(|| format!("undefined value `{w}`"))
    }

    /// A constant or named value (operand position).
    fn operand(&mut self, c: &mut Cur) -> PResult<Opnd> {
        let w = c.word();
        if w.is_empty() {
            return Err(format!("expected operand at `{}`", c.rest()));
        }
        if w == "ConstPtr" || w == "ConstClass" || w == "ConstInt" || w == "ConstFloat" {
            c.expect("(")?;
            let inner = c.word();
            c.expect(")")?;
            let k = match w {
                "ConstPtr" if inner == "null" => Const::Ptr(0),
                "ConstPtr" => Const::Ptr(parse_u64(inner.trim_start_matches("ptr"))?),
                "ConstFloat" => Const::float(parse_float(inner)?),
                _ => Const::Int(parse_int(inner)?),
            };
            return Ok(self.t.c(k));
        }
        let first = w.chars().next().unwrap_or(' ');
        if first.is_ascii_digit()
            || first == '-'
            || first == '+'
            || w == "inf"
            || w == "nan"
            || w == "NaN"
        {
            if is_float_lit(w) {
                return Ok(self.t.float(parse_float(w)?));
            }
            return Ok(self.t.int(parse_int(w)?));
        }
        Ok(Opnd::Ref(self.value_name(w)?))
    }

    fn snap_value(&mut self, c: &mut Cur) -> PResult<SnapValue> {
        c.ws();
        let save = c.pos;
        let w = c.word();
        if w == "None" {
            return Ok(SnapValue::Dead);
        }
        if let Some(n) = w.strip_prefix('v') {
            if let Ok(n) = n.parse::<u32>() {
                return Ok(SnapValue::Virtual(VirtId(n)));
            }
        }
        c.pos = save;
        Ok(match self.operand(c)? {
            Opnd::Ref(r) => SnapValue::Ref(r),
            Opnd::Const(k) => SnapValue::Const(k),
        })
    }

    fn snapshot(&mut self, c: &mut Cur) -> PResult<Snapshot> {
        c.expect("[")?;
        let mut vals = Vec::new();
        if !c.eat("]") {
            loop {
                vals.push(self.snap_value(c)?);
                if c.eat("]") {
                    break;
                }
                c.expect(",")?;
            }
        }
        let mut snap = Snapshot::single(vals.clone());
        let mut virtuals: Vec<(u32, VirtualDesc)> = Vec::new();
        if c.eat("#") {
            for part in c.rest().split(';') {
                let part = part.trim();
                if let Some(fr) = part.strip_prefix("frames") {
                    let mut frames = Vec::new();
                    let mut at = 0;
                    for f in fr.split_whitespace() {
                        let (code, rest) = f
                            .split_once('@')
                            .ok_or_else(|| format!("bad frame `{f}`"))?;
                        let (pc, n) = rest
                            .split_once(':')
                            .ok_or_else(|| format!("bad frame `{f}`"))?;
                        let n = parse_int(n)? as usize;
                        if at + n > vals.len() {
                            return Err("frames have more slots than the fail args".into());
                        }
                        frames.push(Frame {
                            code: parse_int(code)? as u32,
                            pc: parse_int(pc)? as u32,
                            slots: vals[at..at + n].to_vec(),
                        });
                        at += n;
                    }
                    if at != vals.len() {
                        return Err("frames have fewer slots than the fail args".into());
                    }
                    snap.frames = frames;
                } else if part.starts_with('v') {
                    let mut vc = Cur { s: part, pos: 0 };
                    let name = vc.ident();
                    let id: u32 = name
                        .get(1..)
                        .unwrap_or("")
                        .parse()
                        .map_err(|_| format!("bad virtual `{name}`"))?;
                    vc.expect("=")?;
                    let kind = vc.ident();
                    vc.expect("(")?;
                    vc.expect("descr")?;
                    vc.expect("=")?;
                    let d = self.descr(&mut vc)?;
                    vc.expect(")")?;
                    let desc = match (kind, d) {
                        ("new" | "new_with_vtable", DescrLit::Descr(Descr::Size(size))) => {
                            vc.expect("{")?;
                            let mut fields = Vec::new();
                            if !vc.eat("}") {
                                loop {
                                    let f = match self.descr(&mut vc)? {
                                        DescrLit::Descr(Descr::Field(f)) => f,
                                        _ => return Err("virtual field needs a field descr".into()),
                                    };
                                    vc.expect("=")?;
                                    fields.push((f, self.snap_value(&mut vc)?));
                                    if vc.eat("}") {
                                        break;
                                    }
                                    vc.expect(",")?;
                                }
                            }
                            VirtualDesc::Struct {
                                size,
                                vtable: kind == "new_with_vtable",
                                fields,
                            }
                        }
                        ("new_array", DescrLit::Descr(Descr::Array(descr))) => {
                            vc.expect("[")?;
                            let mut items = Vec::new();
                            if !vc.eat("]") {
                                loop {
                                    items.push(self.snap_value(&mut vc)?);
                                    if vc.eat("]") {
                                        break;
                                    }
                                    vc.expect(",")?;
                                }
                            }
                            VirtualDesc::Array { descr, items }
                        }
                        _ => return Err(format!("bad virtual description `{part}`")),
                    };
                    virtuals.push((id, desc));
                } else if !part.is_empty() {
                    return Err(format!("unknown snapshot annotation `{part}`"));
                }
            }
            c.pos = c.s.len();
        }
        virtuals.sort_by_key(|v| v.0);
        for (i, (id, _)) in virtuals.iter().enumerate() {
            if *id as usize != i {
                return Err("virtuals must be numbered v0, v1, ... without gaps".into());
            }
        }
        snap.virtuals = virtuals.into_iter().map(|v| v.1).collect();
        for v in snap.all_values() {
            if let SnapValue::Virtual(id) = v {
                if id.index() >= snap.virtuals.len() {
                    return Err(format!("virtual v{} is not described", id.0));
                }
            }
        }
        Ok(snap)
    }

    fn define(&mut self, name: &str, r: IrRef) -> PResult<()> {
        let ty = self.t.ops[r.index()].ty;
        let want = name.chars().next().and_then(Type::from_letter);
        if want != Some(ty) {
            return Err(format!("`{name}` names a value of type {ty:?}"));
        }
        if self.names.insert(name.to_string(), r).is_some() {
            return Err(format!("`{name}` defined twice"));
        }
        Ok(())
    }

    fn line(&mut self, line: &str) -> PResult<()> {
        let mut s = line.trim();
        if s.is_empty() || s.starts_with("--end") {
            return Ok(());
        }
        if let Some(c) = s.strip_prefix('#') {
            let c = c.trim();
            if let Some(rest) = c.strip_prefix("class_field") {
                let words: Vec<&str> = rest.split_whitespace().collect();
                self.t.class_field = ClassField {
                    offset: kv(&words, "offset")
                        .map(parse_int)
                        .transpose()?
                        .unwrap_or(0) as i32,
                    size: kv(&words, "size").map(parse_int).transpose()?.unwrap_or(4) as u8,
                };
            } else if let Some(rest) = c.strip_prefix("const_classes") {
                for w in rest.split_whitespace() {
                    let (a, k) = w
                        .split_once('=')
                        .ok_or_else(|| format!("bad const class `{w}`"))?;
                    self.t
                        .const_classes
                        .push((parse_u64(a)?, parse_int(k)? as u32));
                }
            } else if !self.seen_op {
                self.t.header.push(c.to_string());
            }
            return Ok(());
        }
        if let Some(rest) = s.strip_prefix("descr ") {
            let (name, lit) = rest
                .split_once('=')
                .ok_or("expected `descr NAME = <...>`")?;
            let mut c = Cur { s: lit, pos: 0 };
            let d = match self.descr(&mut c)? {
                DescrLit::Descr(d) => d,
                DescrLit::Guard(_) => return Err("cannot declare a guard descr".into()),
            };
            self.declared.insert(name.trim().to_string(), d);
            return Ok(());
        }
        if s.starts_with('+') {
            if let Some(i) = s.find(':') {
                s = s[i + 1..].trim();
            }
        }
        if s.starts_with('[') {
            if self.seen_op {
                return Err("inputs line after ops".into());
            }
            self.seen_op = true;
            let inner = s.trim_start_matches('[').trim_end_matches(']');
            for w in inner.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                let ty = w
                    .chars()
                    .next()
                    .and_then(Type::from_letter)
                    .filter(|t| *t != Type::Void);
                let ty = ty.ok_or_else(|| format!("bad input name `{w}`"))?;
                let r = self.t.input(ty);
                self.define(w, r)?;
            }
            return Ok(());
        }
        self.seen_op = true;
        let mut c = Cur { s, pos: 0 };
        let mut result_name = None;
        let first = c.ident();
        let opname = if c.eat("=") {
            result_name = Some(first);
            c.ident()
        } else {
            first
        };
        let opcode = Opcode::from_name(opname).ok_or_else(|| format!("unknown op `{opname}`"))?;
        if opcode == Opcode::Input {
            return Err("`input` is written in the inputs line".into());
        }
        c.expect("(")?;
        let mut op = Op::new(opcode, &[], Descr::None);
        let mut guard_id = None;
        if !c.eat(")") {
            loop {
                c.ws();
                if c.rest().starts_with("descr=") {
                    c.expect("descr=")?;
                    match self.descr(&mut c)? {
                        DescrLit::Guard(n) => guard_id = Some(n),
                        DescrLit::Descr(d) => op.descr = d,
                    }
                } else if c.peek() == Some('\'') {
                    c.pos += 1;
                    let r = c.rest();
                    let end = r.find('\'').ok_or("unterminated string")?;
                    let text = &r[..end];
                    c.pos += end + 1;
                    op.descr = Descr::Text(self.t.text(text));
                } else {
                    op.args.push(self.operand(&mut c)?);
                }
                if c.eat(")") {
                    break;
                }
                c.expect(",")?;
            }
        }
        if opcode.is_guard() {
            if c.peek() != Some('[') {
                return Err(format!("guard `{opname}` without fail args"));
            }
            let snap = self.snapshot(&mut c)?;
            let id = match guard_id.and_then(|g| self.guard_snaps.get(&g).copied()) {
                Some(id) => {
                    if self.t.snaps[id.index()] != snap {
                        return Err(format!(
                            "guard descr {:#x} reused with a different snapshot",
                            guard_id.unwrap_or(0)
                        ));
                    }
                    id
                }
                None => {
                    let id = self.t.snapshot(snap);
                    if let Some(g) = guard_id {
                        self.guard_snaps.insert(g, id);
                    }
                    id
                }
            };
            op.snap = Some(id);
        } else if guard_id.is_some() {
            return Err("guard descr on a non-guard".into());
        }
        c.ws();
        if !c.rest().is_empty() && !c.rest().starts_with('#') {
            return Err(format!("trailing text `{}`", c.rest()));
        }
        let r = self.t.push(op);
        match (result_name, self.t.ops[r.index()].ty) {
            (Some(n), Type::Void) => {
                return Err(format!("`{opname}` has no result but is named `{n}`"))
            }
            (Some(n), _) => self.define(n, r)?,
            (None, Type::Void) => {}
            (None, _) => return Err(format!("result of `{opname}` must be named")),
        }
        Ok(())
    }
}

/// Parses a trace from text.
pub fn parse(text: &str) -> Result<Trace, ParseError> {
    let mut p = Parser {
        t: Trace::new(),
        names: FxHashMap::default(),
        declared: FxHashMap::default(),
        guard_snaps: FxHashMap::default(),
        seen_op: false,
    };
    for (i, line) in text.lines().enumerate() {
        p.line(line)
            .map_err(|msg| ParseError { line: i + 1, msg })?;
    }
    Ok(p.t)
}
