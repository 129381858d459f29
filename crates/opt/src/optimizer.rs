//! The optimizer core: value boxes, the chain carrying each op through the enabled
//! passes, emission (with snapshot building), label handling, and output assembly.
//!
//! Every op the optimizer sees or creates gets a *box* (a [`BoxId`], an index into
//! `boxes`). Passes receive the box of the op in flight and either pass it on to the
//! next enabled pass (`send`) or answer with a replacement value. A box that reaches the
//! end of the chain is *emitted*; only emitted boxes appear in the output, numbered in
//! emission order. Facts (bounds, pointer info, replacements, virtual state) are keyed
//! by box, so a virtual allocation keeps its identity without ever being emitted, and is
//! emitted later, at the point where it escapes.

use rustc_hash::{FxHashMap, FxHashSet};

use coil_ir::{
    Const, Descr, IrRef, Op, Opcode, Opnd, SnapId, SnapValue, Snapshot, Trace, Type, VirtId,
    VirtualDesc,
};

use crate::heap::HeapState;
use crate::info::{IntBound, PtrInfo};
use crate::intbounds::IntBoundsState;
use crate::pipeline::{OptError, Pass, PassSet};

fn unplaced(b: BoxId) -> OptError {
    OptError::Internal(format!("box {} is used but was never emitted", b.0))
}
use crate::pure::PureState;
use crate::rewrite::RewriteState;
use crate::stats::Stats;
use crate::virtualize::VirtState;

/// One decision of the optimizer, for explaining what it did to a trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// The input op being optimized when it was taken (`None`: between ops).
    pub at: Option<IrRef>,
    /// Which copy of the body: `""` (one sweep), `"preamble"` or `"loop"`.
    pub phase: &'static str,
    /// The pass that decided.
    pub pass: Pass,
    /// What it decided.
    pub what: String,
}

impl Decision {
    /// `op 5 guard_class(p0, ConstClass(3), ...) [preamble rewrite] removed: class known`.
    pub fn render(&self, input: &Trace) -> String {
        let at = match self.at {
            Some(r) if r.index() < input.ops.len() => {
                let text = input.fmt_op(r);
                let text = text.split(" [").next().unwrap_or("").to_string();
                format!("op {} {text} ", r.0)
            }
            _ => String::new(),
        };
        let phase = if self.phase.is_empty() {
            String::new()
        } else {
            format!("{} ", self.phase)
        };
        format!("{at}[{phase}{}] {}", self.pass.name(), self.what)
    }
}

/// A box: the optimizer's name for a value or op (index into `Optimizer::boxes`).
pub type BoxId = IrRef;

/// Where an op enters the chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    IntBounds,
    Rewrite,
    Virtualize,
    Pure,
    Heap,
    Emit,
}

const STAGE_PASS: [Pass; 5] = [
    Pass::IntBounds,
    Pass::Rewrite,
    Pass::Virtualize,
    Pass::Pure,
    Pass::Heap,
];

/// One sweep of the passes over a sequence of ops.
pub struct Optimizer<'a> {
    /// The trace being optimized (ops, snapshots).
    pub input: &'a Trace,
    /// Output pools: constants, descrs, texts (ops are assembled at the end).
    pub out: Trace,
    /// Every op ever seen or created.
    pub boxes: Vec<Op>,
    /// Emitted boxes, in order.
    pub emitted: Vec<BoxId>,
    /// Replacement of a box's value (set when an op is removed or a value becomes known).
    pub repl: Vec<Option<Opnd>>,
    /// Integer ranges.
    pub bounds: FxHashMap<BoxId, IntBound>,
    /// Pointer facts.
    pub ptrs: FxHashMap<BoxId, PtrInfo>,
    /// Input ref -> current value.
    pub map: Vec<Option<Opnd>>,
    /// Input snapshot of guards in flight.
    pub pending_snap: FxHashMap<BoxId, SnapId>,
    /// Snapshots in box space.
    pub snaps: Vec<Snapshot>,
    /// Enabled passes.
    pub passes: PassSet,
    /// Counters.
    pub stats: Stats,
    /// Set when a guard must always fail.
    pub invalid: Option<String>,
    /// Emitted-list position after the last op with side effects.
    pub last_effect: usize,
    /// The last overflow-checked op was emitted as such (so its guard stays).
    pub ovf_kept: bool,
    /// Arguments of a label inside the sweep: a jump rebinds them, so the op that
    /// first defined one says nothing about its value after the label.
    pub rebound: FxHashSet<BoxId>,
    /// Record decisions in `decisions`.
    pub explain: bool,
    /// Decisions taken (when `explain`).
    pub decisions: Vec<Decision>,
    /// The input op being processed.
    pub cur: Option<IrRef>,
    /// Name of this sweep (for decisions).
    pub phase: &'static str,
    pub(crate) ib: IntBoundsState,
    pub(crate) rw: RewriteState,
    pub(crate) virt: VirtState,
    pub(crate) pure: PureState,
    pub(crate) heap: HeapState,
}

