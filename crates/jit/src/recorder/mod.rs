//! The recorder: while the interpreter runs a hot loop, emits IR for each bytecode,
//! specialised to the types it observes, with a guard (and snapshot) for every assumption.
//!
//! The recorder keeps a symbolic mirror of the loop's frame: one `Option<Opnd>` per frame
//! slot (locals, then the operand stack); `None` is an empty slot. The IR type says how
//! the interpreter's value is represented in the trace:
//!
//! ```text
//!   Int    an unboxed Python int (i64; the interpreter's small int, or a big int that
//!          fits in 64 bits when boxed back at an exit)
//!   Float  an unboxed Python float
//!   Ref    the tagged word of a heap object (never a small int)
//! ```
//!
//! **Resume rule:** every guard's snapshot is the state *before* the instruction that
//! emitted it, resuming at that instruction; the instruction does nothing observable
//! before its guards, so the interpreter simply executes it again. A comparison result
//! that feeds a branch stays an Int (0/1) in the snapshot of the branch's guard: the
//! interpreter's POP_JUMP_IF treats 0/1 exactly as False/True. A comparison whose result
//! is stored is turned into a constant True/False behind a guard.
//!
//! Anything not covered aborts the recording with a reason: a trace is never produced
//! for code the recorder does not fully model.

mod attr;
mod call;
mod closure;
mod dict;
mod dunder;
mod flow;
mod generator;
mod globals;
mod intmeth;
mod iter;
mod residual;
mod seq;
mod set;
mod slice;
mod strs;

use call::MFrame;
pub use call::{has_loop, FrameInfo};
pub(crate) use closure::fill_top_free_cells;
use residual::Pending;

use crate::abort::{Abort, AbortKind};
use coil_compiler::opcode::Opcode as Bc;
use coil_ir::{
    Const, Descr, FieldDescr, Frame, IrRef, Op, Opcode, Opnd, SnapId, SnapValue, Snapshot,
    TargetId, Trace, Type,
};
use coil_vm::heap::{self, get, has_layout};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{flags, LayoutId, RangeIterObj};
use coil_vm::objects::float::{float_value, is_float};
use coil_vm::{Value, Vm};

/// How a slot is represented in a trace (the IR type of its value), or empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An empty slot (never read by the trace).
    Dead,
    /// Unboxed int.
    Int,
    /// Unboxed float.
    Float,
    /// Heap object word.
    Ref,
}

impl Kind {
    /// The kind of an interpreter value.
    pub fn of(v: Value) -> Kind {
        if v.is_empty() {
            Kind::Dead
        } else if v.is_small() {
            Kind::Int
        } else if is_float(v) {
            Kind::Float
        } else {
            Kind::Ref
        }
    }
    fn ty(self) -> Type {
        match self {
            Kind::Int => Type::Int,
            Kind::Float => Type::Float,
            _ => Type::Ref,
        }
    }
}

/// Addresses the trace reads to leave at the loop header (collection request, Ctrl-C,
/// cancellation) and the forced-failure countdown.
#[derive(Clone, Copy, Debug)]
pub struct Watch {
    /// Byte flags polled at the loop header (non-zero: leave): `Heap::attention`.
    pub flags: [u64; 1],
    /// Address of the fail-every countdown word (0: off).
    pub fail_counter: u64,
}

/// `x ** y` for floats, as the VM computes it (pure; called from traces).
extern "sysv64" fn float_pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// Compile parameters for traces run against `vm`: its nursery and the heap's slow paths.
pub fn compile_params(vm: &Vm) -> coil_x64::CompileParams {
    let (free, top) = vm.heap.nursery_words();
    coil_x64::CompileParams {
        nursery_free: free,
        nursery_top: top,
        malloc_slowpath: heap::jit::jit_malloc_slowpath as *const () as u64,
        wb_slowpath: heap::jit::jit_wb_slowpath as *const () as u64,
        wb_flag_bit: heap::jit::WB_FLAG_BIT,
        exc_addr: &vm.exc as *const Value as u64,
        ..coil_x64::CompileParams::default()
    }
}

/// A finished recording.
pub struct Recorded {
    /// The loop trace: `[inputs] label(inputs, T0) ... jump(..., T0)`.
    pub trace: Trace,
    /// The kind of each frame slot at entry (locals then stack).
    pub entry: Vec<Kind>,
    /// Ops recorded (before optimization).
    pub recorded_ops: usize,
    /// Objects the trace embeds or reads through raw addresses: the JIT keeps them
    /// alive (old-space objects never move; rooting them keeps their addresses valid).
    pub keep: Vec<Value>,
    /// What each snapshot frame is (indexed by `Frame::code`; 0 is the loop's frame).
    pub frames: Vec<FrameInfo>,
    /// A bridge that ends at the loop function's `return`: its `finish` exit.
    pub finish: Option<FinishExit>,
}

/// A bridge's `finish` at `RETURN_VALUE` of the loop's function: the interpreter resumes
/// at `pc` with the frame's set slots (`Some(kind)`, in order) taken from its arguments.
#[derive(Clone, Debug)]
pub struct FinishExit {
    /// The `RETURN_VALUE`'s pc.
    pub pc: u32,
    /// Per frame slot (locals then stack): `None` left as it was, else the next argument.
    pub slots: Vec<Option<Type>>,
}

/// The recorder state for one loop.
pub struct Recorder {
    /// The code object recorded.
    pub code: Value,
    /// Loop header pc.
    pub header: u32,
    /// Number of frames when recording started (the loop's frame is the top one).
    pub depth: usize,
    /// Index of the code in the JIT's code table (snapshot frames name it).
    pub code_id: u32,
    started: bool,
    expect: u32,
    trace: Trace,
    /// The mirror of the interpreter's value stack from the loop frame's base: every
    /// frame's slots and operands, inlined frames included.
    slots: Vec<Option<Opnd>>,
    /// Index in `slots` where the current frame's operand stack starts.
    nslots: usize,
    /// Index in `slots` of the current frame's slot 0.
    fbase: usize,
    /// The mirrored frames, the loop's first; the last is the one executing.
    mframes: Vec<MFrame>,
    /// Snapshot frame descriptions (`Recorded::frames`).
    infos: Vec<FrameInfo>,
    /// The `__init__` of the class being instantiated (set by `instantiate`).
    init_fn: Value,
    /// `list.append` as LOAD_METHOD found it (EMPTY before).
    list_append_fn: Value,
    /// Super objects made by `super()` in this trace: the op, the class, the receiver.
    supers: Vec<(IrRef, Value, Opnd)>,
    /// Function objects made by MAKE_FUNCTION in this trace.
    made_functions: Vec<IrRef>,
    /// Bound methods made by LOAD_METHOD on a super object, with their receivers.
    made_methods: Vec<(IrRef, Opnd)>,
    entry: Vec<Kind>,
    limit: usize,
    watch: Watch,
    /// The snapshot of the instruction being recorded (built on first use).
    cur_snap: Option<SnapId>,
    cur_pc: u32,
    recorded: usize,
    keep: Vec<Value>,
    /// Raw version words (dict and class versions) already guarded in this trace:
    /// nothing the trace does can change them until a call that runs Python code.
    guarded: Vec<u64>,
    /// Globals read by lookup in this trace (globals dict, name): nothing the trace does
    /// can rebind them until a call that runs Python code (`globals.rs`).
    globals_read: Vec<(u64, u64)>,
    /// Recording a bridge: closes when execution reaches the header again.
    bridge: bool,
    /// The previous instruction's helper result, resolved at this one (`residual.rs`).
    pending: Option<Pending>,
    /// The instruction being executed was recorded as a helper call.
    in_residual: bool,
    /// The loop's entry label (a loop's own first label; a bridge jumps to it).
    pub target: TargetId,
    /// Headers of compiled loops of this code (the recording ends where it reaches one).
    pub merge_headers: Vec<u32>,
    /// Version words of dicts whose guards keep invalidating loops: their globals are
    /// read by lookup and checked by value (`globals.rs`).
    pub unstable_versions: Vec<u64>,
    /// Back-edges recorded per inner loop header (`flow.rs`).
    inner_edges: Vec<(u32, u32)>,
    finish: Option<FinishExit>,
    /// The instruction just recorded is a residual call of a Python function: the
    /// interpreter runs its frames next, which are not recorded.
    python_residual: bool,
    /// Recording a function trace (`crate::function`): from the function's first
    /// instruction to its return, which ends the trace with a `finish`.
    pub function: bool,
    /// A loop recording that reaches its function's return ends there with a `finish`
    /// (the loop's earlier recordings ended that way: its activations are short) instead
    /// of aborting; the trace's guards that stay in the loop grow bridges that jump back
    /// to its entry.
    pub may_return: bool,
}

