//! The printer: a trace in PyPy's log syntax (`i5 = int_add(i3, 1)`, guards with fail args).
//!
//! Values are named by type and position (`p0`, `i5`, `f7`); constants print as numbers,
//! `ConstPtr(0x..)`/`ConstPtr(null)` and `ConstClass(N)`; guards print
//! `descr=<Guard0xN>` (N = snapshot id, so shared snapshots show as equal descrs) and
//! their fail args (all frames' slots, outermost first; `None` for dead slots, `vK` for
//! virtuals). When the snapshot is more than one plain frame, a trailing comment gives
//! the frame structure and the virtuals:
//! `[p0, v0] # frames 7@12:1 3@4:1; v0 = new_with_vtable(descr=<SizeDescr P 24 vtable=3>) {<FieldS P.x 8>=i3}`.

use std::fmt::Write;

use crate::descr::Descr;
use crate::op::Opcode;
use crate::snapshot::{SnapValue, Snapshot, VirtualDesc};
use crate::trace::Trace;
use crate::types::{Const, IrRef, Opnd};

/// Formats a float the way the parser reads it back.
pub fn fmt_float(v: f64) -> String {
    if v.is_nan() {
        "nan".into()
    } else if v.is_infinite() {
        if v > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else {
        format!("{v:?}")
    }
}

/// Formats a constant.
pub fn fmt_const(c: Const) -> String {
    match c {
        Const::Int(v) => v.to_string(),
        Const::Float(b) => fmt_float(f64::from_bits(b)),
        Const::Ptr(0) => "ConstPtr(null)".into(),
        Const::Ptr(p) => format!("ConstPtr({p:#x})"),
    }
}

impl Trace {
    /// The name of a value: `p0`, `i5`, `f2`.
    pub fn name(&self, r: IrRef) -> String {
        format!("{}{}", self.ops[r.index()].ty.prefix(), r.0)
    }
    /// Formats an operand.
    pub fn fmt_opnd(&self, o: Opnd) -> String {
        match o {
            Opnd::Ref(r) => self.name(r),
            Opnd::Const(c) => fmt_const(self.konst(c)),
        }
    }
    /// Formats a descr as PyPy does.
    pub fn fmt_descr(&self, d: Descr) -> String {
        match d {
            Descr::None => String::new(),
            Descr::Field(f) => self.descrs.f(f).repr(),
            Descr::Array(a) => self.descrs.a(a).repr(),
            Descr::Size(s) => self.descrs.s(s).repr(),
            Descr::Call(c) => self.descrs.c(c).repr(),
            Descr::Target(t) => format!("TargetToken({})", t.0),
            Descr::Text(t) => format!("'{}'", self.texts[t.index()]),
        }
    }
    fn fmt_snapvalue(&self, v: SnapValue) -> String {
        match v {
            SnapValue::Ref(r) => self.name(r),
            SnapValue::Const(c) => fmt_const(self.konst(c)),
            SnapValue::Virtual(v) => format!("v{}", v.0),
            SnapValue::Dead => "None".into(),
        }
    }
    /// Formats a snapshot: `[fail args]` and, when needed, the frames/virtuals comment.
    pub fn fmt_snapshot(&self, s: &Snapshot) -> String {
        let args: Vec<String> = s.fail_args().map(|v| self.fmt_snapvalue(v)).collect();
        let mut out = format!("[{}]", args.join(", "));
        if s.is_plain() {
            return out;
        }
        let mut parts = Vec::new();
        if !(s.frames.len() == 1 && s.frames[0].code == 0 && s.frames[0].pc == 0) {
            let fr: Vec<String> = s
                .frames
                .iter()
                .map(|f| format!("{}@{}:{}", f.code, f.pc, f.slots.len()))
                .collect();
            parts.push(format!("frames {}", fr.join(" ")));
        }
        for (i, v) in s.virtuals.iter().enumerate() {
            parts.push(match v {
                VirtualDesc::Struct {
                    size,
                    vtable,
                    fields,
                } => {
                    let fs: Vec<String> = fields
                        .iter()
                        .map(|(f, v)| {
                            format!("{}={}", self.descrs.f(*f).repr(), self.fmt_snapvalue(*v))
                        })
                        .collect();
                    format!(
                        "v{i} = {}(descr={}) {{{}}}",
                        if *vtable { "new_with_vtable" } else { "new" },
                        self.descrs.s(*size).repr(),
                        fs.join(", ")
                    )
                }
                VirtualDesc::Array { descr, items } => {
                    let is: Vec<String> = items.iter().map(|v| self.fmt_snapvalue(*v)).collect();
                    format!(
                        "v{i} = new_array(descr={}) [{}]",
                        self.descrs.a(*descr).repr(),
                        is.join(", ")
                    )
                }
            });
        }
        let _ = write!(out, " # {}", parts.join("; "));
        out
    }
    /// Formats one op (without newline).
    pub fn fmt_op(&self, r: IrRef) -> String {
        let op = &self.ops[r.index()];
        let mut s = String::new();
        if op.ty != crate::types::Type::Void {
            let _ = write!(s, "{} = ", self.name(r));
        }
        s += op.opcode.name();
        s.push('(');
        let class_arg = matches!(op.opcode, Opcode::GuardClass | Opcode::GuardNonnullClass);
        let mut parts: Vec<String> = op
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| match (class_arg && i == 1, *a) {
                (true, Opnd::Const(c)) => format!("ConstClass({})", self.konst(c).bits() as i64),
                _ => self.fmt_opnd(*a),
            })
            .collect();
        match op.descr {
            Descr::None => {}
            Descr::Text(_) => parts.push(self.fmt_descr(op.descr)),
            d => parts.push(format!("descr={}", self.fmt_descr(d))),
        }
        if let Some(sn) = op.snap {
            parts.push(format!("descr=<Guard{:#x}>", sn.0));
        }
        s += &parts.join(", ");
        s.push(')');
        if let Some(sn) = op.snap {
            s.push(' ');
            s += &self.fmt_snapshot(self.snap(sn));
        }
        s
    }
    /// Prints the whole trace: header comments, the `[inputs]` line, then one op per line.
    pub fn print(&self) -> String {
        let mut out = String::new();
        for h in &self.header {
            let _ = writeln!(out, "# {h}");
        }
        if self.class_field != Default::default() {
            let _ = writeln!(
                out,
                "# class_field offset={} size={}",
                self.class_field.offset, self.class_field.size
            );
        }
        if !self.const_classes.is_empty() {
            let cs: Vec<String> = self
                .const_classes
                .iter()
                .map(|(a, c)| format!("{a:#x}={c}"))
                .collect();
            let _ = writeln!(out, "# const_classes {}", cs.join(" "));
        }
        let n = self.num_inputs();
        let ins: Vec<String> = (0..n).map(|i| self.name(IrRef::new(i))).collect();
        let _ = writeln!(out, "[{}]", ins.join(", "));
        for i in n..self.ops.len() {
            let _ = writeln!(out, "{}", self.fmt_op(IrRef::new(i)));
        }
        out
    }
}

impl std::fmt::Display for Trace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.print())
    }
}
