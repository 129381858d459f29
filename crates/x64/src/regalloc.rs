//! Linear-scan register allocation over a trace: live ranges, register and spill-slot state.
//!
//! A trace is straight-line code (plus one back edge per label), so a value's live range
//! is one interval [definition, last use]; uses include guard snapshots. A label's
//! argument may die inside the loop: the jump back writes every label location with a
//! parallel move. A value the jump passes to a label register prefers that register
//! (a hint), so the move is often empty. The lowering walks the ops in order and asks
//! this state for registers: an operand not in a register is loaded from its spill slot;
//! when the bank is full, the value whose range ends furthest away is spilled (PyPy's and
//! Poletto-Sarkar's heuristic). Values are SSA, so a spill slot, once written, stays valid
//! and a second spill is free. Slots of dead values are reused.

use coil_ir::{IrRef, Opnd, Trace, Type};

use crate::emit::{Emitter, Gpr, Xmm, ALLOC_GPRS, ALLOC_XMMS, RBP};
use crate::frame::slot_offset;

/// Where a value lives right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// In a general-purpose register.
    Gpr(Gpr),
    /// In an SSE register.
    Xmm(Xmm),
    /// Only in its spill slot.
    Slot(u32),
}

#[derive(Clone, Copy, Debug, Default)]
struct ValState {
    reg: Option<u8>,
    slot: Option<u32>,
}

/// Live ranges of a trace.
pub fn last_uses(t: &Trace) -> Vec<u32> {
    let n = t.ops.len();
    let mut last: Vec<u32> = (0..n as u32).collect();
    for (pos, op) in t.ops.iter().enumerate() {
        for a in &op.args {
            if let Opnd::Ref(r) = a {
                last[r.index()] = last[r.index()].max(pos as u32);
            }
        }
        if let Some(s) = op.snap {
            for r in t.snap(s).refs() {
                last[r.index()] = last[r.index()].max(pos as u32);
            }
        }
    }
    last
}

/// No register hint.
const NO_HINT: u8 = u8::MAX;

/// The allocator state while lowering.
pub struct RegAlloc {
    vals: Vec<ValState>,
    /// Last use of each value.
    pub last: Vec<u32>,
    /// Types of values.
    tys: Vec<Type>,
    gpr_owner: [Option<IrRef>; 16],
    xmm_owner: [Option<IrRef>; 16],
    /// Registers that must not be taken while lowering the current op.
    locked_gpr: u16,
    locked_xmm: u16,
    free_slots: Vec<u32>,
    /// Next never-used slot.
    pub next_slot: u32,
    /// Preferred register of each value (a label register the jump passes it to).
    hint: Vec<u8>,
    /// Registers hinted to values not defined yet (kept free while others exist).
    reserved_gpr: u16,
    reserved_xmm: u16,
    /// The op being lowered (its result takes its hint).
    pub defining: Option<IrRef>,
}

impl RegAlloc {
    /// Fresh state for a trace; spill slots start at `spill_base`.
    pub fn new(t: &Trace, spill_base: u32) -> RegAlloc {
        RegAlloc {
            vals: vec![ValState::default(); t.ops.len()],
            last: last_uses(t),
            tys: t.ops.iter().map(|o| o.ty).collect(),
            gpr_owner: [None; 16],
            xmm_owner: [None; 16],
            locked_gpr: 0,
            locked_xmm: 0,
            free_slots: Vec::new(),
            next_slot: spill_base,
            hint: vec![NO_HINT; t.ops.len()],
            reserved_gpr: 0,
            reserved_xmm: 0,
            defining: None,
        }
    }

    /// `r` prefers register `reg` of its bank; `pending`: it is not defined yet, so the
    /// register is kept free for it while others are.
    pub fn set_hint(&mut self, r: IrRef, reg: u8, pending: bool) {
        self.hint[r.index()] = reg;
        if pending {
            if self.is_float(r) {
                self.reserved_xmm |= 1 << reg;
            } else {
                self.reserved_gpr |= 1 << reg;
            }
        }
    }

    /// The register `r` prefers, if any.
    pub fn hint(&self, r: IrRef) -> Option<u8> {
        Some(self.hint[r.index()]).filter(|&h| h != NO_HINT)
    }

    /// Forgets all hints (a new label).
    pub fn clear_hints(&mut self) {
        self.hint.fill(NO_HINT);
        self.reserved_gpr = 0;
        self.reserved_xmm = 0;
    }

    fn is_float(&self, r: IrRef) -> bool {
        self.tys[r.index()] == Type::Float
    }