impl<'a> Optimizer<'a> {
    /// A fresh optimizer whose output pools start as the input's.
    pub fn new(input: &'a Trace, out: Trace, passes: PassSet) -> Optimizer<'a> {
        Optimizer {
            input,
            out,
            boxes: Vec::new(),
            emitted: Vec::new(),
            repl: Vec::new(),
            bounds: FxHashMap::default(),
            ptrs: FxHashMap::default(),
            map: vec![None; input.ops.len()],
            pending_snap: FxHashMap::default(),
            snaps: Vec::new(),
            passes,
            stats: Stats::default(),
            invalid: None,
            last_effect: 0,
            ovf_kept: false,
            rebound: FxHashSet::default(),
            explain: false,
            decisions: Vec::new(),
            cur: None,
            phase: "",
            ib: Default::default(),
            rw: Default::default(),
            virt: Default::default(),
            pure: Default::default(),
            heap: Default::default(),
        }
    }

    /// Output pools seeded from the input trace (constant ids and descr ids carry over).
    pub fn pools_of(input: &Trace) -> Trace {
        Trace {
            ops: Vec::new(),
            consts: input.consts.clone(),
            descrs: input.descrs.clone(),
            snaps: Vec::new(),
            texts: input.texts.clone(),
            class_field: input.class_field,
            header: input.header.clone(),
            const_classes: input.const_classes.clone(),
        }
    }

    // ----- boxes and values -----

    /// Creates a box for an op (not yet emitted).
    pub fn new_box(&mut self, op: Op) -> BoxId {
        self.boxes.push(op);
        self.repl.push(None);
        IrRef::new(self.boxes.len() - 1)
    }
    /// Creates and emits an input box with the given type.
    pub fn new_input(&mut self, ty: Type) -> BoxId {
        let mut op = Op::new(Opcode::Input, &[], Descr::None);
        op.ty = ty;
        let b = self.new_box(op);
        self.emitted.push(b);
        b
    }
    /// The op of a box.
    pub fn op(&self, b: BoxId) -> &Op {
        &self.boxes[b.index()]
    }
    /// Follows replacements.
    pub fn get(&self, mut o: Opnd) -> Opnd {
        while let Opnd::Ref(b) = o {
            match self.repl[b.index()] {
                Some(n) => o = n,
                None => break,
            }
        }
        o
    }
    /// Current value of an input ref.
    pub fn mapped(&self, r: IrRef) -> Opnd {
        match self.map[r.index()] {
            Some(o) => self.get(o),
            None => panic!(
                "input value {} used before definition (verifier should have caught this)",
                r.0
            ),
        }
    }
    /// Maps an input operand.
    pub fn map_arg(&self, a: Opnd) -> Opnd {
        match a {
            Opnd::Const(c) => Opnd::Const(c),
            Opnd::Ref(r) => self.mapped(r),
        }
    }
    /// Replaces a box's value (the box then disappears from uses).
    pub fn replace(&mut self, b: BoxId, with: Opnd) {
        if with != Opnd::Ref(b) {
            self.repl[b.index()] = Some(with);
        }
    }
    /// The constant behind an operand, if known.
    pub fn konst(&self, o: Opnd) -> Option<Const> {
        match self.get(o) {
            Opnd::Const(c) => Some(self.out.konst(c)),
            Opnd::Ref(_) => None,
        }
    }
    /// The int constant behind an operand, if known.
    pub fn int_const(&self, o: Opnd) -> Option<i64> {
        self.konst(o).and_then(Const::as_int)
    }
    /// Interns a constant.
    pub fn c(&mut self, c: Const) -> Opnd {
        self.out.c(c)
    }
    /// An int constant.
    pub fn c_int(&mut self, v: i64) -> Opnd {
        self.out.int(v)
    }
    /// Type of an operand.
    pub fn ty(&self, o: Opnd) -> Type {
        match o {
            Opnd::Ref(b) => self.boxes[b.index()].ty,
            Opnd::Const(c) => self.out.konst(c).ty(),
        }
    }
    /// Range of an int operand.
    pub fn bound(&self, o: Opnd) -> IntBound {
        match self.get(o) {
            Opnd::Const(c) => match self.out.konst(c) {
                Const::Int(v) => IntBound::konst(v),
                _ => IntBound::FULL,
            },
            Opnd::Ref(b) => self.bounds.get(&b).copied().unwrap_or(IntBound::FULL),
        }
    }
    /// Narrows the range of a box; a contradiction means the guard must fail.
    pub fn narrow(&mut self, o: Opnd, nb: IntBound) {
        let cur = self.bound(o);
        match cur.meet(nb) {
            Some(b) => {
                if let Opnd::Ref(x) = self.get(o) {
                    if let Some(v) = b.as_const() {
                        let k = self.c_int(v);
                        self.replace(x, k);
                    }
                    self.bounds.insert(x, b);
                }
            }
            None => self.invalidate(format!("range {cur} cannot meet {nb}")),
        }
    }
    /// Pointer facts of a ref operand.
    pub fn ptr(&self, o: Opnd) -> PtrInfo {
        match self.get(o) {
            Opnd::Const(c) => {
                let addr = self.out.konst(c).bits();
                let class = if self.out.class_field == Default::default() {
                    self.out.const_class(addr).map(i64::from)
                } else {
                    None
                };
                PtrInfo {
                    nonnull: addr != 0,
                    class,
                    last_guard: None,
                    tagged: false,
                }
            }
            Opnd::Ref(b) => {
                let mut p = self.ptrs.get(&b).copied().unwrap_or_default();
                if self.virt.is_virtual(b) {
                    p.nonnull = true;
                }
                p
            }
        }
    }
    /// Is the ref a tagged small int (low bit 1): `cast_int_to_ptr(x | c)` with `c` odd,
    /// or a label value known to be one.
    pub fn is_tagged(&self, o: Opnd) -> bool {
        let o = self.get(o);
        if self.ptr(o).tagged {
            return true;
        }
        let Opnd::Ref(b) = o else {
            return false;
        };
        if self.rebound.contains(&b) {
            return false;
        }
        let op = self.op(b);
        if op.opcode != Opcode::CastIntToPtr {
            return false;
        }
        match self.get(op.args[0]) {
            Opnd::Ref(x) if !self.rebound.contains(&x) => {
                let d = self.op(x);
                d.opcode == Opcode::IntOr
                    && [d.args[0], d.args[1]]
                        .iter()
                        .any(|a| self.int_const(*a).is_some_and(|c| c & 1 == 1))
            }
            Opnd::Const(c) => self.out.konst(c).bits() & 1 == 1,
            _ => false,
        }
    }

    /// Updates pointer facts of a box.
    pub fn ptr_mut(&mut self, o: Opnd) -> Option<&mut PtrInfo> {
        match self.get(o) {
            Opnd::Ref(b) => Some(self.ptrs.entry(b).or_default()),
            Opnd::Const(_) => None,
        }
    }
    /// Records that a guard must always fail.
    pub fn invalidate(&mut self, why: String) {
        let w = why.clone();
        self.note(Pass::Rewrite, |_| format!("trace rejected: {w}"));
        if self.invalid.is_none() {
            self.invalid = Some(why);
        }
    }
    /// Is a box a fresh allocation made in this trace (so distinct from older objects).
    pub fn is_fresh(&self, o: Opnd) -> bool {
        match self.get(o) {
            Opnd::Ref(b) => self.boxes[b.index()].opcode.is_alloc() && !self.rebound.contains(&b),
            Opnd::Const(_) => false,
        }
    }
    /// Records a decision (the text is built only when explaining).
    pub fn note(&mut self, pass: Pass, what: impl FnOnce(&Self) -> String) {
        if self.explain {
            let what = what(self);
            self.decisions.push(Decision {
                at: self.cur,
                phase: self.phase,
                pass,
                what,
            });
        }
    }

    /// Describes a value for decision texts: a constant, the name of the input op it
    /// stands for (`i7`), or else the optimizer's box (`b12`).
    pub fn show(&self, o: Opnd) -> String {
        match self.get(o) {
            Opnd::Const(c) => coil_ir::printer::fmt_const(self.out.konst(c)),
            Opnd::Ref(b) => {
                let found = (0..self.map.len())
                    .find(|&r| self.map[r].map(|v| self.get(v)) == Some(Opnd::Ref(b)));
                match found {
                    Some(r) => self.input.name(IrRef::new(r)),
                    None => format!("b{}", b.0),
                }
            }
        }
    }

    /// Is pass `p` enabled.
    pub fn on(&self, p: Pass) -> bool {
        self.passes.has(p)
    }

    // ----- the chain -----

    /// Carries box `b` through the enabled passes from `from`; returns its value.
    pub fn send(&mut self, from: Stage, b: BoxId) -> Opnd {
        let mut s = from as usize;
        while s < STAGE_PASS.len() && !self.passes.has(STAGE_PASS[s]) {
            s += 1;
        }
        match s {
            0 => self.opt_intbounds(b),
            1 => self.opt_rewrite(b),
            2 => self.opt_virtualize(b),
            3 => self.opt_pure(b),
            4 => self.opt_heap(b),
            _ => self.emit(b),
        }
    }

    /// Emits a box: it will appear in the output at this point.
    pub fn emit(&mut self, b: BoxId) -> Opnd {
        let args: Vec<Opnd> = self.boxes[b.index()]
            .args
            .iter()
            .map(|a| self.get(*a))
            .collect();
        for (k, a) in args.into_iter().enumerate() {
            self.boxes[b.index()].args[k] = a;
        }
        if let Some(s) = self.pending_snap.remove(&b) {
            let sid = self.build_snapshot(s);
            self.boxes[b.index()].snap = Some(sid);
        }
        let opc = self.boxes[b.index()].opcode;
        if opc.is_ovf() {
            self.ovf_kept = true;
        }
        self.emitted.push(b);
        if opc.has_side_effect() || opc.is_alloc() {
            self.last_effect = self.emitted.len();
        }
        Opnd::Ref(b)
    }

    /// Emits an op created by a pass, running it through the passes from `from`.
    pub fn emit_new(&mut self, from: Stage, op: Op) -> Opnd {
        let b = self.new_box(op);
        self.send(from, b)
    }

    // ----- snapshots -----

    fn snap_value(
        &mut self,
        v: SnapValue,
        src: &Snapshot,
        vmap: &mut FxHashMap<BoxId, VirtId>,
        imap: &mut FxHashMap<VirtId, VirtId>,
        virtuals: &mut Vec<VirtualDesc>,
    ) -> SnapValue {
        match v {
            SnapValue::Dead => SnapValue::Dead,
            SnapValue::Const(c) => SnapValue::Const(c),
            SnapValue::Ref(r) => self.describe(self.mapped(r), vmap, virtuals),
            SnapValue::Virtual(id) => {
                if let Some(n) = imap.get(&id) {
                    return SnapValue::Virtual(*n);
                }
                let n = VirtId::new(virtuals.len());
                imap.insert(id, n);
                virtuals.push(VirtualDesc::Array {
                    descr: coil_ir::ArrayId(0),
                    items: vec![],
                });
                let d = match &src.virtuals[id.index()] {
                    VirtualDesc::Struct {
                        size,
                        vtable,
                        fields,
                    } => VirtualDesc::Struct {
                        size: *size,
                        vtable: *vtable,
                        fields: fields
                            .iter()
                            .map(|(f, v)| (*f, self.snap_value(*v, src, vmap, imap, virtuals)))
                            .collect(),
                    },
                    VirtualDesc::Array { descr, items } => VirtualDesc::Array {
                        descr: *descr,
                        items: items
                            .iter()
                            .map(|v| self.snap_value(*v, src, vmap, imap, virtuals))
                            .collect(),
                    },
                };
                virtuals[n.index()] = d;
                SnapValue::Virtual(n)
            }
        }
    }

    /// The snapshot form of a value: a ref, a constant, or a virtual description.
    pub fn describe(
        &mut self,
        o: Opnd,
        vmap: &mut FxHashMap<BoxId, VirtId>,
        virtuals: &mut Vec<VirtualDesc>,
    ) -> SnapValue {
        match self.get(o) {
            Opnd::Const(c) => SnapValue::Const(c),
            Opnd::Ref(b) => {
                let Some(v) = self.virt.get(b).cloned() else {
                    return SnapValue::Ref(b);
                };
                if let Some(n) = vmap.get(&b) {
                    return SnapValue::Virtual(*n);
                }
                let n = VirtId::new(virtuals.len());
                vmap.insert(b, n);
                virtuals.push(VirtualDesc::Array {
                    descr: coil_ir::ArrayId(0),
                    items: vec![],
                });
                let d = v.describe(|val| self.describe(val, vmap, virtuals));
                virtuals[n.index()] = d;
                SnapValue::Virtual(n)
            }
        }
    }

    /// Builds the box-space snapshot for an input snapshot, sharing it with the previous
    /// guard's when equal.
    pub fn build_snapshot(&mut self, s: SnapId) -> SnapId {
        let input = self.input;
        let src = &input.snaps[s.index()];
        let mut vmap = FxHashMap::default();
        let mut imap = FxHashMap::default();
        let mut virtuals = Vec::new();
        let mut frames = src.frames.clone();
        for f in frames.iter_mut() {
            for slot in f.slots.iter_mut() {
                *slot = self.snap_value(*slot, src, &mut vmap, &mut imap, &mut virtuals);
            }
        }
        let snap = Snapshot { frames, virtuals };
        if self.snaps.last() == Some(&snap) {
            self.stats.snaps_shared += 1;
            self.note(Pass::Rewrite, |_| {
                "snapshot shared with the previous guard".into()
            });
            return SnapId::new(self.snaps.len() - 1);
        }
        self.snaps.push(snap);
        SnapId::new(self.snaps.len() - 1)
    }

    // ----- driving -----

    /// Runs one input op (not jump/label/input) through the chain.
    pub fn process(&mut self, r: IrRef) {
        self.cur = Some(r);
        let input = self.input;
        let op = &input.ops[r.index()];
        match op.opcode {
            Opcode::Input => {}
            Opcode::Label => self.handle_label(r),
            Opcode::DebugMergePoint => {
                let b = self.new_box(op.clone());
                self.emit(b);
            }
            Opcode::GuardNoOverflow | Opcode::GuardOverflow if !self.ovf_kept => {
                // The overflow op was proven not to overflow (and became a plain op or a
                // constant): its guard goes, or, if it wanted an overflow, always fails.
                if op.opcode == Opcode::GuardOverflow {
                    self.invalidate("guard_overflow after an op that cannot overflow".into());
                } else {
                    self.stats.ovf_removed += 1;
                    self.cur = Some(r);
                    self.note(Pass::IntBounds, |_| {
                        "overflow check removed: the operation cannot overflow".into()
                    });
                }
            }
            _ => {
                if op.opcode.is_ovf() {
                    self.ovf_kept = false;
                }
                let mut new = op.clone();
                new.snap = None;
                for a in new.args.iter_mut() {
                    *a = self.map_arg(*a);
                }
                let b = self.new_box(new);
                if let Some(s) = op.snap {
                    self.pending_snap.insert(b, s);
                }
                let v = self.send(Stage::IntBounds, b);
                if op.ty != Type::Void {
                    self.map[r.index()] = Some(v);
                }
            }
        }
    }

    /// Makes each value a distinct emitted ref (forcing virtuals, `same_as` for constants
    /// and repeats), as label arguments must be.
    pub fn label_args(&mut self, vals: &[Opnd]) -> Vec<Opnd> {
        let mut seen = FxHashSet::default();
        let mut out = Vec::new();
        for v in vals {
            let mut v = self.force_value(*v);
            let dup = match v {
                Opnd::Ref(b) => !seen.insert(b),
                Opnd::Const(_) => true,
            };
            if dup {
                let ty = self.ty(v);
                let b = self.new_box(Op::new(Opcode::same_as_for(ty), &[v], Descr::None));
                self.emit(b);
                seen.insert(b);
                v = Opnd::Ref(b);
            }
            out.push(v);
        }
        out
    }

    /// A label inside a sweep: nothing known before it holds after it.
    fn handle_label(&mut self, r: IrRef) {
        let input = self.input;
        let op = &input.ops[r.index()];
        let vals: Vec<Opnd> = op.args.iter().map(|a| self.map_arg(*a)).collect();
        let args = self.label_args(&vals);
        let b = self.new_box(Op::new(Opcode::Label, &args, op.descr));
        self.emit(b);
        self.reset_knowledge();
        self.rebound.extend(args.iter().filter_map(|v| v.as_ref()));
        for (a, v) in op.args.iter().zip(&args) {
            if let Opnd::Ref(ir) = a {
                self.map[ir.index()] = Some(*v);
            }
        }
    }

    /// Forgets every fact (at a label: values are rebound by jumps).
    pub fn reset_knowledge(&mut self) {
        self.bounds.clear();
        self.ptrs.clear();
        self.heap = Default::default();
        self.pure = Default::default();
        self.rw = Default::default();
        self.ib = Default::default();
        self.last_effect = self.emitted.len();
    }

    /// Forces a value if it is virtual; returns its (now real) value.
    pub fn force_value(&mut self, o: Opnd) -> Opnd {
        let o = self.get(o);
        if let Opnd::Ref(b) = o {
            if self.virt.is_virtual(b) {
                self.force(b);
            }
        }
        self.get(o)
    }

    /// Emitted boxes whose results are needed: everything with an effect, and every
    /// op whose result is used (by an op, a snapshot, or `roots`). Unused pure ops,
    /// loads and allocations are dropped (an op may lose its last use after emission,
    /// e.g. when a later guard makes its value a constant).
    pub fn live(&self, roots: &[Opnd]) -> FxHashSet<BoxId> {
        let mut live: FxHashSet<BoxId> = roots.iter().filter_map(|o| o.as_ref()).collect();
        for &b in self.emitted.iter().rev() {
            let op = &self.boxes[b.index()];
            let f = op.opcode.flags();
            let pure_call = op.opcode.is_call()
                && !f.has(coil_ir::Flags::MAY_FORCE)
                && matches!(op.descr, Descr::Call(c) if {
                    let d = self.out.descrs.c(c);
                    d.effect == coil_ir::Effect::Pure && !d.can_raise
                });
            let removable = op.opcode != Opcode::Input
                && (f.has(coil_ir::Flags::PURE)
                    || op.opcode.is_alloc()
                    || pure_call
                    || (f.has(coil_ir::Flags::READ) && !op.opcode.is_call()));
            if removable && !live.contains(&b) {
                continue;
            }
            live.insert(b);
            live.extend(op.args.iter().filter_map(|a| a.as_ref()));
            if let Some(s) = op.snap {
                live.extend(self.snaps[s.index()].refs());
            }
        }
        live
    }

    /// Assembles emitted boxes into `dst`. `pre` maps boxes already placed (e.g. inputs
    /// bound to label arguments); `roots` are values used outside this sweep; returns
    /// the box -> output ref map.
    pub fn assemble_into(
        &self,
        dst: &mut Trace,
        pre: &FxHashMap<BoxId, IrRef>,
        skip_inputs: bool,
        roots: &[Opnd],
    ) -> Result<FxHashMap<BoxId, IrRef>, OptError> {
        let live = self.live(roots);
        let mut m = pre.clone();
        let mut snapmap: FxHashMap<SnapId, SnapId> = FxHashMap::default();
        for &b in &self.emitted {
            let op = &self.boxes[b.index()];
            if op.opcode == Opcode::Input && (skip_inputs || m.contains_key(&b)) {
                continue;
            }
            if !live.contains(&b) {
                continue;
            }
            let mut new = op.clone();
            // Operands as they were when the op was emitted: a replacement found later
            // (e.g. guard_value making a value constant) holds only after that point.
            for a in new.args.iter_mut() {
                *a = match *a {
                    Opnd::Ref(x) => Opnd::Ref(*m.get(&x).ok_or_else(|| unplaced(x))?),
                    Opnd::Const(c) => dst.c(self.out.konst(c)),
                };
            }
            if let Some(s) = op.snap {
                let id = match snapmap.get(&s) {
                    Some(id) => *id,
                    None => {
                        let mut snap = self.snaps[s.index()].clone();
                        let mut fix = |v: &mut SnapValue| match *v {
                            SnapValue::Ref(x) => *v = SnapValue::Ref(m[&x]),
                            SnapValue::Const(c) => {
                                *v = SnapValue::Const(dst.consts.add(self.out.konst(c)))
                            }
                            _ => {}
                        };
                        for f in snap.frames.iter_mut() {
                            f.slots.iter_mut().for_each(&mut fix);
                        }
                        for v in snap.virtuals.iter_mut() {
                            match v {
                                VirtualDesc::Struct { fields, .. } => {
                                    fields.iter_mut().for_each(|f| fix(&mut f.1))
                                }
                                VirtualDesc::Array { items, .. } => {
                                    items.iter_mut().for_each(&mut fix)
                                }
                            }
                        }
                        let id = dst.snapshot(snap);
                        snapmap.insert(s, id);
                        id
                    }
                };
                new.snap = Some(id);
            }
            let r = dst.push(new);
            m.insert(b, r);
        }
        Ok(m)
    }
}
