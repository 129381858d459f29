//! REWRITE: constant folding, algebraic identities, implied-guard removal and guard
//! strengthening.
//!
//! Folding evaluates pure ops on constants with the IR's own evaluator (so folding can
//! never disagree with execution). Guards are removed when what they check is already
//! known (a constant condition, a known class, a known non-null pointer, an exception
//! or invalidation check with nothing in between that could change it), and a guard
//! that must fail marks the trace invalid. Two guards on one value merge into the
//! earlier one when no side effect lies between them: `guard_nonnull` then
//! `guard_class` becomes one `guard_nonnull_class`, and a `guard_value` subsumes an
//! earlier `guard_class` (the earlier guard's snapshot is kept: failing earlier is
//! safe because nothing observable happened in between). After a guard, what it
//! checked is known: `guard_true(x)` makes `x` the constant 1, `guard_value(x, c)`
//! makes `x` the constant `c`, `guard_class` records the class.

use coil_ir::{eval_pure, fold, Const, Descr, Effect, Opcode, Opnd, Type, Val};

use crate::optimizer::{BoxId, Optimizer, Stage};
use crate::pipeline::Pass;

/// Per-sweep state of the rewrite pass.
#[derive(Default, Debug)]
pub struct RewriteState {
    /// A call that can raise ran since the last guard_no_exception.
    pub exc_possible: bool,
    /// A guard_not_invalidated passed with no call since.
    pub not_invalidated: bool,
    /// Values known to be non-zero (after `guard_true` on a non-boolean).
    pub nonzero: rustc_hash::FxHashSet<BoxId>,
    /// Outcomes of guarded comparisons, also under swapped operands and negation.
    pub cmp_known: rustc_hash::FxHashMap<(Opcode, Opnd, Opnd), bool>,
}