/// Where a bridge's recording starts: the frame as the failing guard's snapshot describes
/// it (the interpreter has just been resumed from it), and the loop it must jump back to.
pub struct BridgeStart {
    /// The guard's resume pc (the first instruction the bridge records).
    pub pc: u32,
    /// Types of the bridge's inputs (the guard's exit values, in order).
    pub inputs: Vec<Type>,
    /// Per frame slot (locals, then stack, of every frame from the loop's, as the
    /// recorder mirrors them): `None` dead, else an input or a constant.
    pub slots: Vec<Option<BridgeSlot>>,
    /// The inlined frames above the loop's, outermost first.
    pub inlined: Vec<InlinedStart>,
    /// The snapshot's virtual objects (`BridgeSlot::Virtual` indexes them).
    pub virtuals: Vec<BridgeVirtual>,
    /// Layout ids of the pointer constants among `slots` (the parent's `const_classes`).
    pub const_classes: Vec<(u64, u32)>,
    /// The loop's entry kinds (the bridge's final jump must match them).
    pub loop_entry: Vec<Kind>,
    /// Address of a word the bridge increments on entry (jit-backend-counts), or 0.
    pub counter: u64,
    /// The loop's entry label.
    pub target: TargetId,
}

/// An inlined frame at a bridge's start.
#[derive(Clone, Copy, Debug)]
pub struct InlinedStart {
    /// Index in `BridgeStart::slots` of its slot 0.
    pub base: usize,
    /// The pc its caller resumes at when it returns.
    pub caller_resume: u32,
    /// What it is (call words, `__init__`).
    pub info: FrameInfo,
    /// An `__init__` frame's instance.
    pub extra: Option<BridgeSlot>,
    /// Its code object.
    pub code: Value,
}

/// One slot at a bridge's start.
#[derive(Clone, Copy, Debug)]
pub enum BridgeSlot {
    /// The bridge's input number k.
    Input(usize),
    /// A constant.
    Const(Const),
    /// Virtual object k of `BridgeStart::virtuals`.
    Virtual(usize),
}

/// A virtual object of the failing guard's snapshot, allocated again by the bridge.
#[derive(Clone, Debug)]
pub enum BridgeVirtual {
    /// `new`/`new_with_vtable` and its set fields.
    Struct {
        /// Size descr.
        size: coil_ir::SizeDescr,
        /// With a vtable (layout id in the header).
        vtable: bool,
        /// Fields set.
        fields: Vec<(FieldDescr, Option<BridgeSlot>)>,
    },
    /// `new_array` and its items.
    Array {
        /// Array descr.
        descr: coil_ir::ArrayDescr,
        /// Items.
        items: Vec<Option<BridgeSlot>>,
    },
}

fn u(kind: AbortKind, s: impl Into<String>) -> Abort {
    Abort::new(kind, s)
}

/// Does `v` live outside the nursery (safe to embed in a trace as a constant)?
fn is_stable(v: Value) -> bool {
    v.is_ptr() && heap::header(v).flags & (flags::OLD | flags::IMMORTAL) != 0
}

fn range_field(name: &str, offset: usize) -> FieldDescr {
    FieldDescr::int(&format!("RangeIter.{name}"), offset as i32)
}

impl Recorder {
    /// A recorder for the loop at `header` of `code` (top frame at `depth` frames).
    pub fn new(
        code: Value,
        header: u32,
        depth: usize,
        code_id: u32,
        limit: usize,
        watch: Watch,
        target: TargetId,
    ) -> Recorder {
        Recorder {
            code,
            header,
            depth,
            code_id,
            started: false,
            expect: header,
            trace: Trace::new(),
            slots: vec![],
            nslots: 0,
            fbase: 0,
            mframes: vec![],
            infos: vec![FrameInfo::loop_frame(code)],
            init_fn: Value::EMPTY,
            list_append_fn: Value::EMPTY,
            supers: vec![],
            made_functions: vec![],
            made_methods: vec![],
            entry: vec![],
            limit,
            watch,
            cur_snap: None,
            cur_pc: header,
            recorded: 0,
            keep: vec![code],
            guarded: vec![],
            globals_read: vec![],
            bridge: false,
            pending: None,
            in_residual: false,
            target,
            merge_headers: vec![],
            unstable_versions: vec![],
            inner_edges: vec![],
            finish: None,
            python_residual: false,
            function: false,
            may_return: false,
        }
    }

