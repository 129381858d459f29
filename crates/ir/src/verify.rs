//! The verifier: SSA order, operand and descr types, snapshots on guards, label scoping.

use rustc_hash::FxHashSet;

use crate::descr::Descr;
use crate::op::Opcode;
use crate::snapshot::{SnapValue, VirtualDesc};
use crate::trace::Trace;
use crate::types::{IrRef, Opnd, Type};

/// The first problem found, at an op.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyError {
    /// The offending op.
    pub at: IrRef,
    /// What is wrong.
    pub msg: String,
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "op {}: {}", self.at.0, self.msg)
    }
}

impl std::error::Error for VerifyError {}

fn type_ok(want: char, got: Type) -> bool {
    match want {
        'i' => got == Type::Int,
        'f' => got == Type::Float,
        'r' => got == Type::Ref,
        _ => got != Type::Void,
    }
}

/// Checks a trace's well-formedness; see the module doc for what is checked.
pub fn verify(t: &Trace) -> Result<(), VerifyError> {
    let sizes_ok = t
        .descrs
        .fields
        .iter()
        .all(|f| matches!(f.size, 1 | 2 | 4 | 8))
        && t.descrs
            .arrays
            .iter()
            .all(|a| matches!(a.item_size, 1 | 2 | 4 | 8));
    if !sizes_ok {
        return Err(VerifyError {
            at: IrRef(0),
            msg: "field or item size not 1, 2, 4 or 8".into(),
        });
    }
    let n_in = t.num_inputs();
    // Values visible at this point; a label narrows it to its arguments.
    let mut scope_start = 0usize;
    let mut scope_extra: FxHashSet<IrRef> = FxHashSet::default();
    for (i, op) in t.ops.iter().enumerate() {
        let at = IrRef::new(i);
        let err = |msg: String| Err(VerifyError { at, msg });
        if op.opcode == Opcode::Input {
            if i >= n_in {
                return err("input after other ops".into());
            }
            if op.ty == Type::Void {
                return err("void input".into());
            }
            continue;
        }
        let visible = |r: IrRef| r.index() >= scope_start || scope_extra.contains(&r);
        // Operands.
        for (k, a) in op.args.iter().enumerate() {
            match *a {
                Opnd::Ref(r) => {
                    if r.index() >= i {
                        return err(format!("operand {k} uses {} before its definition", r.0));
                    }
                    if t.ops[r.index()].ty == Type::Void {
                        return err(format!("operand {k} is a void op"));
                    }
                    if !visible(r) {
                        return err(format!(
                            "operand {k} uses {} from before the label",
                            t.name(r)
                        ));
                    }
                }
                Opnd::Const(c) => {
                    if c.index() >= t.consts.len() {
                        return err(format!("operand {k} is an unknown constant"));
                    }
                }
            }
        }
        let sig = op.opcode.info().sig;
        let variadic = sig.ends_with('.');
        let fixed: Vec<char> = sig.trim_end_matches('.').chars().collect();
        if (!variadic && op.args.len() != fixed.len()) || op.args.len() < fixed.len() {
            return err(format!(
                "{} takes {} operands, has {}",
                op.opcode,
                fixed.len(),
                op.args.len()
            ));
        }
        for (k, w) in fixed.iter().enumerate() {
            let ty = t.ty(op.args[k]);
            if !type_ok(*w, ty) {
                return err(format!("operand {k} of {} has type {ty:?}", op.opcode));
            }
        }
        if op.ty != op.opcode.result() {
            return err(format!("result type {:?} differs from the table's", op.ty));
        }
        // Descrs.
        let d = op.descr;
        let bad_descr = |what: &str| {
            Err(VerifyError {
                at,
                msg: format!("{} needs a {what} descr", op.opcode),
            })
        };
        use Opcode::*;
        match op.opcode {
            GetfieldGcI | GetfieldGcR | GetfieldGcF | GetfieldRawI | GetfieldRawF => match d {
                Descr::Field(f) if f.index() < t.descrs.fields.len() => {
                    if t.descrs.f(f).ty != op.ty {
                        return err("field type differs from the load's type".into());
                    }
                }
                _ => return bad_descr("field"),
            },
            SetfieldGc | SetfieldRaw => match d {
                Descr::Field(f) if f.index() < t.descrs.fields.len() => {
                    if t.descrs.f(f).ty != t.ty(op.args[1]) {
                        return err("stored value's type differs from the field's".into());
                    }
                }
                _ => return bad_descr("field"),
            },
            GetarrayitemGcI | GetarrayitemGcR | GetarrayitemGcF | SetarrayitemGc | ArraylenGc
            | NewArray | NewArrayClear => match d {
                Descr::Array(a) if a.index() < t.descrs.arrays.len() => {
                    let ity = t.descrs.a(a).item_ty;
                    if op.opcode == SetarrayitemGc && t.ty(op.args[2]) != ity {
                        return err("stored item's type differs from the array's".into());
                    }
                    if matches!(
                        op.opcode,
                        GetarrayitemGcI | GetarrayitemGcR | GetarrayitemGcF
                    ) && ity != op.ty
                    {
                        return err("array item type differs from the load's type".into());
                    }
                }
                _ => return bad_descr("array"),
            },
            New | NewWithVtable => match d {
                Descr::Size(s) if s.index() < t.descrs.sizes.len() => {}
                _ => return bad_descr("size"),
            },
            Label | Jump => match d {
                Descr::Target(_) => {}
                _ => return bad_descr("target"),
            },
            DebugMergePoint => {}
            o if o.is_call() => match d {
                Descr::Call(c) if c.index() < t.descrs.calls.len() => {
                    let cd = t.descrs.c(c);
                    if cd.result != op.ty {
                        return err("call descr result type differs from the op's".into());
                    }
                    if cd.args.len() != op.args.len() {
                        return err(format!(
                            "call descr takes {} args, op has {}",
                            cd.args.len(),
                            op.args.len()
                        ));
                    }
                    for (k, (a, w)) in op.args.iter().zip(&cd.args).enumerate() {
                        if t.ty(*a) != *w {
                            return err(format!("call arg {k} has the wrong type"));
                        }
                    }
                }
                _ => return bad_descr("call"),
            },
            _ => {
                if d != Descr::None {
                    return err(format!("{} takes no descr", op.opcode));
                }
            }
        }
        if op.opcode == GuardValue && t.ty(op.args[0]) != t.ty(op.args[1]) {
            return err("guard_value compares values of different types".into());
        }
        // Overflow ops pair with their guard.
        if op.opcode.is_ovf() {
            let next = t.ops.get(i + 1).map(|o| o.opcode);
            if !matches!(next, Some(GuardNoOverflow | GuardOverflow)) {
                return err("overflow op not followed by guard_no_overflow/guard_overflow".into());
            }
        }
        if matches!(op.opcode, GuardNoOverflow | GuardOverflow)
            && (i == 0 || !t.ops[i - 1].opcode.is_ovf())
        {
            return err("overflow guard not after an overflow op".into());
        }
        // Snapshots.
        match (op.opcode.is_guard(), op.snap) {
            (true, None) => return err("guard without snapshot".into()),
            (false, Some(_)) => return err("snapshot on a non-guard".into()),
            (true, Some(s)) => {
                if s.index() >= t.snaps.len() {
                    return err("unknown snapshot".into());
                }
                let snap = t.snap(s);
                for v in snap.all_values() {
                    match v {
                        SnapValue::Ref(r) => {
                            if r.index() >= i || t.ops[r.index()].ty == Type::Void {
                                return err(format!(
                                    "snapshot uses {} which is not defined before",
                                    r.0
                                ));
                            }
                            if !visible(r) {
                                return err(format!(
                                    "snapshot uses {} from before the label",
                                    t.name(r)
                                ));
                            }
                        }
                        SnapValue::Virtual(v) if v.index() >= snap.virtuals.len() => {
                            return err("snapshot uses an undescribed virtual".into())
                        }
                        SnapValue::Const(c) if c.index() >= t.consts.len() => {
                            return err("snapshot uses an unknown constant".into())
                        }
                        _ => {}
                    }
                }
                for v in &snap.virtuals {
                    match v {
                        VirtualDesc::Struct { size, fields, .. } => {
                            if size.index() >= t.descrs.sizes.len()
                                || fields.iter().any(|f| f.0.index() >= t.descrs.fields.len())
                            {
                                return err("virtual with unknown descr".into());
                            }
                        }
                        VirtualDesc::Array { descr, .. } => {
                            if descr.index() >= t.descrs.arrays.len() {
                                return err("virtual with unknown descr".into());
                            }
                        }
                    }
                }
            }
            (false, None) => {}
        }
        // Labels and the end of the trace.
        if op.opcode == Label {
            let mut seen = FxHashSet::default();
            for a in &op.args {
                match a {
                    Opnd::Ref(r) if seen.insert(*r) => {}
                    Opnd::Ref(_) => return err("label argument repeated".into()),
                    Opnd::Const(_) => return err("label argument is a constant".into()),
                }
            }
            if t.ops[..i]
                .iter()
                .any(|o| o.opcode == Label && o.descr == op.descr)
            {
                return err("two labels with the same target".into());
            }
            scope_start = i + 1;
            scope_extra = seen;
        }
        if op.opcode == Jump {
            if let Descr::Target(tg) = d {
                if let Some(l) = t.find_label(tg) {
                    let largs = &t.ops[l.index()].args;
                    if largs.len() != op.args.len() {
                        return err("jump and label have different arities".into());
                    }
                    for (a, b) in largs.iter().zip(&op.args) {
                        if t.ty(*a) != t.ty(*b) {
                            return err("jump argument type differs from the label's".into());
                        }
                    }
                }
            }
        }
        if op.opcode.is_final() && i + 1 != t.ops.len() {
            return err(format!("{} is not the last op", op.opcode));
        }
    }
    if t.ops.len() > n_in && !t.ops.last().is_some_and(|o| o.opcode.is_final()) {
        return Err(VerifyError {
            at: IrRef::new(t.ops.len() - 1),
            msg: "trace does not end in jump or finish".into(),
        });
    }
    Ok(())
}