    /// Where `r` is now.
    pub fn loc(&self, r: IrRef) -> Option<Loc> {
        let v = self.vals[r.index()];
        match (v.reg, v.slot) {
            (Some(g), _) if self.is_float(r) => Some(Loc::Xmm(Xmm(g))),
            (Some(g), _) => Some(Loc::Gpr(Gpr(g))),
            (None, Some(s)) => Some(Loc::Slot(s)),
            (None, None) => None,
        }
    }

    /// The slot of `r`, if it has one.
    pub fn slot(&self, r: IrRef) -> Option<u32> {
        self.vals[r.index()].slot
    }

    /// Gives `r` a home slot without storing anything (inputs, label arguments).
    pub fn assign_slot(&mut self, r: IrRef) -> u32 {
        if let Some(s) = self.vals[r.index()].slot {
            return s;
        }
        let s = self.free_slots.pop().unwrap_or_else(|| {
            self.next_slot += 1;
            self.next_slot - 1
        });
        self.vals[r.index()].slot = Some(s);
        s
    }

    /// Makes sure `r`'s value is in its spill slot (storing it from its register).
    pub fn ensure_spilled(&mut self, e: &mut Emitter, r: IrRef) -> u32 {
        if let Some(s) = self.vals[r.index()].slot {
            return s;
        }
        let s = self.assign_slot(r);
        match self.vals[r.index()].reg {
            Some(g) if self.is_float(r) => e.store_f(RBP, slot_offset(s), Xmm(g)),
            Some(g) => e.store64(RBP, slot_offset(s), Gpr(g)),
            None => {}
        }
        s
    }

    /// Removes `r` from its register (after making sure it is in memory).
    pub fn evict(&mut self, e: &mut Emitter, r: IrRef) {
        self.ensure_spilled(e, r);
        if let Some(g) = self.vals[r.index()].reg.take() {
            if self.is_float(r) {
                self.xmm_owner[g as usize] = None;
            } else {
                self.gpr_owner[g as usize] = None;
            }
        }
    }

    /// Evicts every value held in a register that is live after `pos` (calls, labels).
    pub fn spill_all(&mut self, e: &mut Emitter, pos: u32) {
        for g in 0..16 {
            for float in [false, true] {
                let owner = if float {
                    self.xmm_owner[g]
                } else {
                    self.gpr_owner[g]
                };
                if let Some(r) = owner {
                    if self.last[r.index()] > pos {
                        self.evict(e, r);
                    } else {
                        self.drop_reg(r);
                    }
                }
            }
        }
    }

    fn drop_reg(&mut self, r: IrRef) {
        if let Some(g) = self.vals[r.index()].reg.take() {
            if self.is_float(r) {
                self.xmm_owner[g as usize] = None;
            } else {
                self.gpr_owner[g as usize] = None;
            }
        }
    }

    /// Frees the register and slot of a dead value.
    pub fn kill(&mut self, r: IrRef) {
        self.drop_reg(r);
        if let Some(s) = self.vals[r.index()].slot.take() {
            self.free_slots.push(s);
        }
    }

    /// Forgets every register assignment (no code): control arrives from elsewhere.
    pub fn reset_regs(&mut self) {
        for g in 0..16 {
            if let Some(r) = self.gpr_owner[g].take() {
                self.vals[r.index()].reg = None;
            }
            if let Some(r) = self.xmm_owner[g].take() {
                self.vals[r.index()].reg = None;
            }
        }
    }

    /// Frees `r`'s slot: its content is stale (a label argument now held in a register).
    pub fn drop_slot(&mut self, r: IrRef) {
        if let Some(s) = self.vals[r.index()].slot.take() {
            self.free_slots.push(s);
        }
    }

    /// Unlocks all registers (end of an op).
    pub fn unlock_all(&mut self) {
        self.locked_gpr = 0;
        self.locked_xmm = 0;
    }

    /// Locks a GPR for the current op.
    pub fn lock_gpr(&mut self, g: Gpr) {
        self.locked_gpr |= 1 << g.0;
    }

    /// A free GPR (spilling the value whose range ends furthest if none is), locked.
    pub fn new_gpr(&mut self, e: &mut Emitter) -> Gpr {
        let g = self.pick(e, false, self.defining);
        self.locked_gpr |= 1 << g;
        Gpr(g)
    }

    /// A free SSE register, locked.
    pub fn new_xmm(&mut self, e: &mut Emitter) -> Xmm {
        let g = self.pick(e, true, self.defining);
        self.locked_xmm |= 1 << g;
        Xmm(g)
    }