    /// A recorder for a bridge out of a guard of the loop at `header`: starts at the
    /// guard's resume pc with the frame `start` describes; ends with a jump to the loop's
    /// first label when execution reaches the header.
    pub fn new_bridge(
        code: Value,
        header: u32,
        depth: usize,
        code_id: u32,
        limit: usize,
        watch: Watch,
        start: BridgeStart,
    ) -> Recorder {
        let mut r = Recorder::new(code, header, depth, code_id, limit, watch, start.target);
        r.bridge = true;
        r.started = true;
        r.expect = start.pc;
        r.cur_pc = start.pc;
        r.nslots = code_data(code).nslots;
        r.fbase = 0;
        r.mframes.push(MFrame::loop_frame(code, r.nslots));
        r.entry = start.loop_entry;
        r.trace.const_classes = start.const_classes;
        let inputs: Vec<IrRef> = start.inputs.iter().map(|t| r.trace.input(*t)).collect();
        // The snapshot's virtuals, allocated first, then their fields set.
        let mut objs = Vec::with_capacity(start.virtuals.len());
        for v in &start.virtuals {
            let o = match v {
                BridgeVirtual::Struct { size, vtable, .. } => {
                    let sd = r.trace.descrs.size(size.clone());
                    let op = if *vtable {
                        Opcode::NewWithVtable
                    } else {
                        Opcode::New
                    };
                    r.trace.emit(op, &[], Descr::Size(sd))
                }
                BridgeVirtual::Array { descr, items } => {
                    let ad = r.trace.descrs.array(descr.clone());
                    let n = r.trace.int(items.len() as i64);
                    r.trace.emit(Opcode::NewArray, &[n], Descr::Array(ad))
                }
            };
            objs.push(Opnd::Ref(o));
        }
        let conv = |r: &mut Recorder, s: &Option<BridgeSlot>| match s {
            None => None,
            Some(BridgeSlot::Input(k)) => Some(Opnd::Ref(inputs[*k])),
            Some(BridgeSlot::Const(c)) => Some(r.trace.c(*c)),
            Some(BridgeSlot::Virtual(k)) => Some(objs[*k]),
        };
        for (v, o) in start.virtuals.iter().zip(&objs) {
            match v {
                BridgeVirtual::Struct { fields, .. } => {
                    for (fd, x) in fields {
                        if let Some(x) = conv(&mut r, x) {
                            let f = r.trace.descrs.field(fd.clone());
                            r.trace.emit(Opcode::SetfieldGc, &[*o, x], Descr::Field(f));
                        }
                    }
                }
                BridgeVirtual::Array { descr, items } => {
                    let ad = r.trace.descrs.array(descr.clone());
                    for (k, x) in items.iter().enumerate() {
                        if let Some(x) = conv(&mut r, x) {
                            let i = r.trace.int(k as i64);
                            r.trace
                                .emit(Opcode::SetarrayitemGc, &[*o, i, x], Descr::Array(ad));
                        }
                    }
                }
            }
        }
        r.slots = start.slots.iter().map(|s| conv(&mut r, s)).collect();
        for inl in &start.inlined {
            r.infos.push(inl.info);
            let info = (r.infos.len() - 1) as u32;
            if let Some(caller) = r.mframes.last_mut() {
                caller.resume = inl.caller_resume;
            }
            let extra = conv(&mut r, &inl.extra);
            r.keep.push(inl.code);
            r.mframes.push(MFrame {
                code: inl.code,
                info,
                base: inl.base,
                nslots: code_data(inl.code).nslots,
                resume: 0,
                ret: inl.base.saturating_sub(inl.info.gap),
                extra,
                kind: call::FrameKind::Call { init: extra },
            });
            r.fbase = inl.base;
            r.nslots = inl.base + code_data(inl.code).nslots;
        }
        if start.counter != 0 {
            let fd = r.trace.descrs.field(FieldDescr::int("jit.bridge_count", 0));
            let addr = r.trace.int(start.counter as i64);
            let n = r
                .trace
                .emit(Opcode::GetfieldRawI, &[addr], Descr::Field(fd));
            let one = r.trace.int(1);
            let n2 = r.emit(Opcode::IntAdd, &[Opnd::Ref(n), one]);
            r.trace
                .emit(Opcode::SetfieldRaw, &[addr, n2], Descr::Field(fd));
        }
        r
    }

    fn top_ok(&self, vm: &Vm) -> Result<(), Abort> {
        let inlined = self.mframes.len().saturating_sub(1);
        let code = self.mframes.last().map(|m| m.code).unwrap_or(self.code);
        if vm.frames.len() != self.depth + inlined || vm.frames.last().map(|f| f.code) != Some(code)
        {
            return Err(u(
                AbortKind::Recursion,
                "the interpreter's frames differ from the recording's",
            ));
        }
        Ok(())
    }

    /// Is the interpreter running Python code entered from native code above the
    /// recorded frames?
    /// Does the interpreter run frames above the recorded ones (the callee of a
    /// residual call of a Python function)?
    fn deeper_frames(&self, vm: &Vm) -> bool {
        vm.frames.len() > self.depth + self.mframes.len().saturating_sub(1)
    }

    fn nested_python(&self, vm: &Vm) -> bool {
        let ours = self.depth + self.mframes.len().saturating_sub(1);
        vm.frames.len() > ours && vm.frames[ours..].iter().any(|f| f.entry)
    }

    /// The code object of the frame being recorded.
    fn cur_code(&self) -> Value {
        self.mframes.last().map(|m| m.code).unwrap_or(self.code)
    }

    fn start(&mut self, vm: &Vm) -> Result<(), Abort> {
        let f = vm.frames.last().expect("frame");
        if !f.locals.is_empty() {
            return Err(u(AbortKind::Unsupported, "loop in a module or class body"));
        }
        let cd = code_data(self.code);
        self.nslots = cd.nslots;
        self.fbase = 0;
        self.mframes.push(MFrame::loop_frame(self.code, cd.nslots));
        let vals = &vm.stack[f.base..];
        let mut inputs = vec![];
        for &v in vals {
            let k = Kind::of(v);
            self.entry.push(k);
            if k == Kind::Dead {
                self.slots.push(None);
            } else {
                let r = self.trace.input(k.ty());
                inputs.push(Opnd::Ref(r));
                self.slots.push(Some(Opnd::Ref(r)));
            }
        }
        self.trace.label(&inputs, self.target);
        // Leave at the header when a collection, Ctrl-C or cancellation is pending.
        self.cur_pc = self.header;
        self.cur_snap = None;
        let fd = self.trace.descrs.field(FieldDescr {
            name: "safepoint.flag".into(),
            offset: 0,
            size: 1,
            ty: Type::Int,
            signed: false,
            immutable: false,
        });
        for a in self.watch.flags {
            let addr = self.trace.int(a as i64);
            let v = self
                .trace
                .emit(Opcode::GetfieldRawI, &[addr], Descr::Field(fd));
            self.guard(Opcode::GuardFalse, &[Opnd::Ref(v)]);
        }
        self.started = true;
        Ok(())
    }

    fn snap(&mut self) -> SnapId {
        if let Some(s) = self.cur_snap {
            return s;
        }
        let conv = |s: &Option<Opnd>| match s {
            None => SnapValue::Dead,
            Some(Opnd::Ref(r)) => SnapValue::Ref(*r),
            Some(Opnd::Const(c)) => SnapValue::Const(*c),
        };
        let mut frames = Vec::with_capacity(self.mframes.len());
        for (k, m) in self.mframes.iter().enumerate() {
            let end = self
                .mframes
                .get(k + 1)
                .map(|n| n.base)
                .unwrap_or(self.slots.len());
            let mut slots: Vec<SnapValue> = vec![];
            if let Some(x) = m.extra {
                slots.push(conv(&Some(x)));
            }
            slots.extend(self.slots[m.base..end].iter().map(conv));
            let last = k + 1 == self.mframes.len();
            frames.push(Frame {
                code: m.info,
                pc: if last { self.cur_pc } else { m.resume },
                slots,
            });
        }
        let s = self.trace.snapshot(Snapshot {
            frames,
            virtuals: vec![],
        });
        self.cur_snap = Some(s);
        s
    }

