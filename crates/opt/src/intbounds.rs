//! INTBOUNDS: integer ranges that remove overflow checks and decide comparisons.
//!
//! Every int box gets an interval. Ranges come from constants, from the ops (an `and`
//! with a non-negative mask, an array length, a narrow field, a comparison's 0/1) and,
//! most usefully, from guards: after `guard_true(int_lt(i, n))` the optimizer knows
//! `i <= n.hi - 1`, so a later `int_add_ovf(i, 1)` cannot overflow and becomes `int_add`
//! (the driver then drops its `guard_no_overflow`). Comparisons whose outcome the ranges
//! fix become constants, which the rewrite pass turns into removed guards. Across loop
//! iterations the unroll pass carries the ranges of loop-carried values.

use coil_ir::{Descr, Opcode, Opnd, Type};

use crate::info::IntBound;
use crate::optimizer::{BoxId, Optimizer, Stage};
use crate::pipeline::Pass;

/// Per-sweep state of the pass (none needed beyond the shared bounds table).
#[derive(Default, Debug)]
pub struct IntBoundsState {}

impl Optimizer<'_> {
    /// The comparison's outcome if the ranges decide it.
    fn decide_cmp(&self, opc: Opcode, a: &[Opnd]) -> Option<bool> {
        use Opcode::*;
        let x = self.bound(a[0]);
        let y = || self.bound(a[1]);
        match opc {
            IntLt => x.lt(y()),
            IntLe => x.le(y()),
            IntGt => y().lt(x),
            IntGe => y().le(x),
            IntEq => x.eq(y()),
            IntNe => x.eq(y()).map(|v| !v),
            IntIsZero => x.eq(IntBound::konst(0)),
            IntIsTrue => x.eq(IntBound::konst(0)).map(|v| !v),
            UintLt | UintLe | UintGt | UintGe if x.is_nonneg() && y().is_nonneg() => match opc {
                UintLt => x.lt(y()),
                UintLe => x.le(y()),
                UintGt => y().lt(x),
                _ => y().le(x),
            },
            _ => None,
        }
    }

    pub(crate) fn opt_intbounds(&mut self, b: BoxId) -> Opnd {
        let op = self.op(b).clone();
        use Opcode::*;
        match op.opcode {
            IntAddOvf | IntSubOvf | IntMulOvf => {
                let (x, y) = (self.bound(op.args[0]), self.bound(op.args[1]));
                let fits = match op.opcode {
                    IntAddOvf => x.add_exact(y),
                    IntSubOvf => x.sub_exact(y),
                    _ => x.mul_exact(y),
                };
                if fits.is_some() {
                    if let Some(plain) = op.opcode.without_ovf() {
                        self.boxes[b.index()].opcode = plain;
                    }
                }
            }
            o if o.is_cmp() => {
                if let Some(v) = self.decide_cmp(o, &op.args) {
                    self.stats.cmp_decided += 1;
                    let (x, y) = (
                        self.bound(op.args[0]),
                        op.args.get(1).map(|a| self.bound(*a)),
                    );
                    self.note(Pass::IntBounds, |_| match y {
                        Some(y) => format!("comparison decided ({v}): ranges {x} and {y}"),
                        None => format!("comparison decided ({v}): range {x}"),
                    });
                    let k = self.c_int(v as i64);
                    self.replace(b, k);
                    return k;
                }
            }
            _ => {}
        }
        let r = self.send(Stage::Rewrite, b);
        self.intbounds_post(b, r);
        r
    }

    /// Learns ranges from an op that went through (results and guards).
    fn intbounds_post(&mut self, b: BoxId, r: Opnd) {
        let op = self.op(b).clone();
        use Opcode::*;
        if op.opcode.is_guard() {
            self.learn_from_guard(op.opcode, &op.args);
            return;
        }
        if r != Opnd::Ref(b) || op.ty != Type::Int {
            return;
        }
        let a = |k: usize| self.bound(op.args[k]);
        let kk = |k: usize| self.int_const(op.args[k]);
        let nb = match op.opcode {
            IntAdd => a(0).add_exact(a(1)).unwrap_or(IntBound::FULL),
            IntSub => a(0).sub_exact(a(1)).unwrap_or(IntBound::FULL),
            IntMul => a(0).mul_exact(a(1)).unwrap_or(IntBound::FULL),
            // The result of an overflow-checked op is also seen, wrapped, in the fail
            // arguments of its own guard_no_overflow: only an exact range holds there.
            IntAddOvf => a(0).add_exact(a(1)).unwrap_or(IntBound::FULL),
            IntSubOvf => a(0).sub_exact(a(1)).unwrap_or(IntBound::FULL),
            IntMulOvf => a(0).mul_exact(a(1)).unwrap_or(IntBound::FULL),
            IntAnd => match (a(0).is_nonneg(), a(1).is_nonneg()) {
                (true, true) => IntBound::new(0, a(0).hi.min(a(1).hi)),
                (true, false) => IntBound::new(0, a(0).hi),
                (false, true) => IntBound::new(0, a(1).hi),
                _ => IntBound::FULL,
            },
            IntOr | IntXor if a(0).is_nonneg() && a(1).is_nonneg() => {
                let m = a(0).hi.max(a(1).hi) as u64;
                let hi = if m == 0 {
                    0
                } else {
                    (u64::MAX >> m.leading_zeros()) as i64
                };
                IntBound::new(0, hi)
            }
            IntFloorDiv => match kk(1) {
                Some(c) if c > 0 => IntBound::new(a(0).lo / c, a(0).hi / c),
                _ => IntBound::FULL,
            },
            IntMod => match kk(1) {
                Some(c) if c != 0 && c != i64::MIN => {
                    let m = c.abs() - 1;
                    if a(0).is_nonneg() {
                        IntBound::new(0, m)
                    } else {
                        IntBound::new(-m, m)
                    }
                }
                _ => IntBound::FULL,
            },
            IntRshift => match kk(1) {
                Some(k) if (0..64).contains(&k) => IntBound::new(a(0).lo >> k, a(0).hi >> k),
                _ => IntBound::FULL,
            },
            UintRshift => match kk(1) {
                Some(k) if (1..64).contains(&k) => IntBound::new(0, (u64::MAX >> k) as i64),
                _ => IntBound::FULL,
            },
            IntLshift => match kk(1) {
                Some(k) if (0..63).contains(&k) => {
                    let (lo, hi) = ((a(0).lo as i128) << k, (a(0).hi as i128) << k);
                    if lo >= i64::MIN as i128 && hi <= i64::MAX as i128 {
                        IntBound::new(lo as i64, hi as i64)
                    } else {
                        IntBound::FULL
                    }
                }
                _ => IntBound::FULL,
            },
            IntNeg if a(0).lo != i64::MIN => IntBound::new(-a(0).hi, -a(0).lo),
            IntForceGeZero => IntBound::new(a(0).lo.max(0), a(0).hi.max(0)),
            SameAsI => a(0),
            ArraylenGc => IntBound::nonneg(),
            GetfieldGcI => match op.descr {
                Descr::Field(f) => {
                    let d = self.out.descrs.f(f);
                    IntBound::of_size(d.size, d.signed)
                }
                _ => IntBound::FULL,
            },
            GetarrayitemGcI => match op.descr {
                Descr::Array(ad) => {
                    let d = self.out.descrs.a(ad);
                    IntBound::of_size(d.item_size, d.signed)
                }
                _ => IntBound::FULL,
            },
            o if o.is_cmp() => IntBound::BOOL,
            _ => IntBound::FULL,
        };
        if nb != IntBound::FULL {
            self.narrow(Opnd::Ref(b), nb);
        }
    }

    /// After a guard holds: what it tells about the ranges of its operands.
    fn learn_from_guard(&mut self, g: Opcode, args: &[Opnd]) {
        use Opcode::*;
        let truth = match g {
            GuardTrue => true,
            GuardFalse => false,
            GuardValue => {
                if let Some(c) = self.int_const(args[1]) {
                    if self.ty(args[0]) == Type::Int {
                        self.narrow(args[0], IntBound::konst(c));
                    }
                }
                return;
            }
            _ => return,
        };
        // The condition box itself (rewrite has already replaced it by its constant).
        let cb = match args[0] {
            Opnd::Ref(cb) if !self.rebound.contains(&cb) => cb,
            _ => return,
        };
        let cop = self.op(cb).clone();
        if cop.args.is_empty() {
            return;
        }
        let (a, b2) = (cop.args[0], cop.args.get(1).copied());
        let lt = |o: &mut Self, x: Opnd, y: Opnd, strict: bool| {
            // x < y (strict) or x <= y
            let (bx, by) = (o.bound(x), o.bound(y));
            let d = strict as i64;
            if by.hi > i64::MIN || !strict {
                o.narrow(x, IntBound::new(i64::MIN, by.hi.saturating_sub(d)));
            }
            if bx.lo < i64::MAX || !strict {
                o.narrow(y, IntBound::new(bx.lo.saturating_add(d), i64::MAX));
            }
        };
        match (cop.opcode, truth, b2) {
            (IntLt, true, Some(y)) | (IntGe, false, Some(y)) => lt(self, a, y, true),
            (IntLe, true, Some(y)) | (IntGt, false, Some(y)) => lt(self, a, y, false),
            (IntGt, true, Some(y)) | (IntLe, false, Some(y)) => lt(self, y, a, true),
            (IntGe, true, Some(y)) | (IntLt, false, Some(y)) => lt(self, y, a, false),
            (IntEq, true, Some(y)) | (IntNe, false, Some(y)) => {
                let m = self.bound(a).meet(self.bound(y));
                match m {
                    Some(m) => {
                        self.narrow(a, m);
                        self.narrow(y, m);
                    }
                    None => self.invalidate("equality of disjoint ranges".into()),
                }
            }
            (UintLt, true, Some(y)) if self.bound(y).is_nonneg() => {
                let hi = self.bound(y).hi;
                self.narrow(a, IntBound::new(0, hi.saturating_sub(1)));
            }
            (UintLe, true, Some(y)) if self.bound(y).is_nonneg() => {
                let hi = self.bound(y).hi;
                self.narrow(a, IntBound::new(0, hi));
            }
            (IntIsTrue, true, _) | (IntIsZero, false, _) => {
                let x = self.bound(a);
                if x.lo == 0 {
                    self.narrow(a, IntBound::new(1, i64::MAX));
                } else if x.hi == 0 {
                    self.narrow(a, IntBound::new(i64::MIN, -1));
                }
            }
            (IntIsTrue, false, _) | (IntIsZero, true, _) => self.narrow(a, IntBound::konst(0)),
            _ => {}
        }
    }
}