impl Optimizer<'_> {
    fn same(&self, a: Opnd, b: Opnd) -> bool {
        self.get(a) == self.get(b)
    }

    /// The simplified value of a pure op, if an identity applies.
    fn identity(&mut self, opc: Opcode, a: &[Opnd]) -> Option<Opnd> {
        use Opcode::*;
        let ki = |o: &Self, k: usize| o.int_const(a[k]);
        let kf = |o: &Self, k: usize| o.konst(a[k]).and_then(Const::as_float);
        let def = |o: &Self, o2: Opnd| o.op_of(o2);
        Some(match opc {
            SameAsI | SameAsR | SameAsF => a[0],
            IntAdd | IntOr | IntXor | IntLshift | IntRshift | UintRshift | IntSub
                if ki(self, 1) == Some(0) =>
            {
                a[0]
            }
            IntAdd | IntOr | IntXor if ki(self, 0) == Some(0) => a[1],
            IntSub | IntXor if self.same(a[0], a[1]) => self.c_int(0),
            IntMul if ki(self, 1) == Some(1) => a[0],
            IntMul if ki(self, 0) == Some(1) => a[1],
            IntMul | IntAnd if ki(self, 1) == Some(0) || ki(self, 0) == Some(0) => self.c_int(0),
            IntAnd if ki(self, 1) == Some(-1) => a[0],
            IntAnd if ki(self, 0) == Some(-1) => a[1],
            IntAnd | IntOr if self.same(a[0], a[1]) => a[0],
            IntFloorDiv if ki(self, 1) == Some(1) => a[0],
            IntEq | IntLe | IntGe | UintLe | UintGe if self.same(a[0], a[1]) => self.c_int(1),
            IntNe | IntLt | IntGt | UintLt | UintGt if self.same(a[0], a[1]) => self.c_int(0),
            PtrEq if self.same(a[0], a[1]) => self.c_int(1),
            PtrNe if self.same(a[0], a[1]) => self.c_int(0),
            IntNeg | IntInvert => match def(self, a[0]) {
                Some((o, x)) if o == opc => x[0],
                _ => return None,
            },
            FloatNeg => match def(self, a[0]) {
                Some((FloatNeg, x)) => x[0],
                _ => return None,
            },
            // Tag bits: `(y | c) & c` is `c`; `((y + y) | 1) >> 1` is `y` when the doubling
            // is overflow-checked (its guard_no_overflow follows it).
            IntAnd
                if ki(self, 1).is_some()
                    && matches!(def(self, a[0]),
                Some((IntOr, ref x)) if self.int_const(x[1]) == ki(self, 1)) =>
            {
                a[1]
            }
            // An object of known class (or allocated here) is a real pointer, never a
            // tagged small int: its tag bit is 0.
            IntAnd
                if ki(self, 1) == Some(1)
                    && matches!(def(self, a[0]),
                Some((CastPtrToInt, ref x)) if self.ptr(x[0]).class.is_some() || self.is_fresh(x[0])) =>
            {
                self.c_int(0)
            }
            // The tag bit of a tagged small int is 1.
            IntAnd
                if ki(self, 1) == Some(1)
                    && matches!(def(self, a[0]),
                Some((CastPtrToInt, ref x)) if self.is_tagged(x[0])) =>
            {
                self.c_int(1)
            }
            IntRshift if ki(self, 1) == Some(1) => match def(self, a[0]) {
                Some((IntOr, x)) if self.int_const(x[1]) == Some(1) => match def(self, x[0]) {
                    Some((IntAddOvf, y)) if self.same(y[0], y[1]) => y[0],
                    _ => return None,
                },
                _ => return None,
            },
            CastPtrToInt => match def(self, a[0]) {
                Some((CastIntToPtr, x)) => x[0],
                _ => return None,
            },
            CastIntToPtr => match def(self, a[0]) {
                Some((CastPtrToInt, x)) => x[0],
                _ => return None,
            },
            IntIsTrue if self.bound(a[0]).within(crate::info::IntBound::BOOL) => a[0],
            FloatMul if kf(self, 1) == Some(1.0) => a[0],
            FloatMul if kf(self, 0) == Some(1.0) => a[1],
            FloatSub if kf(self, 1).is_some_and(|v| v == 0.0 && v.is_sign_positive()) => a[0],
            FloatTrueDiv if kf(self, 1) == Some(1.0) => a[0],
            // An int converted to float is zero exactly when the int is: the test
            // becomes an int comparison that integer bounds can decide (`x / (k + 1)`).
            FloatEq | FloatNe if kf(self, 1) == Some(0.0) || kf(self, 0) == Some(0.0) => {
                let x = if kf(self, 1) == Some(0.0) { a[0] } else { a[1] };
                let Some((CastIntToFloat, y)) = def(self, x) else {
                    return None;
                };
                let zero = self.c_int(0);
                let opc = if opc == FloatEq { IntEq } else { IntNe };
                self.emit_new(
                    Stage::IntBounds,
                    coil_ir::Op::new(opc, &[y[0], zero], Descr::None),
                )
            }
            PtrEq | PtrNe => {
                // A known non-null pointer is not null.
                let (x, y) = (self.ptr(a[0]), self.ptr(a[1]));
                let null = |o: &Self, k: usize| o.konst(a[k]) == Some(Const::Ptr(0));
                if (x.nonnull && null(self, 1)) || (y.nonnull && null(self, 0)) {
                    self.c_int((opc == PtrNe) as i64)
                } else {
                    return None;
                }
            }
            _ => return None,
        })
    }

    /// The opcode and operands of the op that defines a value (if it is an op).
    pub fn op_of(&self, o: Opnd) -> Option<(Opcode, Vec<Opnd>)> {
        match self.get(o) {
            Opnd::Ref(b) if self.rebound.contains(&b) => None,
            Opnd::Ref(b) => {
                let op = self.op(b);
                Some((op.opcode, op.args.to_vec()))
            }
            Opnd::Const(_) => None,
        }
    }

    /// Is the value 0 or 1 (a comparison's result or known to be in that range).
    pub fn is_bool(&self, o: Opnd) -> bool {
        self.bound(o).within(crate::info::IntBound::BOOL)
            || self.op_of(o).is_some_and(|(opc, _)| opc.is_cmp())
    }

    fn remove_guard(&mut self, why: &str) -> Opnd {
        self.stats.guards_removed += 1;
        self.note(Pass::Rewrite, |_| format!("guard removed: {why}"));
        Opnd::Const(coil_ir::ConstId(0))
    }

    pub(crate) fn opt_rewrite(&mut self, b: BoxId) -> Opnd {
        let op = self.op(b).clone();
        use Opcode::*;
        let consts: Option<Vec<Const>> = op.args.iter().map(|a| self.konst(*a)).collect();
        if let Some(cs) = &consts {
            if op.opcode.is_pure() && !op.args.is_empty() {
                if let Some(c) = fold(op.opcode, cs) {
                    self.stats.folded += 1;
                    self.note(Pass::Rewrite, |_| {
                        format!("folded to {}", coil_ir::printer::fmt_const(c))
                    });
                    let k = self.c(c);
                    self.replace(b, k);
                    return k;
                }
            }
            if op.opcode.is_ovf() {
                let vals: Vec<Val> = cs.iter().map(|c| Val::of_const(*c)).collect();
                if let Some((v, false)) = eval_pure(op.opcode, &vals) {
                    self.stats.folded += 1;
                    self.note(Pass::Rewrite, |_| {
                        format!("folded to {} (cannot overflow)", v.int())
                    });
                    let k = self.c(v.to_const());
                    self.replace(b, k);
                    return k;
                }
            }
        }
        if op.opcode.is_pure() || op.opcode.is_ovf() {
            let plain = op.opcode.without_ovf().unwrap_or(op.opcode);
            let simplified = if op.opcode.is_ovf() {
                // Only identities that cannot overflow.
                match plain {
                    IntAdd | IntSub if self.int_const(op.args[1]) == Some(0) => Some(op.args[0]),
                    IntAdd if self.int_const(op.args[0]) == Some(0) => Some(op.args[1]),
                    IntMul if self.int_const(op.args[1]) == Some(1) => Some(op.args[0]),
                    IntMul if self.int_const(op.args[0]) == Some(1) => Some(op.args[1]),
                    IntMul
                        if self.int_const(op.args[1]) == Some(0)
                            || self.int_const(op.args[0]) == Some(0) =>
                    {
                        Some(self.c_int(0))
                    }
                    IntSub if self.same(op.args[0], op.args[1]) => Some(self.c_int(0)),
                    _ => None,
                }
            } else {
                self.identity(op.opcode, &op.args)
            };
            if let Some(v) = simplified {
                self.stats.folded += 1;
                let v = self.get(v);
                self.note(Pass::Rewrite, |o| format!("simplified to {}", o.show(v)));
                self.replace(b, v);
                return v;
            }
            // Constants go right in commutative ops (so CSE sees one form); not in
            // float ops, where operand order decides a NaN result's payload.
            if op.opcode.is_commutative()
                && op.ty != Type::Float
                && op.args.len() == 2
                && consts.is_none()
                && self.konst(op.args[0]).is_some()
                && self.konst(op.args[1]).is_none()
            {
                self.boxes[b.index()].args.swap(0, 1);
            }
        }
        // A comparison already decided by a guard (possibly swapped or negated).
        if op.opcode.is_cmp() && op.args.len() == 2 {
            let key = (op.opcode, self.get(op.args[0]), self.get(op.args[1]));
            if let Some(v) = self.rw.cmp_known.get(&key).copied() {
                self.stats.folded += 1;
                self.note(Pass::Rewrite, |_| {
                    format!("comparison decided ({v}) by an earlier guard")
                });
                let k = self.c_int(v as i64);
                self.replace(b, k);
                return k;
            }
        }
        // Guards.
        if op.opcode.is_guard() {
            if let Some(v) = self.rewrite_guard(b) {
                self.learn_guard(b, false);
                return v;
            }
        }
        if op.opcode.is_call() {
            if let Descr::Call(c) = op.descr {
                let d = self.out.descrs.c(c);
                if d.can_raise {
                    self.rw.exc_possible = true;
                }
                if d.effect.writes() || d.effect == Effect::MayForce {
                    self.rw.not_invalidated = false;
                }
            }
        }
        let r = self.send(Stage::Virtualize, b);
        if op.opcode.is_guard() {
            let emitted = self.emitted.last() == Some(&b);
            self.learn_guard(b, emitted);
        } else if op.opcode.is_alloc() && r == Opnd::Ref(b) {
            let default_class = self.out.class_field == Default::default();
            let class = match op.descr {
                Descr::Size(s) if op.opcode == NewWithVtable || op.opcode == New => {
                    Some(self.out.descrs.s(s).vtable as i64)
                }
                Descr::Array(a) => Some(self.out.descrs.a(a).layout as i64),
                _ => None,
            };
            if let Some(p) = self.ptr_mut(r) {
                p.nonnull = true;
                if default_class {
                    p.class = class;
                }
            }
        }
        r
    }

    /// Decides a guard: `Some(_)` if it is removed (implied or merged into an earlier one).
    fn rewrite_guard(&mut self, b: BoxId) -> Option<Opnd> {
        let op = self.op(b).clone();
        use Opcode::*;
        let a = &op.args;
        match op.opcode {
            GuardTrue | GuardFalse => {
                let nonzero = self.bound(a[0]).eq(crate::info::IntBound::konst(0)) == Some(false)
                    || matches!(self.get(a[0]), Opnd::Ref(x) if self.rw.nonzero.contains(&x));
                let v = match self.int_const(a[0]) {
                    Some(v) => v,
                    None if nonzero => 1,
                    None => return None,
                };
                if (v != 0) != (op.opcode == GuardTrue) {
                    self.invalidate(format!("{} on constant {v} always fails", op.opcode));
                    return None;
                }
                Some(self.remove_guard("its condition is known"))
            }
            GuardValue => {
                if let (Some(x), Some(y)) = (self.konst(a[0]), self.konst(a[1])) {
                    if x != y {
                        self.invalidate("guard_value on a different constant always fails".into());
                        return None;
                    }
                    return Some(self.remove_guard("the value is that constant"));
                }
                if let Some(c) = self.int_const(a[1]) {
                    if self.bound(a[0]).eq(crate::info::IntBound::konst(c)) == Some(false) {
                        self.invalidate(format!(
                            "guard_value({c}) on a value of range {}",
                            self.bound(a[0])
                        ));
                        return None;
                    }
                }
                if self.ty(a[0]) == Type::Ref && self.konst(a[1]).is_some() {
                    let p = self.ptr(a[0]);
                    if let Some(pos) = p.last_guard {
                        let g = self.emitted[pos];
                        let gop = self.op(g).opcode;
                        let nonnull_const = self.konst(a[1]).is_some_and(|c| c.bits() != 0);
                        // guard_value(p, c) implies the earlier guard_class(p, C) only if
                        // c's class is known to be C (recorded in the trace).
                        let class_ok = match gop {
                            GuardClass | GuardNonnullClass => {
                                let want = self.int_const(self.op(g).args[1]);
                                let have = self.ptr(a[1]).class;
                                if have.is_some() && want.is_some() && have != want {
                                    self.invalidate(
                                        "guard_value on an object of another class".into(),
                                    );
                                    return None;
                                }
                                have.is_some() && have == want
                            }
                            _ => false,
                        };
                        let mergeable = class_ok || (gop == GuardNonnull && nonnull_const);
                        if pos >= self.last_effect && mergeable {
                            let gb = &mut self.boxes[g.index()];
                            gb.opcode = GuardValue;
                            gb.args.truncate(1);
                            gb.args.push(a[1]);
                            self.stats.guards_strengthened += 1;
                            self.note(Pass::Rewrite, |_| {
                                format!("merged into the earlier {gop} at emitted op {pos}, now guard_value")
                            });
                            return Some(Opnd::Const(coil_ir::ConstId(0)));
                        }
                    }
                }
                None
            }
            GuardClass | GuardNonnullClass => {
                let want = self.int_const(a[1])?;
                let p = self.ptr(a[0]);
                match p.class {
                    Some(c) if c == want => return Some(self.remove_guard("class already known")),
                    Some(c) => {
                        self.invalidate(format!(
                            "guard_class({want}) on an object of class {c} always fails"
                        ));
                        return None;
                    }
                    None => {}
                }
                if op.opcode == GuardNonnullClass && self.konst(a[0]) == Some(Const::Ptr(0)) {
                    self.invalidate("guard_nonnull_class on null always fails".into());
                    return None;
                }
                if op.opcode == GuardNonnullClass && p.nonnull {
                    self.boxes[b.index()].opcode = GuardClass;
                    return None;
                }
                if let Some(pos) = p.last_guard {
                    let g = self.emitted[pos];
                    if pos >= self.last_effect && self.op(g).opcode == GuardNonnull {
                        let gb = &mut self.boxes[g.index()];
                        gb.opcode = GuardNonnullClass;
                        gb.args.push(a[1]);
                        self.stats.guards_strengthened += 1;
                        self.note(Pass::Rewrite, |_| {
                            format!("merged into the earlier guard_nonnull at emitted op {pos}, now guard_nonnull_class")
                        });
                        return Some(Opnd::Const(coil_ir::ConstId(0)));
                    }
                }
                None
            }
            GuardNonnull => {
                if self.konst(a[0]) == Some(Const::Ptr(0)) {
                    self.invalidate("guard_nonnull on null always fails".into());
                    return None;
                }
                self.ptr(a[0])
                    .nonnull
                    .then(|| self.remove_guard("known non-null"))
            }
            GuardIsnull => match self.konst(a[0]) {
                Some(Const::Ptr(0)) => Some(self.remove_guard("the value is null")),
                Some(_) => {
                    self.invalidate("guard_isnull on a non-null constant always fails".into());
                    None
                }
                None if self.ptr(a[0]).nonnull => {
                    self.invalidate("guard_isnull on a non-null value always fails".into());
                    None
                }
                None => None,
            },
            GuardNoException => {
                (!self.rw.exc_possible).then(|| self.remove_guard("no call since the last check"))
            }
            GuardNotInvalidated => self
                .rw
                .not_invalidated
                .then(|| self.remove_guard("checked already, no call since")),
            _ => None,
        }
    }

    /// Records the outcome of a guarded comparison in all its forms.
    fn learn_cmp(&mut self, c: Opnd, truth: bool) {
        let Opnd::Ref(cb) = self.get(c) else { return };
        if self.rebound.contains(&cb) {
            return;
        }
        let op = self.op(cb).clone();
        if !op.opcode.is_cmp() || op.args.len() != 2 {
            return;
        }
        let (x, y) = (self.get(op.args[0]), self.get(op.args[1]));
        let mut put = |o: Option<Opcode>, a: Opnd, b: Opnd, v: bool| {
            if let Some(o) = o {
                self.rw.cmp_known.insert((o, a, b), v);
            }
        };
        put(Some(op.opcode), x, y, truth);
        put(op.opcode.swapped_cmp(), y, x, truth);
        put(op.opcode.negated_cmp(), x, y, !truth);
        put(
            op.opcode.negated_cmp().and_then(Opcode::swapped_cmp),
            y,
            x,
            !truth,
        );
    }

    /// Records what a guard establishes (whether kept or found implied).
    fn learn_guard(&mut self, b: BoxId, emitted: bool) {
        let op = self.op(b).clone();
        use Opcode::*;
        let a = &op.args;
        let pos = emitted.then(|| self.emitted.len() - 1);
        let set_const = |o: &mut Self, x: Opnd, c: Opnd| {
            if let Opnd::Ref(xb) = o.get(x) {
                let c = o.get(c);
                if c != Opnd::Ref(xb) {
                    o.replace(xb, c);
                }
            }
        };
        if matches!(op.opcode, GuardTrue | GuardFalse) {
            self.learn_cmp(a[0], op.opcode == GuardTrue);
        }
        match op.opcode {
            GuardTrue => {
                // Non-zero; exactly 1 if the value is a truth value.
                if self.is_bool(a[0]) {
                    let one = self.c_int(1);
                    set_const(self, a[0], one);
                } else {
                    let b = self.bound(a[0]);
                    if let Opnd::Ref(x) = self.get(a[0]) {
                        self.rw.nonzero.insert(x);
                    }
                    if b.lo == 0 {
                        self.narrow(a[0], crate::info::IntBound::new(1, i64::MAX));
                    } else if b.hi == 0 {
                        self.narrow(a[0], crate::info::IntBound::new(i64::MIN, -1));
                    }
                }
            }
            GuardFalse => {
                let zero = self.c_int(0);
                set_const(self, a[0], zero);
            }
            GuardValue => {
                if self.ty(a[0]) == Type::Ref {
                    if let Some(p) = self.ptr_mut(a[0]) {
                        p.nonnull = true;
                    }
                }
                if self.konst(a[1]).is_some() {
                    set_const(self, a[0], a[1]);
                }
            }
            GuardClass | GuardNonnullClass => {
                let c = self.int_const(a[1]);
                if let Some(p) = self.ptr_mut(a[0]) {
                    p.nonnull = true;
                    p.class = c;
                    if pos.is_some() {
                        p.last_guard = pos;
                    }
                }
            }
            GuardNonnull => {
                if let Some(p) = self.ptr_mut(a[0]) {
                    p.nonnull = true;
                    if pos.is_some() {
                        p.last_guard = pos;
                    }
                }
            }
            GuardIsnull => {
                let null = self.c(Const::Ptr(0));
                set_const(self, a[0], null);
            }
            GuardNoException => self.rw.exc_possible = false,
            GuardNotInvalidated => self.rw.not_invalidated = true,
            _ => {}
        }
    }
}