    fn guard(&mut self, op: Opcode, args: &[Opnd]) {
        let s = self.snap();
        if self.watch.fail_counter != 0 && op != Opcode::GuardNoException {
            // Test mode: a countdown that makes every Nth guard check fail through this
            // guard's own snapshot, so every exit path runs.
            let fd = self
                .trace
                .descrs
                .field(FieldDescr::int("jit.fail_countdown", 0));
            let addr = self.trace.int(self.watch.fail_counter as i64);
            let c = self
                .trace
                .emit(Opcode::GetfieldRawI, &[addr], Descr::Field(fd));
            let one = self.trace.int(1);
            let c2 = self
                .trace
                .emit(Opcode::IntSub, &[Opnd::Ref(c), one], Descr::None);
            self.trace.emit(
                Opcode::SetfieldRaw,
                &[addr, Opnd::Ref(c2)],
                Descr::Field(fd),
            );
            let zero = self.trace.int(0);
            let ok = self
                .trace
                .emit(Opcode::IntGt, &[Opnd::Ref(c2), zero], Descr::None);
            self.trace.guard(Opcode::GuardTrue, &[Opnd::Ref(ok)], s);
        }
        self.trace.guard(op, args, s);
    }

    fn emit(&mut self, op: Opcode, args: &[Opnd]) -> Opnd {
        Opnd::Ref(self.trace.emit(op, args, Descr::None))
    }

    fn push(&mut self, v: Opnd) {
        self.slots.push(Some(v));
    }

    fn pop(&mut self) -> Result<Opnd, Abort> {
        if self.slots.len() <= self.nslots {
            return Err(u(AbortKind::Unsupported, "operand stack underflow"));
        }
        self.slots
            .pop()
            .flatten()
            .ok_or_else(|| u(AbortKind::Unsupported, "empty operand"))
    }

    /// The operand `k` entries below the top of the mirrored stack.
    fn peek(&self, k: usize) -> Result<Opnd, Abort> {
        let n = self.slots.len();
        if k >= n - self.nslots {
            return Err(u(AbortKind::Unsupported, "operand stack underflow"));
        }
        self.slots[n - 1 - k].ok_or_else(|| u(AbortKind::Unsupported, "empty operand"))
    }

    fn top(&self) -> Result<Opnd, Abort> {
        self.peek(0)
    }

    fn ty(&self, o: Opnd) -> Type {
        self.trace.ty(o)
    }

    /// The concrete value `k` entries below the top of the interpreter's stack.
    fn concrete(vm: &Vm, k: usize) -> Value {
        vm.stack[vm.stack.len() - 1 - k]
    }

    /// A constant for an interpreter value, or an abort for nursery objects.
    fn constant(&mut self, v: Value) -> Result<Opnd, Abort> {
        if v.is_small() {
            Ok(self.trace.int(v.small_value()))
        } else if is_float(v) {
            Ok(self.trace.float(float_value(v)))
        } else if is_stable(v) {
            self.keep.push(v);
            self.trace.const_classes.retain(|c| c.0 != v.addr() as u64);
            self.trace
                .const_classes
                .push((v.addr() as u64, heap::header(v).layout));
            Ok(self.trace.ptr(v.addr() as u64))
        } else {
            Err(u(AbortKind::Unsupported, "constant in the nursery"))
        }
    }

    /// Checks that a symbolic operand agrees with the concrete value it mirrors.
    fn check(&self, o: Opnd, v: Value) -> Result<(), Abort> {
        let ok = match self.ty(o) {
            Type::Int => v.is_small() || v.is_bool(),
            Type::Float => is_float(v),
            Type::Ref => v.is_ptr(),
            Type::Void => false,
        };
        if ok {
            Ok(())
        } else {
            Err(u(AbortKind::TypeUnstable, "value changed representation"))
        }
    }

