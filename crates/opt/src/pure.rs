//! PURE: common-subexpression elimination of pure ops.
//!
//! An op is reusable when its result depends only on its operands: arithmetic
//! (overflow-checked ops too: the second one's `guard_no_overflow` goes with it),
//! comparisons, casts, loads of immutable fields, array lengths, and calls whose descr
//! says `EF=pure` and that cannot raise. The second occurrence of such an op (same
//! opcode, operands after replacement, descr; commutative operands in a canonical
//! order) is replaced by the first one's result.

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use coil_ir::{Descr, Effect, Opcode, Opnd};

use crate::optimizer::{BoxId, Optimizer, Stage};
use crate::pipeline::Pass;

/// Key of a pure op: opcode, operands, descr.
pub type PureKey = (Opcode, SmallVec<[Opnd; 3]>, Descr);

/// Known pure results of a sweep; `origin` tags entries imported by unroll.
#[derive(Default, Debug)]
pub struct PureState {
    /// Key -> result.
    pub cache: FxHashMap<PureKey, Opnd>,
    /// Insertion order (for deterministic export).
    pub order: Vec<PureKey>,
    /// Entries imported from the preamble: key -> extra index.
    pub origin: FxHashMap<PureKey, usize>,
    /// Imported entries that were used.
    pub hits: Vec<usize>,
}

fn opnd_key(o: &Opnd) -> (u8, u32) {
    match o {
        Opnd::Ref(r) => (0, r.0),
        Opnd::Const(c) => (1, c.0),
    }
}

impl Optimizer<'_> {
    /// Is an op cacheable by this pass.
    pub fn is_cse_able(&self, opc: Opcode, descr: Descr) -> bool {
        use Opcode::*;
        match opc {
            SameAsI | SameAsR | SameAsF => false,
            GetfieldGcI | GetfieldGcR | GetfieldGcF => match descr {
                Descr::Field(f) => self.out.descrs.f(f).immutable,
                _ => false,
            },
            ArraylenGc => true,
            o if o.is_call() && !o.flags().has(coil_ir::Flags::MAY_FORCE) => match descr {
                Descr::Call(c) => {
                    let d = self.out.descrs.c(c);
                    d.effect == Effect::Pure && !d.can_raise
                }
                _ => false,
            },
            // An overflow-checked op whose twin passed its guard_no_overflow cannot
            // overflow either: reusing the twin's result drops its guard too.
            o => o.is_pure() || o.is_ovf(),
        }
    }

    /// The cache key of an op.
    pub fn pure_key(&self, opc: Opcode, args: &[Opnd], descr: Descr) -> PureKey {
        let mut a: SmallVec<[Opnd; 3]> = args.iter().map(|x| self.get(*x)).collect();
        // Float ops are not swapped: with two NaN operands the result's payload is
        // the first operand's (x86 and the evaluator alike).
        if opc.is_commutative()
            && !matches!(opc, Opcode::FloatAdd | Opcode::FloatMul)
            && a.len() == 2
            && opnd_key(&a[1]) < opnd_key(&a[0])
        {
            a.swap(0, 1);
        }
        (opc, a, descr)
    }

    pub(crate) fn opt_pure(&mut self, b: BoxId) -> Opnd {
        let op = self.op(b).clone();
        if !self.is_cse_able(op.opcode, op.descr) {
            return self.send(Stage::Heap, b);
        }
        let key = self.pure_key(op.opcode, &op.args, op.descr);
        if let Some(v) = self.pure.cache.get(&key).copied() {
            if let Some(e) = self.pure.origin.get(&key) {
                self.pure.hits.push(*e);
            }
            self.stats.cse += 1;
            let v = self.get(v);
            self.note(Pass::Pure, |o| {
                format!("reused {} computed earlier", o.show(v))
            });
            self.replace(b, v);
            return v;
        }
        let r = self.send(Stage::Heap, b);
        if r == Opnd::Ref(b) {
            self.pure.order.push(key.clone());
            self.pure.cache.insert(key, r);
        }
        r
    }

    /// Adds a known pure result (unroll's import), tagged with its extra index.
    pub fn pure_import(&mut self, key: PureKey, v: Opnd, extra: usize) {
        self.pure.origin.insert(key.clone(), extra);
        self.pure.order.push(key.clone());
        self.pure.cache.insert(key, v);
    }

    /// Cached pure results in insertion order.
    pub fn pure_entries(&self) -> Vec<(PureKey, Opnd)> {
        self.pure
            .order
            .iter()
            .filter_map(|k| self.pure.cache.get(k).map(|v| (k.clone(), self.get(*v))))
            .collect()
    }
}