    fn pick(&mut self, e: &mut Emitter, float: bool, want: Option<IrRef>) -> u8 {
        let (regs, owner, locked, reserved): (&[u8], &[Option<IrRef>; 16], u16, u16) = if float {
            (
                &ALLOC_XMMS,
                &self.xmm_owner,
                self.locked_xmm,
                self.reserved_xmm,
            )
        } else {
            (
                &ALLOC_GPRS,
                &self.gpr_owner,
                self.locked_gpr,
                self.reserved_gpr,
            )
        };
        let free = |g: u8| owner[g as usize].is_none() && locked & (1 << g) == 0;
        if let Some(r) = want.filter(|r| self.is_float(*r) == float) {
            let h = self.hint[r.index()];
            if h != NO_HINT && regs.contains(&h) && free(h) {
                return h;
            }
        }
        if let Some(&g) = regs.iter().find(|&&g| free(g) && reserved & (1 << g) == 0) {
            return g;
        }
        if let Some(&g) = regs.iter().find(|&&g| free(g)) {
            return g;
        }
        let victim = regs
            .iter()
            .filter(|&&g| locked & (1 << g) == 0)
            .filter_map(|&g| owner[g as usize].map(|r| (g, r)))
            .max_by_key(|&(_, r)| self.last[r.index()]);
        match victim {
            Some((g, r)) => {
                self.evict(e, r);
                g
            }
            // Unreachable with the register counts used (an op locks at most 4).
            None => regs[0],
        }
    }

    /// Records that `r` now lives in GPR `g` (and in nothing else but its slot).
    pub fn define_gpr(&mut self, r: IrRef, g: Gpr) {
        if self.hint[r.index()] != NO_HINT {
            self.reserved_gpr &= !(1 << self.hint[r.index()]);
        }
        self.gpr_owner[g.0 as usize] = Some(r);
        self.vals[r.index()].reg = Some(g.0);
        self.locked_gpr |= 1 << g.0;
    }

    /// Records that `r` now lives in SSE register `x`.
    pub fn define_xmm(&mut self, r: IrRef, x: Xmm) {
        if self.hint[r.index()] != NO_HINT {
            self.reserved_xmm &= !(1 << self.hint[r.index()]);
        }
        self.xmm_owner[x.0 as usize] = Some(r);
        self.vals[r.index()].reg = Some(x.0);
        self.locked_xmm |= 1 << x.0;
    }

    /// `r` in a GPR (loaded from its slot if needed), locked for this op.
    pub fn gpr(&mut self, e: &mut Emitter, r: IrRef) -> Gpr {
        if let Some(g) = self.vals[r.index()].reg {
            self.locked_gpr |= 1 << g;
            return Gpr(g);
        }
        let g = Gpr(self.pick(e, false, Some(r)));
        self.locked_gpr |= 1 << g.0;
        if let Some(s) = self.vals[r.index()].slot {
            e.load64(g, RBP, slot_offset(s));
        }
        self.define_gpr(r, g);
        g
    }

    /// `r` in an SSE register, locked for this op.
    pub fn xmm(&mut self, e: &mut Emitter, r: IrRef) -> Xmm {
        if let Some(g) = self.vals[r.index()].reg {
            self.locked_xmm |= 1 << g;
            return Xmm(g);
        }
        let x = Xmm(self.pick(e, true, Some(r)));
        self.locked_xmm |= 1 << x.0;
        if let Some(s) = self.vals[r.index()].slot {
            e.load_f(x, RBP, slot_offset(s));
        }
        self.define_xmm(r, x);
        x
    }

    /// If `a` dies at `pos` and sits in a register, hands that register over (the value
    /// is forgotten, its slot freed) so the result can be computed in place.
    pub fn take_if_dying(&mut self, a: IrRef, pos: u32) -> Option<u8> {
        if self.last[a.index()] != pos {
            return None;
        }
        let g = self.vals[a.index()].reg?;
        self.kill(a);
        Some(g)
    }

    /// Registers currently holding values (for saving around slow-path calls).
    pub fn occupied(&self) -> (Vec<Gpr>, Vec<Xmm>) {
        let g = (0..16u8)
            .filter(|&g| self.gpr_owner[g as usize].is_some())
            .map(Gpr)
            .collect();
        let x = (0..16u8)
            .filter(|&g| self.xmm_owner[g as usize].is_some())
            .map(Xmm)
            .collect();
        (g, x)
    }
}