    /// `a is b` where an operand is an unboxed int or float (concretely `ca`, `cb`).
    /// An int mirror whose value is a bool holds a bool on every run (it comes from a
    /// comparison or a guarded unboxing), one whose value is an int an int. Small ints
    /// are tagged words: identity with an int is equality of the boxed words; no
    /// unboxed value is a constant object other than a number (`x is None`). Float
    /// identity otherwise aborts.
    fn is_unboxed(&mut self, a: Opnd, b: Opnd, ca: Value, cb: Value) -> Result<bool, Abort> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let same = ca == cb;
        let guard = |r: &mut Recorder, eq: Opnd| {
            let g = if same {
                Opcode::GuardTrue
            } else {
                Opcode::GuardFalse
            };
            r.guard(g, &[eq]);
            Ok(same)
        };
        if ta == Type::Int && tb == Type::Int {
            // Bools and ints are never identical; two of a kind are by value.
            if ca.is_bool() != cb.is_bool() {
                return Ok(false);
            }
            let eq = self.emit(Opcode::IntEq, &[a, b]);
            return guard(self, eq);
        }
        for (x, tx, cx, other, ky) in [(a, ta, ca, b, cb), (b, tb, cb, a, ca)] {
            if tx == Type::Ref || self.trace.as_const(other).is_none() {
                continue;
            }
            if tx == Type::Int && cx.is_bool() && ky.is_bool() {
                // `x is True`.
                let k = self.trace.int(ky.is_true_obj() as i64);
                let eq = self.emit(Opcode::IntEq, &[x, k]);
                return guard(self, eq);
            }
            if ky.is_ptr() && !is_float(ky) && !(tx == Type::Int && cx.is_bool() && ky.is_bool()) {
                // `x is None`: a constant object no unboxed number or bool is.
                return Ok(false);
            }
        }
        let int_ref = |t: Type, c: Value, u: Type| t == Type::Int && !c.is_bool() && u == Type::Ref;
        if int_ref(ta, ca, tb) || int_ref(tb, cb, ta) {
            let (wa, wb) = (self.box_word(a)?, self.box_word(b)?);
            let eq = self.emit(Opcode::PtrEq, &[wa, wb]);
            return guard(self, eq);
        }
        Err(u(AbortKind::Unsupported, "`is` on unboxed values"))
    }

    /// Records the instruction at `pc` (called before the interpreter executes it).
    /// Ok(true): the loop closed and the trace is complete.
    pub fn step(&mut self, vm: &mut Vm, pc: u32) -> Result<bool, Abort> {
        if (self.in_residual && self.nested_python(vm))
            || (self.python_residual && self.deeper_frames(vm))
        {
            // Python code the VM runs inside the instruction just recorded as a helper
            // call (a `__str__` under `str(x)`): the helper runs it in the trace.
            return Ok(false);
        }
        self.in_residual = false;
        self.python_residual = false;
        self.top_ok(vm)?;
        if !self.started {
            if pc != self.header {
                return Err(u(
                    AbortKind::ControlFlow,
                    "did not start at the loop header",
                ));
            }
            self.start(vm)?;
        } else if pc != self.expect && !self.pending_exit(pc) {
            return Err(u(
                AbortKind::ControlFlow,
                format!("expected pc {} but the interpreter is at {pc}", self.expect),
            ));
        }
        self.resolve_pending(vm, pc)?;
        if self.bridge
            && self.recorded > 0
            && self.mframes.len() == 1
            && pc == self.header
            && self.close_bridge()?
        {
            return Ok(true);
        }
        let f = &vm.frames[self.depth - 1];
        if vm.stack.len() - f.base != self.slots.len() {
            return Err(u(
                AbortKind::ControlFlow,
                "stack depth differs from the recording",
            ));
        }
        if self.trace.ops.len() > self.limit {
            return Err(u(
                AbortKind::TooLong,
                format!("more than {} ops", self.limit),
            ));
        }
        self.cur_pc = pc;
        self.cur_snap = None;
        let cd = code_data(self.cur_code());
        let ins = cd.code.code[pc as usize];
        let arg = ins.arg as usize;
        if vm.heap.has_finalizable && vm.drops_finalizable(ins.op, arg) {
            // The interpreter may collect and call `__del__` here; compiled code cannot.
            return Err(u(
                AbortKind::Unsupported,
                "dropping an instance whose class defines __del__",
            ));
        }
        let text = format!(
            "{};{}:{}-{}~#{} {}",
            cd.code.name,
            cd.code.filename,
            cd.code.first_line,
            cd.code.line_of(pc as usize),
            pc,
            ins.op.name()
        );
        let t = self.trace.text(&text);
        self.trace
            .emit(Opcode::DebugMergePoint, &[], Descr::Text(t));
        self.recorded += 1;
        let mut next = pc + 1;
        match ins.op {
            Bc::NOP => {}
            Bc::POP_TOP => {
                self.pop()?;
            }
            Bc::COPY => {
                let n = self.slots.len();
                if arg == 0 || arg > n - self.nslots {
                    return Err(u(AbortKind::Unsupported, "COPY below the frame"));
                }
                let v = self.slots[n - arg];
                self.slots.push(v);
            }
            Bc::SWAP => {
                let n = self.slots.len();
                if arg == 0 || arg > n - self.nslots {
                    return Err(u(AbortKind::Unsupported, "SWAP below the frame"));
                }
                self.slots.swap(n - 1, n - arg);
            }
            Bc::LOAD_FAST => {
                let v = self.slots[self.fbase + arg]
                    .ok_or_else(|| u(AbortKind::Unsupported, "LOAD_FAST of an empty slot"))?;
                self.push(v);
            }
            Bc::STORE_FAST => {
                let v = self.pop()?;
                self.slots[self.fbase + arg] = Some(v);
            }
            Bc::LOAD_CONST => {
                // A young constant (a tuple the code object made) is pinned: the trace
                // embeds its final address.
                let c = self.pin(vm, cd.consts[arg])?;
                self.push(c);
            }
            Bc::LOAD_GLOBAL => self.load_global(vm, arg)?,
            Bc::KW_NAMES => {}
            Bc::MAKE_CELL => self.make_cell(vm, arg)?,
            Bc::MAKE_FUNCTION => self.make_function(vm, arg)?,
            Bc::COPY_FREE_VARS => self.copy_free_vars(vm, arg)?,
            Bc::LOAD_CLOSURE => self.load_closure(arg)?,
            Bc::LOAD_DEREF => self.load_deref(vm, arg)?,
            Bc::STORE_DEREF => self.store_deref(vm, arg)?,
            Bc::LOAD_ATTR => match self.property_get(vm, cd.names[arg], pc + 1)? {
                Some(n) => next = n,
                None => self.load_attr(vm, cd.names[arg])?,
            },
            Bc::BINARY_SUBSCR => match self.subscr_dunder(vm, pc + 1)? {
                Some(n) => next = n,
                None if self.list_getslice(vm)? => {}
                None => match self.binary_subscr(vm) {
                    Err(a) if a.kind == AbortKind::Unsupported => self.subscr_residual(vm)?,
                    r => r?,
                },
            },
            Bc::LIST_APPEND => self.list_append_op(vm, arg)?,
            Bc::UNPACK_SEQUENCE => self.unpack_sequence(vm, arg)?,
            Bc::UNPACK_EX => self.unpack_ex(vm, arg)?,
            Bc::BUILD_TUPLE => self.build_tuple(vm, arg)?,
            Bc::STORE_SUBSCR if self.list_setslice(vm)? => {}
            Bc::STORE_SUBSCR => match self.store_subscr(vm) {
                Err(a) if a.kind == AbortKind::Unsupported => self.store_subscr_residual(vm)?,
                r => r?,
            },
            Bc::DELETE_SUBSCR => self.delete_subscr(vm)?,
            Bc::CONTAINS_OP => self.contains_op(vm, arg)?,
            Bc::BUILD_SLICE if self.build_slice_virtual(vm, arg)? => {}
            Bc::BUILD_SLICE => self.build_slice(vm, arg)?,
            Bc::BUILD_LIST | Bc::BUILD_SET | Bc::BUILD_STRING => {
                self.build_residual(vm, ins.op, arg)?
            }
            Bc::BUILD_MAP => self.build_map(vm, arg)?,
            Bc::BUILD_CONST_KEY_MAP => self.build_const_key_map(vm, arg)?,
            Bc::MAP_ADD => self.map_add(vm, arg)?,
            Bc::FORMAT_VALUE => self.format_value(vm, arg)?,
            Bc::LIST_EXTEND => self.list_extend(vm, arg)?,
            Bc::GET_ITER => self.get_iter(vm)?,
            Bc::UNARY_NOT => match self.truth_op(vm, ins.op, pc, arg as u32) {
                // Truth the recorder does not model: the VM's, through a helper.
                Err(a) if a.kind == AbortKind::Unsupported && self.ty(self.top()?) == Type::Ref => {
                    self.unary_residual(vm, ins.op)?
                }
                r => next = r?,
            },
            Bc::UNARY_INVERT | Bc::UNARY_POSITIVE if self.ty(self.top()?) == Type::Ref => {
                self.unary_residual(vm, ins.op)?
            }
            Bc::UNARY_NEGATIVE if self.ty(self.top()?) == Type::Ref => {
                self.unary_residual(vm, ins.op)?
            }
            Bc::LOAD_METHOD => self.load_method(vm, cd.names[arg])?,
            Bc::CALL | Bc::CALL_METHOD => {
                next = self.call(vm, ins.op == Bc::CALL_METHOD, arg, pc + 1)?;
            }
            Bc::YIELD_VALUE if self.in_own_generator_frame(vm) && self.yield_to_sink(vm)? => {}
            Bc::YIELD_VALUE if self.in_own_generator_frame(vm) => {
                self.finish_at_yield(pc)?;
                return Ok(true);
            }
            Bc::RETURN_VALUE if !self.bridge && self.in_own_generator_frame(vm) => {
                return Err(self.generator_loop_return());
            }
            Bc::RETURN_VALUE
                if !self.bridge
                    && !self.function
                    && !self.may_return
                    && self.mframes.len() == 1 =>
            {
                // The recording started on the loop's last iteration: try again later.
                return Err(u(AbortKind::LoopExit, "return from the loop's function"));
            }
            Bc::RETURN_VALUE if self.mframes.len() == 1 => {
                self.finish_at_return(pc)?;
                return Ok(true);
            }
            Bc::RETURN_VALUE => {
                next = self.ret(vm)?;
            }
            Bc::STORE_ATTR => self.store_attr(vm, cd.names[arg])?,
            Bc::BINARY_OP => match self.binop_dunder(vm, arg, pc + 1)? {
                Some(n) => next = n,
                None => match self.binary_op(vm, arg) {
                    Err(a) if a.kind == AbortKind::Unsupported => self.binary_residual(vm, arg)?,
                    r => r?,
                },
            },
            Bc::COMPARE_OP => match self.compare_dunder(vm, arg, pc + 1)? {
                Some(n) => next = n,
                None => {
                    let peek = cd.code.code.get(pc as usize + 1).map(|i| i.op);
                    match self.compare_op(vm, arg, peek) {
                        Err(a) if a.kind == AbortKind::Unsupported => {
                            self.compare_residual(vm, arg)?
                        }
                        r => r?,
                    }
                }
            },
            Bc::IS_OP => {
                let (ca, cb) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
                let n = self.slots.len();
                let (a, b) = match (self.slots[n - 2], self.slots[n - 1]) {
                    (Some(a), Some(b)) if n - 2 >= self.nslots => (a, b),
                    _ => return Err(u(AbortKind::Unsupported, "IS_OP operands")),
                };
                let same = ca == cb;
                let r = if self.ty(a) == Type::Ref && self.ty(b) == Type::Ref {
                    let eq = self.emit(Opcode::PtrEq, &[a, b]);
                    self.guard(
                        if same {
                            Opcode::GuardTrue
                        } else {
                            Opcode::GuardFalse
                        },
                        &[eq],
                    );
                    same != (arg == 1)
                } else {
                    self.is_unboxed(a, b, ca, cb)? != (arg == 1)
                };
                self.slots.truncate(n - 2);
                let c = self.constant(Value::bool(r))?;
                self.push(c);
            }
            Bc::POP_JUMP_IF_FALSE
            | Bc::POP_JUMP_IF_TRUE
            | Bc::JUMP_IF_FALSE_OR_POP
            | Bc::JUMP_IF_TRUE_OR_POP => next = self.truth_op(vm, ins.op, pc, arg as u32)?,
            Bc::POP_JUMP_IF_NONE | Bc::POP_JUMP_IF_NOT_NONE => {
                let cv = Self::concrete(vm, 0);
                let c = self.pop()?;
                let none = cv.is_none();
                if self.ty(c) == Type::Ref {
                    let n = self.constant(Value::none())?;
                    let eq = self.emit(Opcode::PtrEq, &[c, n]);
                    self.slots.push(Some(c));
                    self.guard(
                        if none {
                            Opcode::GuardTrue
                        } else {
                            Opcode::GuardFalse
                        },
                        &[eq],
                    );
                    self.slots.pop();
                }
                if none == (ins.op == Bc::POP_JUMP_IF_NONE) {
                    next = arg as u32;
                }
            }
            Bc::JUMP_FORWARD | Bc::JUMP_BACKWARD_NO_INTERRUPT => next = arg as u32,
            Bc::JUMP_BACKWARD => {
                if self.mframes.len() > 1 {
                    return Err(u(AbortKind::Unsupported, "loop in an inlined function"));
                }
                if self.function {
                    return Err(u(AbortKind::Unsupported, "loop in a function trace"));
                }
                if arg as u32 == self.header && !self.bridge {
                    self.close()?;
                    return Ok(true);
                }
                if arg as u32 == self.header && self.close_bridge()? {
                    return Ok(true);
                }
                self.inner_back_edge(arg as u32)?;
                next = arg as u32;
            }
            Bc::FOR_ITER => {
                let it = Self::concrete(vm, 0);
                let o = *self
                    .slots
                    .last()
                    .and_then(|s| s.as_ref())
                    .ok_or_else(|| u(AbortKind::Unsupported, "FOR_ITER without iterator"))?;
                if !has_layout(it, LayoutId::RangeIter) {
                    self.for_iter(vm, it, pc, arg as u32, &mut next)?;
                    self.expect = next;
                    return Ok(false);
                }
                if self.ty(o) != Type::Ref {
                    return Err(u(AbortKind::Unsupported, "FOR_ITER over this iterator"));
                }
                let r = get::<RangeIterObj>(it);
                let layout = self.trace.int(LayoutId::RangeIter as i64);
                self.guard(Opcode::GuardClass, &[o, layout]);
                let f_rem = self.trace.descrs.field(range_field(
                    "remaining",
                    std::mem::offset_of!(RangeIterObj, remaining),
                ));
                let f_next = self.trace.descrs.field(range_field(
                    "next",
                    std::mem::offset_of!(RangeIterObj, next),
                ));
                let f_step = self.trace.descrs.field(range_field(
                    "step",
                    std::mem::offset_of!(RangeIterObj, step),
                ));
                let rem = Opnd::Ref(self.trace.emit(
                    Opcode::GetfieldGcI,
                    &[o],
                    Descr::Field(f_rem),
                ));
                let zero = self.trace.int(0);
                let more = self.emit(Opcode::IntGt, &[rem, zero]);
                if r.remaining > 0 {
                    if Value::try_small(r.next).is_none() {
                        return Err(u(AbortKind::Overflow, "range value outside small ints"));
                    }
                    self.guard(Opcode::GuardTrue, &[more]);
                    let v = Opnd::Ref(self.trace.emit(
                        Opcode::GetfieldGcI,
                        &[o],
                        Descr::Field(f_next),
                    ));
                    let step = Opnd::Ref(self.trace.emit(
                        Opcode::GetfieldGcI,
                        &[o],
                        Descr::Field(f_step),
                    ));
                    let one = self.trace.int(1);
                    let rem2 = self.emit(Opcode::IntSub, &[rem, one]);
                    self.trace
                        .emit(Opcode::SetfieldGc, &[o, rem2], Descr::Field(f_rem));
                    let nx = self.emit(Opcode::IntAdd, &[v, step]);
                    self.trace
                        .emit(Opcode::SetfieldGc, &[o, nx], Descr::Field(f_next));
                    self.push(v);
                } else {
                    self.guard(Opcode::GuardFalse, &[more]);
                    self.pop()?;
                    next = arg as u32;
                }
            }
            Bc::UNARY_NEGATIVE => {
                let cv = Self::concrete(vm, 0);
                let a = self.pop()?;
                self.check(a, cv)?;
                let r = match self.ty(a) {
                    Type::Int if !cv.is_bool() => {
                        if Value::try_small(-cv.small_value()).is_none() {
                            return Err(u(AbortKind::Overflow, "negation"));
                        }
                        let z = self.trace.int(0);
                        let r = self.emit(Opcode::IntSubOvf, &[z, a]);
                        self.slots.push(Some(a));
                        self.guard(Opcode::GuardNoOverflow, &[]);
                        self.slots.pop();
                        r
                    }
                    Type::Float => self.emit(Opcode::FloatNeg, &[a]),
                    _ => return Err(u(AbortKind::Unsupported, "unary minus on an object")),
                };
                self.push(r);
            }
            Bc::UNARY_INVERT => {
                // `~n` of a small int is a small int (-n - 1): no overflow.
                let cv = Self::concrete(vm, 0);
                let a = self.pop()?;
                self.check(a, cv)?;
                if self.ty(a) != Type::Int || cv.is_bool() {
                    return Err(u(AbortKind::Unsupported, "~ of this value"));
                }
                let r = self.emit(Opcode::IntInvert, &[a]);
                self.push(r);
            }
            op => return Err(u(AbortKind::Unsupported, format!("bytecode {}", op.name()))),
        }
        self.expect = next;
        Ok(false)
    }

    fn load_global(&mut self, vm: &mut Vm, arg: usize) -> Result<(), Abort> {
        let cd = code_data(self.cur_code());
        let f = vm.frames.last().expect("frame");
        let name = cd.names[arg];
        let globals = f.globals;
        let builtins = vm.builtins;
        let (v, in_builtins) = match vm.dict_get_str(globals, name) {
            Some(v) => (v, false),
            None => match vm.dict_get_str(builtins, name) {
                Some(v) => (v, true),
                None => return Err(u(AbortKind::Unsupported, "LOAD_GLOBAL of a missing name")),
            },
        };
        if !is_stable(globals) || !is_stable(builtins) {
            return Err(u(AbortKind::Unsupported, "globals dict in the nursery"));
        }
        let unstable =
            self.version_unstable(globals) || (in_builtins && self.version_unstable(builtins));
        if unstable && self.load_global_by_lookup(globals, builtins, name, v)? {
            return Ok(());
        }
        let c = self.pin(vm, v)?;
        self.keep.push(globals);
        self.keep.push(builtins);
        // The guards hold while no key is added or removed and no watched key is
        // rebound: watch the name where it was found.
        let home = if in_builtins { builtins } else { globals };
        coil_vm::objects::dict::dict_data(home).watch(coil_vm::objects::str::str_hash(name));
        self.guard_dict_version(globals);
        if in_builtins {
            self.guard_dict_version(builtins);
        }
        self.push(c);
        Ok(())
    }

    /// Guards dict `d`'s version word (once per trace until a call may change it).
    fn guard_dict_version(&mut self, d: Value) {
        let fd = self.trace.descrs.field(FieldDescr::int("dict.version", 0));
        let data = coil_vm::objects::dict::dict_data(d);
        let addr = &data.version as *const u64 as u64;
        let version = data.version as i64;
        if self.guarded.contains(&addr) {
            return;
        }
        self.guarded.push(addr);
        self.keep.push(d);
        let a = self.trace.int(addr as i64);
        let cur = Opnd::Ref(
            self.trace
                .emit(Opcode::GetfieldRawI, &[a], Descr::Field(fd)),
        );
        let k = self.trace.int(version);
        self.guard(Opcode::GuardValue, &[cur, k]);
    }

    fn binary_op(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        let (ca, cb) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        let n = self.slots.len();
        let (a, b) = match (self.slots[n - 2], self.slots[n - 1]) {
            (Some(a), Some(b)) if n - 2 >= self.nslots => (a, b),
            _ => return Err(u(AbortKind::Unsupported, "BINARY_OP operands")),
        };
        self.check(a, ca)?;
        self.check(b, cb)?;
        if ca.is_bool() || cb.is_bool() {
            return Err(u(AbortKind::Unsupported, "arithmetic on bools"));
        }
        let op = arg % 13;
        let r = match (self.ty(a), self.ty(b)) {
            (Type::Int, Type::Int) => self.int_op(op, a, b, ca.small_value(), cb.small_value())?,
            (Type::Float, Type::Float) | (Type::Int, Type::Float) | (Type::Float, Type::Int) => {
                let fa = self.float_opnd(a);
                let fb = self.float_opnd(b);
                let (xa, xb) = (
                    if ca.is_small() {
                        ca.small_value() as f64
                    } else {
                        float_value(ca)
                    },
                    if cb.is_small() {
                        cb.small_value() as f64
                    } else {
                        float_value(cb)
                    },
                );
                if (ca.is_small() && ca.small_value().unsigned_abs() > 1 << 53)
                    || (cb.is_small() && cb.small_value().unsigned_abs() > 1 << 53)
                {
                    return Err(u(
                        AbortKind::Unsupported,
                        "int too large to convert exactly",
                    ));
                }
                match op {
                    0 => self.emit(Opcode::FloatAdd, &[fa, fb]),
                    10 => self.emit(Opcode::FloatSub, &[fa, fb]),
                    5 => self.emit(Opcode::FloatMul, &[fa, fb]),
                    11 => {
                        if xb == 0.0 {
                            return Err(u(AbortKind::Unsupported, "float division by zero"));
                        }
                        let z = self.trace.float(0.0);
                        let nz = self.emit(Opcode::FloatNe, &[fb, z]);
                        self.guard(Opcode::GuardTrue, &[nz]);
                        self.emit(Opcode::FloatTrueDiv, &[fa, fb])
                    }
                    8 => {
                        // Python's float power for a positive base and a finite result
                        // (the VM's `float_pow` then is just `powf`); the other cases
                        // (complex results, ZeroDivision, OverflowError) leave the trace.
                        if xa.is_nan() || xa <= 0.0 || !xa.powf(xb).is_finite() {
                            return Err(u(AbortKind::Unsupported, "float power edge case"));
                        }
                        let z = self.trace.float(0.0);
                        let pos = self.emit(Opcode::FloatGt, &[fa, z]);
                        self.guard(Opcode::GuardTrue, &[pos]);
                        let r = self.call_pure(
                            "float_pow",
                            float_pow as *const () as u64,
                            &[fa, fb],
                            &[Type::Float, Type::Float],
                            Type::Float,
                        );
                        let ar = self.emit(Opcode::FloatAbs, &[r]);
                        let inf = self.trace.float(f64::INFINITY);
                        let fin = self.emit(Opcode::FloatLt, &[ar, inf]);
                        self.guard(Opcode::GuardTrue, &[fin]);
                        r
                    }
                    _ => return Err(u(AbortKind::Unsupported, "float operator")),
                }
            }
            _ => return Err(u(AbortKind::Unsupported, "BINARY_OP on objects")),
        };
        self.slots.truncate(n - 2);
        self.push(r);
        Ok(())
    }

    fn float_opnd(&mut self, o: Opnd) -> Opnd {
        if self.ty(o) == Type::Float {
            o
        } else if let Some(Const::Int(i)) = self.trace.as_const(o) {
            self.trace.float(i as f64)
        } else {
            // cvtsi2sd rounds to nearest even, as PyLong_AsDouble does: exact for every
            // i64, no guard needed.
            self.emit(Opcode::CastIntToFloat, &[o])
        }
    }

    /// Int arithmetic: overflow-checked, with guards pinning the cases (signs, shift
    /// counts) under which the IR op equals Python's.
    fn int_op(&mut self, op: usize, a: Opnd, b: Opnd, x: i64, y: i64) -> Result<Opnd, Abort> {
        let small = |r: Option<i64>| r.and_then(Value::try_small).is_some();
        let ovf = |me: &mut Recorder, opc: Opcode, ok: bool| -> Result<Opnd, Abort> {
            if !ok {
                return Err(u(AbortKind::Overflow, "result is not a small int"));
            }
            let r = me.emit(opc, &[a, b]);
            me.guard(Opcode::GuardNoOverflow, &[]);
            Ok(r)
        };
        let zero = self.trace.int(0);
        Ok(match op {
            0 => ovf(self, Opcode::IntAddOvf, small(x.checked_add(y)))?,
            10 => ovf(self, Opcode::IntSubOvf, small(x.checked_sub(y)))?,
            5 => ovf(self, Opcode::IntMulOvf, small(x.checked_mul(y)))?,
            1 => self.emit(Opcode::IntAnd, &[a, b]),
            7 => self.emit(Opcode::IntOr, &[a, b]),
            12 => self.emit(Opcode::IntXor, &[a, b]),
            2 | 6 => {
                // Python floors; the IR truncates: equal when x >= 0 and y > 0.
                if !(x >= 0 && y > 0) {
                    return Err(u(AbortKind::Unsupported, "// or % with negative operands"));
                }
                let ge = self.emit(Opcode::IntGe, &[a, zero]);
                self.guard(Opcode::GuardTrue, &[ge]);
                let gt = self.emit(Opcode::IntGt, &[b, zero]);
                self.guard(Opcode::GuardTrue, &[gt]);
                let opc = if op == 2 {
                    Opcode::IntFloorDiv
                } else {
                    Opcode::IntMod
                };
                self.emit(opc, &[a, b])
            }
            9 => {
                if !(0..64).contains(&y) {
                    return Err(u(AbortKind::Unsupported, ">> by a large count"));
                }
                let ge = self.emit(Opcode::IntGe, &[b, zero]);
                self.guard(Opcode::GuardTrue, &[ge]);
                let c64 = self.trace.int(64);
                let lt = self.emit(Opcode::IntLt, &[b, c64]);
                self.guard(Opcode::GuardTrue, &[lt]);
                self.emit(Opcode::IntRshift, &[a, b])
            }
            3 => {
                if !(0..64).contains(&y) || !small(x.checked_shl(y as u32).filter(|r| r >> y == x))
                {
                    return Err(u(AbortKind::Overflow, "<< result is not a small int"));
                }
                let ge = self.emit(Opcode::IntGe, &[b, zero]);
                self.guard(Opcode::GuardTrue, &[ge]);
                let c64 = self.trace.int(64);
                let lt = self.emit(Opcode::IntLt, &[b, c64]);
                self.guard(Opcode::GuardTrue, &[lt]);
                let r = self.emit(Opcode::IntLshift, &[a, b]);
                let back = self.emit(Opcode::IntRshift, &[r, b]);
                let same = self.emit(Opcode::IntEq, &[back, a]);
                self.guard(Opcode::GuardTrue, &[same]);
                r
            }
            _ => return Err(u(AbortKind::Unsupported, "int operator")),
        })
    }

    fn compare_op(&mut self, vm: &Vm, arg: usize, peek: Option<Bc>) -> Result<(), Abort> {
        let (ca, cb) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        let n = self.slots.len();
        let (a, b) = match (self.slots[n - 2], self.slots[n - 1]) {
            (Some(a), Some(b)) if n - 2 >= self.nslots => (a, b),
            _ => return Err(u(AbortKind::Unsupported, "COMPARE_OP operands")),
        };
        self.check(a, ca)?;
        self.check(b, cb)?;
        if ca.is_bool() || cb.is_bool() {
            return Err(u(AbortKind::Unsupported, "comparison of bools"));
        }
        let (r, truth) = match (self.ty(a), self.ty(b)) {
            (Type::Int, Type::Int) => {
                let (x, y) = (ca.small_value(), cb.small_value());
                let (opc, t) = match arg {
                    0 => (Opcode::IntLt, x < y),
                    1 => (Opcode::IntLe, x <= y),
                    2 => (Opcode::IntEq, x == y),
                    3 => (Opcode::IntNe, x != y),
                    4 => (Opcode::IntGt, x > y),
                    _ => (Opcode::IntGe, x >= y),
                };
                (self.emit(opc, &[a, b]), t)
            }
            (Type::Float, Type::Float) => {
                let (x, y) = (float_value(ca), float_value(cb));
                let (opc, t) = match arg {
                    0 => (Opcode::FloatLt, x < y),
                    1 => (Opcode::FloatLe, x <= y),
                    2 => (Opcode::FloatEq, x == y),
                    3 => (Opcode::FloatNe, x != y),
                    4 => (Opcode::FloatGt, x > y),
                    _ => (Opcode::FloatGe, x >= y),
                };
                (self.emit(opc, &[a, b]), t)
            }
            _ => return Err(u(AbortKind::Unsupported, "comparison of these types")),
        };
        if matches!(
            peek,
            Some(Bc::POP_JUMP_IF_FALSE) | Some(Bc::POP_JUMP_IF_TRUE)
        ) {
            self.slots.truncate(n - 2);
            self.push(r);
        } else {
            self.guard(
                if truth {
                    Opcode::GuardTrue
                } else {
                    Opcode::GuardFalse
                },
                &[r],
            );
            self.slots.truncate(n - 2);
            let c = self.constant(Value::bool(truth))?;
            self.push(c);
        }
        Ok(())
    }

    fn close(&mut self) -> Result<(), Abort> {
        let args = self.jump_args(&self.entry, self.header)?;
        self.trace.jump(&args, self.target);
        Ok(())
    }

    /// A bridge back at its loop's header: closes it with a jump to the loop (true), or,
    /// when only the types of some slots differ from the loop's entry (a local that was a
    /// float at entry is None here), records on round the loop (false): the bridge
    /// closes at a later header whose types fit, or ends at the function's return.
    fn close_bridge(&mut self) -> Result<bool, Abort> {
        let only_types = self.slots.len() == self.entry.len()
            && self
                .entry
                .iter()
                .zip(&self.slots)
                .all(|(k, s)| (*k == Kind::Dead) == s.is_none());
        match self.jump_args(&self.entry, self.header) {
            Ok(args) => {
                self.trace.jump(&args, self.target);
                Ok(true)
            }
            Err(a) if a.kind == AbortKind::TypeUnstable && only_types => Ok(false),
            Err(a) => Err(a),
        }
    }

    /// The finished recording (after `step` returned Ok(true)).
    pub fn finish(self) -> Recorded {
        let recorded_ops = self.trace.num_ops();
        Recorded {
            trace: self.trace,
            entry: self.entry,
            recorded_ops,
            keep: self.keep,
            frames: self.infos,
            finish: self.finish,
        }
    }
}

/// Unused-import guard for `Op`/`IrRef` in doc links.
#[allow(dead_code)]
fn _types(_: Op, _: IrRef) {}
