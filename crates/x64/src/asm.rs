//! Lowering: walks a trace once, allocating registers and emitting code for every op,
//! then the out-of-line exit stubs and slow paths, and maps the result executable.
//!
//! Code layout of one compiled trace:
//!
//! ```text
//!   [prologue]            loops only: save callee-saved regs, rbp = frame
//!   inputs -> registers   from the io buffer
//!   body                  one block per op; labels are loop heads
//!   epilogue              rax = exit id; restore; ret
//!   exit stubs            one per guard: store live values to io, rax = id, jump to
//!                         the epilogue through a patchable `mov rdx, imm64; jmp rdx`
//!   slow paths            allocation and write-barrier calls, jump back
//! ```
//!
//! Guards on comparisons fuse with them (`cmp; jcc stub`). Overflow guards test the flags
//! of the op before them. Calls evict every register (all values live across a call sit in
//! spill slots, which makes the spill area the GC's root set at calls).

use coil_ir::{
    ArrayDescr, CallDescr, Descr, FieldDescr, IrRef, Opcode, Opnd, SnapId, TargetId, Trace, Type,
};
use dynasmrt::DynamicLabel;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::codemem::CodeMemory;
use crate::emit::{
    Alu, Cond, Emitter, Fop, Gpr, Xmm, ALLOC_GPRS, ALLOC_XMMS, ARG_GPRS, CALLER_SAVED_GPRS, R11,
    RAX, RBP, RCX, RDX, XTMP, XTMP2,
};
use crate::frame::{
    slot_offset, CompileParams, DirectArg, DirectCall, JitFrame, CELL_ENTRY, CELL_ITERS, CELL_SIG,
    DW_FRAMES_BASE, DW_FRAME_BYTES, DW_IO_OFFSET, DW_PENDING_EXIT, DW_PENDING_FRAME,
    FRAME_CALL_SITE, FRAME_FORCED, FRAME_IO, FRAME_RETURN, RETURN_INT, RETURN_REF,
};
use crate::regalloc::{Loc, RegAlloc};

/// The value compiled code returns: trace id in the high half, exit index in the low half.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExitId(pub u64);

impl ExitId {
    /// The trace that left ([`CompileParams::trace_id`]).
    pub fn trace(self) -> u32 {
        (self.0 >> 32) as u32
    }
    /// The index into that trace's [`CompiledTrace::exits`].
    pub fn index(self) -> usize {
        (self.0 & 0xffff_ffff) as usize
    }
}

/// How a compiled trace can be left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// A guard failed; resume through its snapshot.
    Guard {
        /// The guard op.
        at: IrRef,
        /// Its snapshot.
        snap: SnapId,
    },
    /// `finish(...)`.
    Finish,
    /// A `jump` to a target that was not compiled when this trace was.
    Jump(TargetId),
    /// The test loop budget ran out ([`CompileParams::loop_budget_addr`]).
    IterationLimit,
}

/// One exit: what it means and where its values are in the io buffer.
#[derive(Clone, Debug)]
pub struct ExitInfo {
    /// Kind.
    pub kind: ExitKind,
    /// Values written to io[0..], in order (guards: the snapshot's distinct refs in
    /// `Snapshot::all_values` order; finish/jump: the arguments).
    pub values: Vec<Opnd>,
    /// Offset of the guard's conditional jump (or the finish) in the code.
    pub jump_offset: u32,
    /// Offset of the exit stub.
    pub stub_offset: u32,
    /// Offset of the patchable 64-bit jump target (guards only).
    pub patch_at: Option<u32>,
}

/// A label of a compiled trace, enterable from bridges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelInfo {
    /// Absolute address of the loop head.
    pub addr: u64,
    /// Where each label argument lives on entry (register or spill slot), in order.
    pub locs: Vec<Loc>,
}

/// A call site: return address offset and the spill slots holding live refs there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallSite {
    /// Offset just after the call instruction.
    pub ret_offset: u32,
    /// Spill slots with refs live across the call (the GC's roots in this frame).
    pub ref_slots: Vec<u32>,
    /// Every value live across the call and its spill slot (a forcing runtime reads the
    /// following guard_not_forced's snapshot values from here).
    pub live: Vec<(IrRef, u32)>,
}

/// Loop (entered from Rust, has a prologue) or bridge (entered from a guard stub).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceKind {
    /// A loop or entry trace.
    Loop,
    /// A bridge: its inputs are the failing guard's exit values.
    Bridge,
}

/// Why a trace could not be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError(pub String);

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CompileError {}

/// The result of compiling one trace.
pub struct CompiledTrace {
    mem: CodeMemory,
    /// Loop or bridge.
    pub kind: TraceKind,
    /// Exits, indexed by [`ExitId::index`].
    pub exits: Vec<ExitInfo>,
    /// Labels by target.
    pub labels: FxHashMap<TargetId, LabelInfo>,
    /// Machine-code offset of each op (`u32::MAX` for ops without code), for `+N:` logs.
    pub op_offsets: Vec<u32>,
    /// Call sites with their GC maps.
    pub call_sites: Vec<CallSite>,
    /// Spill words the frame needs (slots below `spill_base` included).
    pub spill_words: u32,
    /// io buffer words needed (inputs and every exit's values).
    pub io_words: u32,
    /// The trace id baked into exit ids.
    pub trace_id: u32,
}

impl CompiledTrace {
    /// Absolute address of the code.
    pub fn addr(&self) -> u64 {
        self.mem.addr()
    }
    /// Code size in bytes.
    pub fn code_size(&self) -> usize {
        self.mem.len()
    }
    /// The code bytes.
    pub fn code(&self) -> &[u8] {
        self.mem.bytes()
    }
    /// Runs a loop trace on `frame` (inputs already in its io buffer).
    ///
    /// # Safety
    /// The trace's loads and stores go to whatever addresses its inputs and constants
    /// name: the caller guarantees they are valid objects of the layouts the descrs
    /// describe, that every helper address is a live `extern "sysv64"` function, and that
    /// all bridges attached to this trace are still alive.
    pub unsafe fn run(&self, frame: &mut JitFrame) -> Result<ExitId, CompileError> {
        if self.kind != TraceKind::Loop {
            return Err(CompileError("bridges are entered from guards only".into()));
        }
        if frame.spill_words() < self.spill_words as usize
            || frame.io().len() < self.io_words as usize
        {
            return Err(CompileError("frame too small for this trace".into()));
        }
        // SAFETY: the code starts with the prologue of a sysv64 function of this type.
        let f: extern "sysv64" fn(*mut u64) -> u64 = std::mem::transmute(self.mem.addr());
        Ok(ExitId(f(frame.as_mut_ptr())))
    }
    /// The loop's entry point, detached from this value (for a run during which the JIT
    /// may patch this trace or compile others: a recursive run enters it again); `None`
    /// for a bridge.
    pub fn entry(&self) -> Option<Entry> {
        (self.kind == TraceKind::Loop).then(|| Entry {
            addr: self.mem.addr(),
            spill_words: self.spill_words,
            io_words: self.io_words,
        })
    }
    /// Redirects guard exit `index` to `target` (a bridge's address); the guard's stub
    /// still writes the io buffer first, which is where the bridge reads its inputs.
    pub fn patch_exit(&mut self, index: usize, target: u64) -> Result<(), CompileError> {
        let at = self
            .exits
            .get(index)
            .and_then(|e| e.patch_at)
            .ok_or_else(|| CompileError(format!("exit {index} is not a guard")))?;
        self.mem
            .patch_u64(at as usize, target)
            .map_err(|e| CompileError(e.0))
    }
}

/// A compiled loop's entry point ([`CompiledTrace::entry`]).
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    addr: u64,
    spill_words: u32,
    io_words: u32,
}

impl Entry {
    /// The code address (a direct call's target).
    pub fn addr(self) -> u64 {
        self.addr
    }
    /// Runs the loop on `frame` (inputs already in its io buffer), as
    /// [`CompiledTrace::run`].
    ///
    /// # Safety
    /// As [`CompiledTrace::run`]; also, the `CompiledTrace` this entry came from is alive
    /// for the whole run (its code memory is not freed).
    pub unsafe fn run(self, frame: &mut JitFrame) -> Result<ExitId, CompileError> {
        if frame.spill_words() < self.spill_words as usize
            || frame.io().len() < self.io_words as usize
        {
            return Err(CompileError("frame too small for this trace".into()));
        }
        // SAFETY: `addr` is the start of a loop trace's code, which begins with the
        // prologue of a sysv64 function of this type (the caller keeps it alive).
        let f: extern "sysv64" fn(*mut u64) -> u64 = std::mem::transmute(self.addr);
        Ok(ExitId(f(frame.as_mut_ptr())))
    }
}

/// Compiles `t`. `externals` gives the labels of already compiled traces that a final
/// `jump` may target (a bridge jumping back to its loop).
pub fn compile(
    t: &Trace,
    params: &CompileParams,
    kind: TraceKind,
    externals: &FxHashMap<TargetId, LabelInfo>,
) -> Result<CompiledTrace, CompileError> {
    // The optimizer's output; verified again in debug builds and tests only (a release
    // build verifies each trace once, at the optimizer's input).
    if cfg!(debug_assertions) {
        coil_ir::verify(t).map_err(|e| CompileError(format!("trace does not verify: {e}")))?;
    }
    let mut e = Emitter::new();
    let epilogue = e.label();
    let mut l = Lower {
        t,
        p: params,
        ext: externals,
        ra: RegAlloc::new(t, params.spill_base),
        e,
        exits: Vec::new(),
        stubs: Vec::new(),
        slows: Vec::new(),
        labels: FxHashMap::default(),
        label_offsets: Vec::new(),
        epilogue,
        fixups: Vec::new(),
        young: FxHashSet::default(),
        call_sites: Vec::new(),
        fused: None,
        exit_const: None,
        op_offsets: vec![u32::MAX; t.ops.len()],
        io_words: t.num_inputs() as u32,
        dies: vec![Vec::new(); t.ops.len()],
        n_labels: t.ops.iter().filter(|o| o.opcode == Opcode::Label).count(),
        labels_seen: 0,
        fconsts: Vec::new(),
    };
    for (r, &last) in l.ra.last.iter().enumerate() {
        l.dies[last as usize].push(IrRef::new(r));
    }
    if kind == TraceKind::Loop {
        l.e.prologue();
    }
    l.inputs();
    for pos in t.num_inputs()..t.ops.len() {
        l.op_offsets[pos] = l.e.offset() as u32;
        l.ra.defining = Some(IrRef::new(pos));
        l.lower(pos)?;
        l.ra.unlock_all();
        for r in std::mem::take(&mut l.dies[pos]) {
            l.ra.kill(r);
        }
    }
    l.e.bind(epilogue);
    l.e.epilogue();
    l.emit_stubs();
    l.emit_slow_paths();
    let pool = std::mem::take(&mut l.fconsts);
    l.e.const_pool(&pool);
    let Lower {
        e,
        mut exits,
        fixups,
        labels,
        label_offsets,
        call_sites,
        op_offsets,
        io_words,
        ra,
        ..
    } = l;
    let mut abs_fixups = Vec::new();
    for (at, lab) in &fixups {
        let off = e
            .ops
            .labels()
            .resolve_dynamic(*lab)
            .map_err(|e| CompileError(format!("{e:?}")))?;
        abs_fixups.push((*at, off.0));
    }
    let code = e.finish().map_err(CompileError)?;
    let mem = CodeMemory::new(&code, &abs_fixups).map_err(|e| CompileError(e.0))?;
    let base = mem.addr();
    let mut label_map = FxHashMap::default();
    for (tg, (_, locs)) in labels {
        let off = label_offsets
            .iter()
            .find(|(t2, _)| *t2 == tg)
            .map(|x| x.1)
            .unwrap_or(0);
        label_map.insert(
            tg,
            LabelInfo {
                addr: base + off as u64,
                locs,
            },
        );
    }
    for x in &mut exits {
        if x.stub_offset == u32::MAX {
            x.stub_offset = x.jump_offset;
        }
    }
    Ok(CompiledTrace {
        mem,
        kind,
        exits,
        labels: label_map,
        op_offsets,
        call_sites,
        spill_words: ra.next_slot,
        io_words,
        trace_id: params.trace_id,
    })
}

struct Stub {
    label: DynamicLabel,
    exit: usize,
    locs: Vec<ExitSrc>,
}

/// Where an exit stub takes one io word from.
#[derive(Clone, Copy, Debug)]
enum ExitSrc {
    At(Loc),
    /// A value the failing guard implies (a fused comparison's result).
    Imm(i32),
}

/// The source of one move of a parallel move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MoveSrc {
    Loc(Loc),
    /// A constant's raw word (0 for a value without a location).
    Bits(u64),
}

enum SizeSrc {
    Const(u64),
    /// rdx - rax (end pointer minus start).
    Computed,
}

enum Slow {
    Malloc {
        entry: DynamicLabel,
        back: DynamicLabel,
        saved: (Vec<Gpr>, Vec<Xmm>),
        size: SizeSrc,
    },
    Wb {
        entry: DynamicLabel,
        back: DynamicLabel,
        saved: (Vec<Gpr>, Vec<Xmm>),
        obj: WbObj,
    },
}

enum WbObj {
    Reg(Gpr),
    Imm(u64),
}

struct Lower<'a> {
    t: &'a Trace,
    p: &'a CompileParams,
    ext: &'a FxHashMap<TargetId, LabelInfo>,
    ra: RegAlloc,
    e: Emitter,
    exits: Vec<ExitInfo>,
    stubs: Vec<Stub>,
    slows: Vec<Slow>,
    labels: FxHashMap<TargetId, (DynamicLabel, Vec<Loc>)>,
    label_offsets: Vec<(TargetId, u32)>,
    epilogue: DynamicLabel,
    /// (offset of an imm64, label whose absolute address goes there)
    fixups: Vec<(usize, DynamicLabel)>,
    /// Refs allocated since the last call that can collect: young, no barrier needed.
    young: FxHashSet<IrRef>,
    call_sites: Vec<CallSite>,
    /// A comparison whose result lives only in the flags: (its ref, condition when true).
    fused: Option<(IrRef, Cond)>,
    /// While a guard's exit is built: a snapshot value known at that exit (the fused
    /// comparison the guard tests) and its value there.
    exit_const: Option<(IrRef, i32)>,
    op_offsets: Vec<u32>,
    io_words: u32,
    dies: Vec<Vec<IrRef>>,
    /// Labels of the trace (the iteration count of a peeled loop is taken where its
    /// preamble falls into the second one).
    n_labels: usize,
    /// Labels lowered so far.
    labels_seen: usize,
    /// Float constants read from memory (emitted after the code).
    fconsts: Vec<(u64, DynamicLabel)>,
}

/// The magic multiplier `m` and shift `s` of signed division by `d` (2 <= d <= 2^63-1):
/// `trunc(x / d) = ((mulhi(m, x) + (m < 0 ? x : 0)) >> s) + (x < 0)` (Hacker's Delight,
/// figure 10-1, for 64 bits).
pub fn div_magic(d: u64) -> (i64, u32) {
    debug_assert!((2..=i64::MAX as u64).contains(&d));
    let two63: u64 = 1 << 63;
    let anc = two63 - 1 - (two63 % d);
    let mut p = 63u32;
    let (mut q1, mut r1) = (two63 / anc, two63 % anc);
    let (mut q2, mut r2) = (two63 / d, two63 % d);
    loop {
        p += 1;
        q1 = q1.wrapping_mul(2);
        r1 = r1.wrapping_mul(2);
        if r1 >= anc {
            q1 = q1.wrapping_add(1);
            r1 = r1.wrapping_sub(anc);
        }
        q2 = q2.wrapping_mul(2);
        r2 = r2.wrapping_mul(2);
        if r2 >= d {
            q2 = q2.wrapping_add(1);
            r2 = r2.wrapping_sub(d);
        }
        let delta = d - r2;
        if !(q1 < delta || (q1 == delta && r1 == 0)) {
            break;
        }
    }
    (q2.wrapping_add(1) as i64, p - 64)
}

/// Label arguments kept in registers across the loop (per bank); the rest stay in slots.
const MAX_LABEL_GPRS: usize = 8;
/// See [`MAX_LABEL_GPRS`].
const MAX_LABEL_XMMS: usize = 10;

fn err<T>(msg: impl Into<String>) -> Result<T, CompileError> {
    Err(CompileError(msg.into()))
}

fn fits_i32(v: i64) -> bool {
    i32::try_from(v).is_ok()
}

impl<'a> Lower<'a> {
    fn konst(&self, o: Opnd) -> Option<u64> {
        self.t.as_const(o).map(|c| c.bits())
    }

    fn imm32(&self, o: Opnd) -> Option<i32> {
        let v = self.konst(o)? as i64;
        i32::try_from(v).ok()
    }

    /// Operand in a GPR; constants go to `scratch`.
    fn gpr(&mut self, o: Opnd, scratch: Gpr) -> Gpr {
        match o {
            Opnd::Ref(r) => self.ra.gpr(&mut self.e, r),
            Opnd::Const(_) => {
                let v = self.konst(o).unwrap_or(0);
                self.e.mov_ri(scratch, v as i64);
                scratch
            }
        }
    }

    /// Operand in an SSE register; constants go to `scratch`.
    fn xmm(&mut self, o: Opnd, scratch: Xmm) -> Xmm {
        match o {
            Opnd::Ref(r) => self.ra.xmm(&mut self.e, r),
            Opnd::Const(_) => {
                let v = self.konst(o).unwrap_or(0);
                self.load_fconst(scratch, v);
                scratch
            }
        }
    }

    /// A register for the result of op `pos`, initialised with operand `a` (taking
    /// `a`'s register over when `a` dies here).
    fn dst_from(&mut self, a: Opnd, pos: usize) -> Gpr {
        match a {
            Opnd::Ref(r) => {
                let ga = self.ra.gpr(&mut self.e, r);
                if let Some(g) = self.ra.take_if_dying(r, pos as u32) {
                    return Gpr(g);
                }
                let d = self.ra.new_gpr(&mut self.e);
                self.e.mov_rr(d, ga);
                d
            }
            Opnd::Const(_) => {
                let d = self.ra.new_gpr(&mut self.e);
                self.e.mov_ri(d, self.konst(a).unwrap_or(0) as i64);
                d
            }
        }
    }

    fn dst_from_x(&mut self, a: Opnd, pos: usize) -> Xmm {
        match a {
            Opnd::Ref(r) => {
                let xa = self.ra.xmm(&mut self.e, r);
                if let Some(g) = self.ra.take_if_dying(r, pos as u32) {
                    return Xmm(g);
                }
                let d = self.ra.new_xmm(&mut self.e);
                self.e.mov_xx(d, xa);
                d
            }
            Opnd::Const(_) => {
                let d = self.ra.new_xmm(&mut self.e);
                self.load_fconst(d, self.konst(a).unwrap_or(0));
                d
            }
        }
    }

    fn def(&mut self, pos: usize, g: Gpr) {
        self.ra.define_gpr(IrRef::new(pos), g);
    }

    fn def_x(&mut self, pos: usize, x: Xmm) {
        self.ra.define_xmm(IrRef::new(pos), x);
    }

    fn inputs(&mut self) {
        let n = self.t.num_inputs();
        if n == 0 {
            return;
        }
        self.e.load64(R11, RBP, FRAME_IO);
        for k in 0..n {
            let r = IrRef::new(k);
            if self.ra.last[k] as usize == k {
                continue;
            }
            if self.t.ops[k].ty == Type::Float {
                let x = self.ra.new_xmm(&mut self.e);
                self.e.load_f(x, R11, 8 * k as i32);
                self.ra.define_xmm(r, x);
            } else {
                let g = self.ra.new_gpr(&mut self.e);
                self.e.load64(g, R11, 8 * k as i32);
                self.ra.define_gpr(r, g);
            }
            self.ra.unlock_all();
        }
    }

    /// Emits a jump to a new exit stub for guard `pos`, taken when `cond` holds
    /// (`None`: always).
    fn guard_exit(&mut self, pos: usize, cond: Option<Cond>) -> Result<(), CompileError> {
        let t = self.t;
        let op = &t.ops[pos];
        let Some(snap) = op.snap else {
            return err("guard without snapshot");
        };
        let mut values = Vec::new();
        let mut seen = FxHashSet::default();
        for r in self.t.snap(snap).refs() {
            if seen.insert(r) {
                values.push(r);
            }
        }
        let mut locs = Vec::with_capacity(values.len());
        for &r in &values {
            match self.exit_const {
                Some((c, v)) if c == r => locs.push(ExitSrc::Imm(v)),
                _ => match self.ra.loc(r) {
                    Some(l) => locs.push(ExitSrc::At(l)),
                    None => return err(format!("snapshot value {} has no location", r.0)),
                },
            }
        }
        self.io_words = self.io_words.max(values.len() as u32);
        let label = self.e.label();
        let jump_offset = self.e.offset() as u32;
        match cond {
            Some(c) => self.e.jcc(c, label),
            None => self.e.jmp(label),
        }
        let exit = self.exits.len();
        self.exits.push(ExitInfo {
            kind: ExitKind::Guard {
                at: IrRef::new(pos),
                snap,
            },
            values: values.into_iter().map(Opnd::Ref).collect(),
            jump_offset,
            stub_offset: u32::MAX,
            patch_at: None,
        });
        self.stubs.push(Stub { label, exit, locs });
        Ok(())
    }

    fn exit_code(&self, exit: usize) -> i64 {
        (((self.p.trace_id as u64) << 32) | exit as u64) as i64
    }

    fn emit_stubs(&mut self) {
        for s in std::mem::take(&mut self.stubs) {
            self.e.bind(s.label);
            self.exits[s.exit].stub_offset = self.e.offset() as u32;
            if !s.locs.is_empty() {
                self.e.load64(R11, RBP, FRAME_IO);
            }
            for (k, loc) in s.locs.iter().enumerate() {
                let off = 8 * k as i32;
                match *loc {
                    ExitSrc::At(Loc::Gpr(g)) => self.e.store64(R11, off, g),
                    ExitSrc::At(Loc::Xmm(x)) => self.e.store_f(R11, off, x),
                    ExitSrc::At(Loc::Slot(sl)) => {
                        self.e.load64(RAX, RBP, slot_offset(sl));
                        self.e.store64(R11, off, RAX);
                    }
                    ExitSrc::Imm(v) => self.e.store64_imm(R11, off, v),
                }
            }
            self.e.mov_ri(RAX, self.exit_code(s.exit));
            let at = self.e.mov_ri64_patchable(RDX, 0);
            self.e.jmp_r(RDX);
            self.fixups.push((at, self.epilogue));
            self.exits[s.exit].patch_at = Some(at as u32);
        }
    }

    fn save_regs(&mut self, saved: &(Vec<Gpr>, Vec<Xmm>)) {
        let n = saved.0.len() + saved.1.len();
        for &g in &saved.0 {
            self.e.push(g);
        }
        let pad = if n % 2 == 1 { 8 } else { 0 };
        let xbytes = 8 * saved.1.len() as i32 + pad;
        self.e.adjust_rsp(-xbytes);
        for (k, &x) in saved.1.iter().enumerate() {
            self.e.store_f_rsp(8 * k as i32, x);
        }
    }

    fn restore_regs(&mut self, saved: &(Vec<Gpr>, Vec<Xmm>)) {
        let n = saved.0.len() + saved.1.len();
        let pad = if n % 2 == 1 { 8 } else { 0 };
        for (k, &x) in saved.1.iter().enumerate() {
            self.e.load_f_rsp(x, 8 * k as i32);
        }
        self.e.adjust_rsp(8 * saved.1.len() as i32 + pad);
        for &g in saved.0.iter().rev() {
            self.e.pop(g);
        }
    }

    fn emit_slow_paths(&mut self) {
        for s in std::mem::take(&mut self.slows) {
            match s {
                Slow::Malloc {
                    entry,
                    back,
                    saved,
                    size,
                } => {
                    self.e.bind(entry);
                    self.save_regs(&saved);
                    match size {
                        SizeSrc::Const(n) => self.e.mov_ri(Gpr(7), n as i64),
                        SizeSrc::Computed => {
                            self.e.mov_rr(Gpr(7), RDX);
                            self.e.alu_rr(Alu::Sub, Gpr(7), RAX);
                        }
                    }
                    self.e.mov_ri(RAX, self.p.malloc_slowpath as i64);
                    self.e.call_r(RAX);
                    self.restore_regs(&saved);
                    self.e.jmp(back);
                }
                Slow::Wb {
                    entry,
                    back,
                    saved,
                    obj,
                } => {
                    self.e.bind(entry);
                    self.save_regs(&saved);
                    match obj {
                        WbObj::Reg(g) => self.e.mov_rr(Gpr(7), g),
                        WbObj::Imm(v) => self.e.mov_ri(Gpr(7), v as i64),
                    }
                    self.e.mov_ri(RAX, self.p.wb_slowpath as i64);
                    self.e.call_r(RAX);
                    self.restore_regs(&saved);
                    self.e.jmp(back);
                }
            }
        }
    }

    fn caller_saved_occupied(&self) -> (Vec<Gpr>, Vec<Xmm>) {
        let (g, x) = self.ra.occupied();
        (
            g.into_iter()
                .filter(|g| CALLER_SAVED_GPRS.contains(&g.0))
                .collect(),
            x,
        )
    }

    fn field(&self, d: Descr) -> Result<&'a FieldDescr, CompileError> {
        match d {
            Descr::Field(f) if f.index() < self.t.descrs.fields.len() => Ok(self.t.descrs.f(f)),
            _ => err("missing field descr"),
        }
    }

    fn array(&self, d: Descr) -> Result<&'a ArrayDescr, CompileError> {
        match d {
            Descr::Array(a) if a.index() < self.t.descrs.arrays.len() => Ok(self.t.descrs.a(a)),
            _ => err("missing array descr"),
        }
    }

    fn call_descr(&self, d: Descr) -> Result<&'a CallDescr, CompileError> {
        match d {
            Descr::Call(c) if c.index() < self.t.descrs.calls.len() => Ok(self.t.descrs.c(c)),
            _ => err("missing call descr"),
        }
    }

    /// Can the value at `pos` leave its truth in the flags for the next guard, which is
    /// its last use? With `bool_result` (a 0/1 comparison result) the guard's snapshot
    /// may hold it too: the guard's exit stores the value its failure implies.
    fn fusable(&self, pos: usize, bool_result: bool) -> bool {
        let Some(next) = self.t.ops.get(pos + 1) else {
            return false;
        };
        matches!(next.opcode, Opcode::GuardTrue | Opcode::GuardFalse)
            && next.args.first() == Some(&Opnd::Ref(IrRef::new(pos)))
            && self.ra.last[pos] as usize == pos + 1
            && (bool_result
                || !next
                    .snap
                    .map(|s| self.t.snap(s).refs().any(|r| r.index() == pos))
                    .unwrap_or(false))
    }

    /// Result of a comparison whose flags are set: fused or materialized.
    fn cmp_result(&mut self, pos: usize, c: Cond) {
        if self.fusable(pos, true) {
            self.fused = Some((IrRef::new(pos), c));
        } else {
            let d = self.ra.new_gpr(&mut self.e);
            self.e.setcc(c, d);
            self.def(pos, d);
        }
    }

    fn int_cmp(&mut self, pos: usize, a: Opnd, b: Opnd, c: Cond) {
        let ga = self.gpr(a, RAX);
        if let Some(v) = self.imm32(b) {
            self.e.alu_ri(Alu::Cmp, ga, v);
        } else {
            let gb = self.gpr(b, R11);
            self.e.alu_rr(Alu::Cmp, ga, gb);
        }
        self.cmp_result(pos, c);
    }

    fn int_binop(&mut self, pos: usize, alu: Alu, a: Opnd, b: Opnd) {
        let imm = self.imm32(b);
        // Three-operand forms when `a` stays live: no copy first. `lea` leaves the flags
        // alone, so only for the non-overflow-checked add/sub.
        let ovf = self.t.ops[pos].opcode.is_ovf();
        if let (Some(v), Opnd::Ref(r)) = (imm, a) {
            if self.ra.last[r.index()] as usize != pos {
                let three = match alu {
                    Alu::Imul => true,
                    Alu::Add => !ovf,
                    Alu::Sub => !ovf && v != i32::MIN,
                    _ => false,
                };
                if three {
                    let ga = self.ra.gpr(&mut self.e, r);
                    let d = self.ra.new_gpr(&mut self.e);
                    match alu {
                        Alu::Imul => self.e.imul_rri(d, ga, v),
                        Alu::Add => self.e.lea(d, ga, v),
                        _ => self.e.lea(d, ga, -v),
                    }
                    self.def(pos, d);
                    return;
                }
            }
        }
        let gb = if imm.is_none() {
            Some(self.gpr(b, R11))
        } else {
            None
        };
        let d = self.dst_from(a, pos);
        match (imm, gb) {
            (Some(v), _) => self.e.alu_ri(alu, d, v),
            (None, Some(g)) => self.e.alu_rr(alu, d, g),
            _ => {}
        }
        self.def(pos, d);
    }

    fn shift(&mut self, pos: usize, kind: u8, a: Opnd, b: Opnd) {
        if let Some(n) = self.konst(b) {
            let d = self.dst_from(a, pos);
            self.e.shift_imm(kind, d, n as u8);
            self.def(pos, d);
            return;
        }
        let ga = self.gpr(a, RAX);
        self.e.mov_rr(RAX, ga);
        let gb = self.gpr(b, RDX);
        self.e.mov_rr(R11, RCX);
        self.e.mov_rr(RCX, gb);
        self.e.shift_cl(kind, RAX);
        self.e.mov_rr(RCX, R11);
        let d = match a {
            Opnd::Ref(r) => match self.ra.take_if_dying(r, pos as u32) {
                Some(g) => Gpr(g),
                None => self.ra.new_gpr(&mut self.e),
            },
            _ => self.ra.new_gpr(&mut self.e),
        };
        self.e.mov_rr(d, RAX);
        self.def(pos, d);
    }

    fn divmod(&mut self, pos: usize, a: Opnd, b: Opnd, want_rem: bool) {
        if let Some(c) = self.konst(b).map(|c| c as i64) {
            if c >= 2 || (c <= -2 && c != i64::MIN) {
                return self.divmod_const(pos, a, c, want_rem);
            }
        }
        let ga = self.gpr(a, RAX);
        self.e.mov_rr(RAX, ga);
        let gb = self.gpr(b, R11);
        self.e.mov_rr(R11, gb);
        let (zero, m1, done) = (self.e.label(), self.e.label(), self.e.label());
        self.e.test_rr(R11);
        self.e.jcc(Cond::E, zero);
        self.e.alu_ri(Alu::Cmp, R11, -1);
        self.e.jcc(Cond::E, m1);
        self.e.cqo_idiv(R11);
        self.e.jmp(done);
        self.e.bind(zero);
        self.e.mov_ri(RAX, 0);
        self.e.mov_ri(RDX, 0);
        self.e.jmp(done);
        self.e.bind(m1);
        self.e.neg(RAX);
        self.e.mov_ri(RDX, 0);
        self.e.bind(done);
        let d = self.ra.new_gpr(&mut self.e);
        self.e.mov_rr(d, if want_rem { RDX } else { RAX });
        self.def(pos, d);
    }

    /// Truncating division (or remainder) by a constant `c` (|c| >= 2) without `idiv`:
    /// a multiply by the magic reciprocal of |c| (Hacker's Delight 10-1), a shift, a
    /// sign fix-up; the remainder is `x - q * c`.
    fn divmod_const(&mut self, pos: usize, a: Opnd, c: i64, want_rem: bool) {
        let (m, s) = div_magic(c.unsigned_abs());
        let ga = self.gpr(a, R11);
        self.e.mov_rr(R11, ga);
        self.e.mov_ri(RAX, m);
        self.e.imul_wide(R11);
        if m < 0 {
            self.e.alu_rr(Alu::Add, RDX, R11);
        }
        self.e.shift_imm(1, RDX, s as u8);
        self.e.mov_rr(RAX, R11);
        self.e.shift_imm(2, RAX, 63);
        self.e.alu_rr(Alu::Add, RDX, RAX);
        if c < 0 {
            self.e.neg(RDX);
        }
        if want_rem {
            match i32::try_from(c) {
                Ok(c32) => self.e.imul_rri(RDX, RDX, c32),
                Err(_) => {
                    self.e.mov_ri(RAX, c);
                    self.e.alu_rr(Alu::Imul, RDX, RAX);
                }
            }
            self.e.alu_rr(Alu::Sub, R11, RDX);
            self.e.mov_rr(RDX, R11);
        }
        let d = self.ra.new_gpr(&mut self.e);
        self.e.mov_rr(d, RDX);
        self.def(pos, d);
    }

    /// The pool label of a float constant (one per distinct word).
    fn fconst(&mut self, bits: u64) -> DynamicLabel {
        if let Some(&(_, l)) = self.fconsts.iter().find(|(b, _)| *b == bits) {
            return l;
        }
        let l = self.e.label();
        self.fconsts.push((bits, l));
        l
    }

    /// Loads a float constant into `x` (zero by xorpd, others from the pool).
    fn load_fconst(&mut self, x: Xmm, bits: u64) {
        if bits == 0 {
            self.e.mov_xi(x, 0);
        } else {
            let l = self.fconst(bits);
            self.e.load_f_label(x, l);
        }
    }

    fn float_binop(&mut self, pos: usize, f: Fop, a: Opnd, b: Opnd) {
        if let Opnd::Const(_) = b {
            // The constant is the instruction's memory operand.
            let bits = self.konst(b).unwrap_or(0);
            let l = self.fconst(bits);
            let d = self.dst_from_x(a, pos);
            self.e.fop_label(f, d, l);
            self.def_x(pos, d);
            return;
        }
        let xb = self.xmm(b, XTMP);
        let d = self.dst_from_x(a, pos);
        self.e.fop(f, d, xb);
        self.def_x(pos, d);
    }

    fn float_cmp(&mut self, pos: usize, a: Opnd, b: Opnd, op: Opcode) {
        let xa = self.xmm(a, XTMP);
        let xb = self.xmm(b, XTMP2);
        match op {
            Opcode::FloatLt => {
                self.e.ucomisd(xb, xa);
                self.cmp_result(pos, Cond::A)
            }
            Opcode::FloatLe => {
                self.e.ucomisd(xb, xa);
                self.cmp_result(pos, Cond::Ae)
            }
            Opcode::FloatGt => {
                self.e.ucomisd(xa, xb);
                self.cmp_result(pos, Cond::A)
            }
            Opcode::FloatGe => {
                self.e.ucomisd(xa, xb);
                self.cmp_result(pos, Cond::Ae)
            }
            _ => {
                self.e.ucomisd(xa, xb);
                let d = self.ra.new_gpr(&mut self.e);
                self.e.set_float_eq(d, op == Opcode::FloatEq);
                self.def(pos, d);
            }
        }
    }

    /// Loads a value of type `ty` from `[b + off]` into a fresh register for `pos`.
    fn load_into(&mut self, pos: usize, ty: Type, b: Gpr, off: i32, size: u8, signed: bool) {
        if ty == Type::Float {
            let x = self.ra.new_xmm(&mut self.e);
            self.e.load_f(x, b, off);
            self.def_x(pos, x);
        } else {
            let d = self.ra.new_gpr(&mut self.e);
            self.e
                .load_int(d, b, off, if ty == Type::Ref { 8 } else { size }, signed);
            self.def(pos, d);
        }
    }

    /// Stores operand `v` (of type `ty`) to `[b + off]`.
    fn store_from(&mut self, v: Opnd, ty: Type, b: Gpr, off: i32, size: u8) {
        if ty == Type::Float {
            match self.konst(v) {
                Some(bits) => {
                    self.e.mov_ri(RAX, bits as i64);
                    self.e.store64(b, off, RAX);
                }
                None => {
                    let x = self.xmm(v, XTMP);
                    self.e.store_f(b, off, x);
                }
            }
            return;
        }
        let size = if ty == Type::Ref { 8 } else { size };
        match self.konst(v) {
            Some(c) if size == 8 && fits_i32(c as i64) => self.e.store64_imm(b, off, c as i32),
            Some(c) if size == 4 => self.e.store32_imm(b, off, c as i32),
            Some(c) => {
                self.e.mov_ri(RAX, c as i64);
                self.e.store_int(b, off, RAX, size);
            }
            None => {
                let g = self.gpr(v, RAX);
                self.e.store_int(b, off, g, size);
            }
        }
    }

    fn write_barrier(&mut self, base: Opnd, value: Opnd) {
        if self.p.wb_slowpath == 0 {
            return;
        }
        if self.konst(value) == Some(0) {
            return;
        }
        if let Opnd::Ref(r) = base {
            if self.young.contains(&r) {
                return;
            }
        }
        let byte = (self.p.wb_flag_bit / 8) as i32;
        let bit = (1u8 << (self.p.wb_flag_bit % 8)) as i8;
        let gb = self.gpr(base, R11);
        self.e.test8_mi(gb, byte, bit);
        let (entry, back) = (self.e.label(), self.e.label());
        self.e.jcc(Cond::Ne, entry);
        self.e.bind(back);
        let obj = match base {
            Opnd::Ref(_) => WbObj::Reg(gb),
            Opnd::Const(_) => WbObj::Imm(self.konst(base).unwrap_or(0)),
        };
        let saved = self.caller_saved_occupied();
        self.slows.push(Slow::Wb {
            entry,
            back,
            saved,
            obj,
        });
    }

    /// Nursery bump: rax = start; size is constant or rdx holds it on entry. Leaves the
    /// object in rax.
    fn bump(&mut self, size: SizeSrc) -> Result<(), CompileError> {
        if self.p.nursery_free == 0 || self.p.malloc_slowpath == 0 {
            return err("allocation without a nursery (CompileParams)");
        }
        let diff = self.p.nursery_top.wrapping_sub(self.p.nursery_free) as i64;
        self.e.mov_ri(R11, self.p.nursery_free as i64);
        match size {
            SizeSrc::Const(n) => {
                self.e.load64(RAX, R11, 0);
                self.e.lea(RDX, RAX, n as i32);
            }
            SizeSrc::Computed => {
                self.e.load64(RAX, R11, 0);
                self.e.alu_rr(Alu::Add, RDX, RAX);
            }
        }
        let (entry, back) = (self.e.label(), self.e.label());
        if fits_i32(diff) {
            self.e.cmp_rm(RDX, R11, diff as i32);
            self.e.jcc(Cond::A, entry);
        } else {
            self.e.mov_ri(R11, self.p.nursery_top as i64);
            self.e.cmp_rm(RDX, R11, 0);
            self.e.jcc(Cond::A, entry);
            self.e.mov_ri(R11, self.p.nursery_free as i64);
        }
        self.e.store64(R11, 0, RDX);
        self.e.bind(back);
        let saved = self.caller_saved_occupied();
        self.slows.push(Slow::Malloc {
            entry,
            back,
            saved,
            size,
        });
        Ok(())
    }

    fn new_struct(&mut self, pos: usize, d: Descr) -> Result<(), CompileError> {
        let Descr::Size(s) = d else {
            return err("missing size descr");
        };
        let sd = self.t.descrs.s(s);
        let size = (sd.size.max(8) as u64).div_ceil(8) * 8;
        if size > 1 << 20 {
            return err("object too large");
        }
        self.bump(SizeSrc::Const(size))?;
        let dst = self.ra.new_gpr(&mut self.e);
        self.e.mov_rr(dst, RAX);
        self.header(dst, sd.vtable);
        for off in (8..size).step_by(8) {
            self.e.store64_imm(dst, off as i32, 0);
        }
        self.def(pos, dst);
        self.young.insert(IrRef::new(pos));
        Ok(())
    }

    fn header(&mut self, dst: Gpr, layout: u32) {
        if fits_i32(layout as i64) {
            self.e.store64_imm(dst, 0, layout as i32);
        } else {
            self.e.mov_ri(RAX, layout as i64);
            self.e.store64(dst, 0, RAX);
        }
    }

    fn new_array(&mut self, pos: usize, len: Opnd, d: Descr) -> Result<(), CompileError> {
        let ad = self.array(d)?;
        let item = ad.item_size.max(1) as i64;
        let base = ad.base_offset as i64;
        if let Some(n) = self.konst(len) {
            let n = n as i64;
            if !(0..=1 << 24).contains(&n) {
                return err(format!("bad constant array length {n}"));
            }
            let size = ((base + n * item + 7) & !7).max(16) as u64;
            self.bump(SizeSrc::Const(size))?;
            let dst = self.ra.new_gpr(&mut self.e);
            self.e.mov_rr(dst, RAX);
            for off in (8..size).step_by(8) {
                self.e.store64_imm(dst, off as i32, 0);
            }
            self.header(dst, ad.layout);
            self.e.store64_imm(dst, ad.len_offset, n as i32);
            self.def(pos, dst);
        } else {
            let gl = self.gpr(len, R11);
            let size_of = |e: &mut Emitter| {
                e.mov_rr(RDX, gl);
                e.alu_ri(Alu::Imul, RDX, item as i32);
                e.alu_ri(Alu::Add, RDX, base as i32 + 7);
                e.alu_ri(Alu::And, RDX, -8);
            };
            size_of(&mut self.e);
            self.bump(SizeSrc::Computed)?;
            let dst = self.ra.new_gpr(&mut self.e);
            self.e.mov_rr(dst, RAX);
            size_of(&mut self.e);
            self.e.alu_rr(Alu::Add, RDX, dst);
            let (lp, done) = (self.e.label(), self.e.label());
            self.e.lea(R11, dst, 8);
            self.e.alu_rr(Alu::Cmp, R11, RDX);
            self.e.jcc(Cond::Ae, done);
            self.e.bind(lp);
            self.e.store64_imm(R11, 0, 0);
            self.e.alu_ri(Alu::Add, R11, 8);
            self.e.alu_rr(Alu::Cmp, R11, RDX);
            self.e.jcc(Cond::B, lp);
            self.e.bind(done);
            self.header(dst, ad.layout);
            self.e.store64(dst, ad.len_offset, gl);
            self.def(pos, dst);
        }
        self.young.insert(IrRef::new(pos));
        Ok(())
    }

    /// Address of item `idx` of array `b`: (base register, displacement).
    fn item_addr(
        &mut self,
        b: Opnd,
        idx: Opnd,
        ad: &ArrayDescr,
    ) -> Result<(Gpr, i32), CompileError> {
        let gb = self.gpr(b, R11);
        let item = ad.item_size.max(1) as i64;
        if let Some(i) = self.konst(idx) {
            let off = ad.base_offset as i64 + (i as i64).wrapping_mul(item);
            if !fits_i32(off) {
                return err("constant array index out of range");
            }
            return Ok((gb, off as i32));
        }
        let gi = self.gpr(idx, RDX);
        self.e.lea_index(RDX, gb, gi, item as u8, ad.base_offset);
        Ok((RDX, 0))
    }

    /// Moves values to label locations: direct moves when no destination is another
    /// move's source, else a parallel move through the stack.
    /// Moves `args` to `dests` as one parallel move: each move is emitted once its
    /// destination is no longer another pending move's source; a cycle is broken by
    /// saving one destination in a scratch register (r11 or xmm15; rax is the scratch
    /// of memory-to-memory moves).
    fn move_to_locs(&mut self, args: &[Opnd], dests: &[Loc]) {
        let mut moves: Vec<(MoveSrc, Loc)> = Vec::new();
        for (a, &d) in args.iter().zip(dests) {
            let src = match a {
                Opnd::Ref(r) => {
                    let here = self.ra.loc(*r);
                    if here == Some(d) {
                        continue;
                    }
                    if let Loc::Slot(s) = d {
                        if self.ra.slot(*r) == Some(s) {
                            continue;
                        }
                    }
                    match here {
                        Some(l) => MoveSrc::Loc(l),
                        None => MoveSrc::Bits(0),
                    }
                }
                Opnd::Const(_) => MoveSrc::Bits(self.konst(*a).unwrap_or(0)),
            };
            moves.push((src, d));
        }
        while !moves.is_empty() {
            let ready = moves
                .iter()
                .position(|(_, d)| !moves.iter().any(|(s, _)| *s == MoveSrc::Loc(*d)));
            if let Some(i) = ready {
                let (src, d) = moves.remove(i);
                self.emit_move(src, d);
                continue;
            }
            // Only cycles are left: save the first move's destination and read it from
            // the scratch register instead.
            let d = moves[0].1;
            let tmp = match d {
                Loc::Xmm(x) => {
                    self.e.mov_xx(XTMP, x);
                    Loc::Xmm(XTMP)
                }
                Loc::Gpr(g) => {
                    self.e.mov_rr(R11, g);
                    Loc::Gpr(R11)
                }
                Loc::Slot(s) => {
                    self.e.load64(R11, RBP, slot_offset(s));
                    Loc::Gpr(R11)
                }
            };
            for m in &mut moves {
                if m.0 == MoveSrc::Loc(d) {
                    m.0 = MoveSrc::Loc(tmp);
                }
            }
        }
    }

    /// One move of [`Self::move_to_locs`].
    fn emit_move(&mut self, src: MoveSrc, d: Loc) {
        match (src, d) {
            (MoveSrc::Bits(v), Loc::Slot(s)) => {
                self.e.mov_ri(RAX, v as i64);
                self.e.store64(RBP, slot_offset(s), RAX);
            }
            (MoveSrc::Bits(v), Loc::Gpr(g)) => self.e.mov_ri(g, v as i64),
            (MoveSrc::Bits(v), Loc::Xmm(x)) => self.e.mov_xi(x, v),
            (MoveSrc::Loc(Loc::Gpr(h)), Loc::Slot(s)) => self.e.store64(RBP, slot_offset(s), h),
            (MoveSrc::Loc(Loc::Xmm(x)), Loc::Slot(s)) => self.e.store_f(RBP, slot_offset(s), x),
            (MoveSrc::Loc(Loc::Slot(src)), Loc::Slot(s)) => {
                self.e.load64(RAX, RBP, slot_offset(src));
                self.e.store64(RBP, slot_offset(s), RAX);
            }
            (MoveSrc::Loc(Loc::Gpr(h)), Loc::Gpr(g)) => self.e.mov_rr(g, h),
            (MoveSrc::Loc(Loc::Xmm(x)), Loc::Gpr(g)) => self.e.movq_rx(g, x),
            (MoveSrc::Loc(Loc::Slot(s)), Loc::Gpr(g)) => self.e.load64(g, RBP, slot_offset(s)),
            (MoveSrc::Loc(Loc::Xmm(y)), Loc::Xmm(x)) => self.e.mov_xx(x, y),
            (MoveSrc::Loc(Loc::Gpr(h)), Loc::Xmm(x)) => self.e.movq_xr(x, h),
            (MoveSrc::Loc(Loc::Slot(s)), Loc::Xmm(x)) => self.e.load_f(x, RBP, slot_offset(s)),
        }
    }

    /// Places label arguments: the first ones of each bank in registers, the rest in
    /// their spill slots; moves them there and resets the allocator to that state.
    fn place_label_args(&mut self, args: &[Opnd]) -> Result<Vec<Loc>, CompileError> {
        let (mut ng, mut nx) = (0, 0);
        let mut dests = Vec::new();
        for a in args {
            let Opnd::Ref(r) = *a else {
                return err("constant label argument");
            };
            let d = if self.t.ops[r.index()].ty == Type::Float && nx < MAX_LABEL_XMMS {
                nx += 1;
                Loc::Xmm(Xmm(ALLOC_XMMS[nx - 1]))
            } else if self.t.ops[r.index()].ty != Type::Float && ng < MAX_LABEL_GPRS {
                ng += 1;
                Loc::Gpr(Gpr(ALLOC_GPRS[ng - 1]))
            } else {
                Loc::Slot(self.ra.ensure_spilled(&mut self.e, r))
            };
            dests.push(d);
        }
        self.move_to_locs(args, &dests);
        self.ra.reset_regs();
        for (a, d) in args.iter().zip(&dests) {
            let Opnd::Ref(r) = *a else { continue };
            match *d {
                Loc::Gpr(g) => {
                    self.ra.drop_slot(r);
                    self.ra.define_gpr(r, g);
                }
                Loc::Xmm(x) => {
                    self.ra.drop_slot(r);
                    self.ra.define_xmm(r, x);
                }
                Loc::Slot(_) => {}
            }
        }
        Ok(dests)
    }

    fn call(&mut self, pos: usize) -> Result<(), CompileError> {
        let t = self.t;
        let op = &t.ops[pos];
        let cd = self.call_descr(op.descr)?;
        if cd.addr == 0 {
            return err(format!("call to {} without an address", cd.name));
        }
        let args: Vec<Opnd> = op.args.to_vec();
        for a in &args {
            if let Opnd::Ref(r) = a {
                self.ra.ensure_spilled(&mut self.e, *r);
            }
        }
        self.ra.spill_all(&mut self.e, pos as u32);
        let direct = self
            .p
            .direct
            .as_ref()
            .and_then(|d| d.calls.iter().find(|c| c.pos as usize == pos));
        let ret_offset = match direct {
            Some(d) => self.direct_call(d, &args, cd.addr)?,
            None => self.helper_call(&args, cd.addr),
        };
        let mut ref_slots = Vec::new();
        let mut live = Vec::new();
        for r in 0..pos {
            if self.ra.last[r] as usize > pos {
                if let Some(s) = self.ra.slot(IrRef::new(r)) {
                    live.push((IrRef::new(r), s));
                    if self.t.ops[r].ty == Type::Ref {
                        ref_slots.push(s);
                    }
                }
            }
        }
        self.call_sites.push(CallSite {
            ret_offset,
            ref_slots,
            live,
        });
        if cd.can_collect {
            self.young.clear();
        }
        match op.ty {
            Type::Float => {
                let x = self.ra.new_xmm(&mut self.e);
                self.e.mov_xx(x, Xmm(0));
                self.def_x(pos, x);
            }
            Type::Int | Type::Ref => {
                let d = self.ra.new_gpr(&mut self.e);
                self.e.mov_rr(d, RAX);
                self.def(pos, d);
            }
            Type::Void => {}
        }
        Ok(())
    }

    /// A residual call compiled as a direct call ([`crate::frame`]'s module doc): checks
    /// the callee's cell, the recursion limit and the native stack, allocates the callee's
    /// frame on the native stack, converts the arguments into its io buffer, calls its
    /// entry and takes a return value from rdx; every other outcome calls the helper at
    /// `addr` as [`Lower::helper_call`] would (with the callee's exit pending when it ran).
    /// Returns the offset after the helper call.
    fn direct_call(
        &mut self,
        d: &DirectCall,
        args: &[Opnd],
        addr: u64,
    ) -> Result<u32, CompileError> {
        const RSP: Gpr = Gpr(4);
        const RDI: Gpr = Gpr(7);
        let Some(env) = self.p.direct.as_ref() else {
            return err("direct call without its environment");
        };
        let (words, depth, limit, floor) = (env.words, env.depth, env.limit, env.stack_floor);
        let float_layout = env.float_layout;
        if args.len() < 3 + d.args.len() {
            return err("direct call with too few arguments");
        }
        let (slow, free_slow, kept, done, not_ref, returned) = (
            self.e.label(),
            self.e.label(),
            self.e.label(),
            self.e.label(),
            self.e.label(),
            self.e.label(),
        );
        // The callee's entry, for the entry kinds the arguments are converted for.
        self.e.mov_ri(R11, d.cell as i64);
        self.e.load64(RAX, R11, CELL_ENTRY);
        self.e.test_rr(RAX);
        self.e.jcc(Cond::E, slow);
        self.e.mov_ri(RCX, d.sig as i64);
        self.e.cmp_rm(RCX, R11, CELL_SIG);
        self.e.jcc(Cond::Ne, slow);
        // frames + depth + inlined frames below the limit (as the helper checks it).
        self.e.mov_ri(R11, words as i64);
        self.e.load64(RCX, R11, DW_FRAMES_BASE);
        self.e.mov_ri(RDX, depth as i64);
        self.e.alu_rm_add(RCX, RDX, 0);
        self.e.alu_ri(Alu::Add, RCX, d.inlined);
        self.e.mov_ri(RDX, limit as i64);
        self.e.cmp_rm(RCX, RDX, 0);
        self.e.jcc(Cond::Ae, slow);
        self.e.mov_ri(RDX, floor as i64);
        self.e.cmp_rm(RSP, RDX, 0);
        self.e.jcc(Cond::B, slow);
        // The frame: header (io pointer, cleared words), spill area, io buffer.
        self.e.load64(RCX, R11, DW_FRAME_BYTES);
        self.e.alu_rr(Alu::Sub, RSP, RCX);
        self.e.mov_rr(RDI, RSP);
        self.e.load64(RDX, R11, DW_IO_OFFSET);
        self.e.alu_rr(Alu::Add, RDX, RDI);
        self.e.store64(RDI, FRAME_IO, RDX);
        self.e.store64_imm(RDI, FRAME_FORCED, 0);
        self.e.store64_imm(RDI, FRAME_CALL_SITE, 0);
        self.e.store64_imm(RDI, FRAME_RETURN, 0);
        let mut io = 0;
        for (k, &kind) in d.args.iter().enumerate() {
            if kind == DirectArg::Dead {
                continue;
            }
            match args[3 + k] {
                Opnd::Ref(r) => {
                    let s = self.ra.slot(r).unwrap_or(0);
                    self.e.load64(RCX, RBP, slot_offset(s));
                }
                a @ Opnd::Const(_) => self.e.mov_ri(RCX, self.konst(a).unwrap_or(0) as i64),
            }
            self.e.test_ri(RCX, 1);
            if kind == DirectArg::Int {
                self.e.jcc(Cond::E, free_slow);
                self.e.shift_imm(1, RCX, 1);
            } else {
                self.e.jcc(Cond::Ne, free_slow);
                self.e.test_rr(RCX);
                self.e.jcc(Cond::E, free_slow);
                self.e.cmp32_mi(RCX, 0, float_layout as i32);
                self.e.jcc(Cond::E, free_slow);
            }
            self.e.store64(RDX, 8 * io, RCX);
            io += 1;
        }
        self.e.mov_ri(R11, d.cell as i64);
        self.e.load64(RCX, R11, CELL_ITERS);
        self.e.inc_mem(RCX, 0);
        self.e.mov_ri(RCX, depth as i64);
        self.e.add_mi(RCX, 0, d.depth_cost);
        self.e.call_r(RAX);
        self.e.mov_ri(RCX, depth as i64);
        self.e.add_mi(RCX, 0, -d.depth_cost);
        self.e.mov_rr(RDI, RSP);
        // A finish at the callee's return with no exception pending: the value is in rdx.
        self.e.mov_ri(RCX, self.p.exc_addr as i64);
        self.e.cmp_mem_zero(RCX, 0, 8);
        self.e.jcc(Cond::Ne, kept);
        self.e.cmp_mi(RDI, FRAME_RETURN, RETURN_REF);
        self.e.jcc(Cond::Ne, not_ref);
        self.e.mov_rr(RAX, RDX);
        self.e.jmp(returned);
        self.e.bind(not_ref);
        self.e.cmp_mi(RDI, FRAME_RETURN, RETURN_INT);
        self.e.jcc(Cond::Ne, kept);
        self.e.alu_rr(Alu::Add, RDX, RDX);
        self.e.jcc(Cond::O, kept);
        self.e.alu_ri(Alu::Or, RDX, 1);
        self.e.mov_rr(RAX, RDX);
        self.e.bind(returned);
        self.free_direct_frame(words);
        self.e.jmp(done);
        // Any other exit: the helper rebuilds the callee's frame from it.
        self.e.bind(kept);
        self.e.mov_ri(R11, words as i64);
        self.e.store64(R11, DW_PENDING_EXIT, RAX);
        self.e.store64(R11, DW_PENDING_FRAME, RDI);
        self.helper_call(args, addr);
        self.free_direct_frame(words);
        self.e.jmp(done);
        self.e.bind(free_slow);
        self.free_direct_frame(words);
        self.e.bind(slow);
        let ret = self.helper_call(args, addr);
        self.e.bind(done);
        Ok(ret)
    }

    /// Pops a direct call's callee frame off the native stack (rax kept).
    fn free_direct_frame(&mut self, words: u64) {
        self.e.mov_ri(R11, words as i64);
        self.e.load64(RCX, R11, DW_FRAME_BYTES);
        self.e.alu_rr(Alu::Add, Gpr(4), RCX);
    }

    /// Moves `args` (spilled or constant) to the System V argument places, names the
    /// call site in the frame and calls `addr`; returns the offset after the call.
    fn helper_call(&mut self, args: &[Opnd], addr: u64) -> u32 {
        let (mut ni, mut nf) = (0, 0);
        let mut stack = Vec::new();
        for &a in args {
            let float = self.t.ty(a) == Type::Float;
            if float && nf < 8 {
                let x = Xmm(nf);
                nf += 1;
                match a {
                    Opnd::Ref(r) => {
                        let s = self.ra.slot(r).unwrap_or(0);
                        self.e.load_f(x, RBP, slot_offset(s));
                    }
                    Opnd::Const(_) => self.e.mov_xi(x, self.konst(a).unwrap_or(0)),
                }
            } else if !float && ni < 6 {
                let g = Gpr(ARG_GPRS[ni]);
                ni += 1;
                match a {
                    Opnd::Ref(r) => {
                        let s = self.ra.slot(r).unwrap_or(0);
                        self.e.load64(g, RBP, slot_offset(s));
                    }
                    Opnd::Const(_) => self.e.mov_ri(g, self.konst(a).unwrap_or(0) as i64),
                }
            } else {
                stack.push(a);
            }
        }
        let pad = if stack.len() % 2 == 1 { 8 } else { 0 };
        self.e.adjust_rsp(-pad);
        for &a in stack.iter().rev() {
            match a {
                Opnd::Ref(r) => {
                    let s = self.ra.slot(r).unwrap_or(0);
                    self.e.push_m(RBP, slot_offset(s));
                }
                Opnd::Const(_) => {
                    self.e.mov_ri(R11, self.konst(a).unwrap_or(0) as i64);
                    self.e.push(R11);
                }
            }
        }
        // Tell the runtime which call site is active (for GC maps and forcing).
        let site = (((self.p.trace_id as u64) << 32) | (self.call_sites.len() as u64 + 1)) as i64;
        self.e.mov_ri(RAX, site);
        self.e.store64(RBP, FRAME_CALL_SITE, RAX);
        self.e.mov_ri(RAX, addr as i64);
        self.e.call_r(RAX);
        let ret_offset = self.e.offset() as u32;
        self.e.adjust_rsp(8 * stack.len() as i32 + pad);
        ret_offset
    }

    fn guard_class(
        &mut self,
        pos: usize,
        p: Opnd,
        c: Opnd,
        nonnull: bool,
    ) -> Result<(), CompileError> {
        let gp = self.gpr(p, R11);
        if nonnull {
            self.e.test_rr(gp);
            self.guard_exit(pos, Some(Cond::E))?;
        }
        let cf = self.t.class_field;
        let want = self.konst(c);
        if cf.size == 4 {
            match want {
                Some(v) => self.e.cmp32_mi(gp, cf.offset, v as u32 as i32),
                None => {
                    self.e.load_int(RDX, gp, cf.offset, 4, false);
                    let gc = self.gpr(c, RAX);
                    self.e.mov_rr(RAX, gc);
                    self.e.shift_imm(0, RAX, 32);
                    self.e.shift_imm(2, RAX, 32);
                    self.e.alu_rr(Alu::Cmp, RDX, RAX);
                }
            }
        } else {
            match want {
                Some(v) if fits_i32(v as i64) => self.e.cmp_mi(gp, cf.offset, v as i32),
                _ => {
                    let gc = self.gpr(c, RAX);
                    self.e.load64(RDX, gp, cf.offset);
                    self.e.alu_rr(Alu::Cmp, RDX, gc);
                }
            }
        }
        self.guard_exit(pos, Some(Cond::Ne))
    }

    fn lower(&mut self, pos: usize) -> Result<(), CompileError> {
        use Opcode::*;
        let t = self.t;
        let op = &t.ops[pos];
        let a = |k: usize| {
            op.args
                .get(k)
                .copied()
                .unwrap_or(Opnd::Const(coil_ir::ConstId(0)))
        };
        if op.args.len() < op.opcode.info().sig.trim_end_matches('.').len() {
            return err(format!("{} has too few operands", op.opcode.name()));
        }
        let fused = self.fused.take();
        match op.opcode {
            Input | DebugMergePoint => {}
            SameAsI | SameAsR | CastPtrToInt | CastIntToPtr => {
                let d = self.dst_from(a(0), pos);
                self.def(pos, d);
            }
            SameAsF => {
                let d = self.dst_from_x(a(0), pos);
                self.def_x(pos, d);
            }
            IntAdd | IntAddOvf => self.int_binop(pos, Alu::Add, a(0), a(1)),
            IntSub | IntSubOvf => self.int_binop(pos, Alu::Sub, a(0), a(1)),
            IntMul | IntMulOvf => self.int_binop(pos, Alu::Imul, a(0), a(1)),
            IntAnd => self.int_binop(pos, Alu::And, a(0), a(1)),
            IntOr => self.int_binop(pos, Alu::Or, a(0), a(1)),
            IntXor => self.int_binop(pos, Alu::Xor, a(0), a(1)),
            IntFloorDiv => self.divmod(pos, a(0), a(1), false),
            IntMod => self.divmod(pos, a(0), a(1), true),
            IntLshift => self.shift(pos, 0, a(0), a(1)),
            IntRshift => self.shift(pos, 1, a(0), a(1)),
            UintRshift => self.shift(pos, 2, a(0), a(1)),
            IntNeg | IntInvert => {
                let d = self.dst_from(a(0), pos);
                if op.opcode == IntNeg {
                    self.e.neg(d);
                } else {
                    self.e.not(d);
                }
                self.def(pos, d);
            }
            IntIsZero | IntIsTrue => {
                let g = self.gpr(a(0), RAX);
                self.e.test_rr(g);
                self.cmp_result(
                    pos,
                    if op.opcode == IntIsZero {
                        Cond::E
                    } else {
                        Cond::Ne
                    },
                );
            }
            IntForceGeZero => {
                let d = self.dst_from(a(0), pos);
                self.e.mov_ri(R11, 0);
                self.e.test_rr(d);
                self.e.cmovl(d, R11);
                self.def(pos, d);
            }
            IntLt => self.int_cmp(pos, a(0), a(1), Cond::L),
            IntLe => self.int_cmp(pos, a(0), a(1), Cond::Le),
            IntEq | PtrEq => self.int_cmp(pos, a(0), a(1), Cond::E),
            IntNe | PtrNe => self.int_cmp(pos, a(0), a(1), Cond::Ne),
            IntGt => self.int_cmp(pos, a(0), a(1), Cond::G),
            IntGe => self.int_cmp(pos, a(0), a(1), Cond::Ge),
            UintLt => self.int_cmp(pos, a(0), a(1), Cond::B),
            UintLe => self.int_cmp(pos, a(0), a(1), Cond::Be),
            UintGt => self.int_cmp(pos, a(0), a(1), Cond::A),
            UintGe => self.int_cmp(pos, a(0), a(1), Cond::Ae),
            FloatAdd => self.float_binop(pos, Fop::Add, a(0), a(1)),
            FloatSub => self.float_binop(pos, Fop::Sub, a(0), a(1)),
            FloatMul => self.float_binop(pos, Fop::Mul, a(0), a(1)),
            FloatTrueDiv => self.float_binop(pos, Fop::Div, a(0), a(1)),
            FloatNeg | FloatAbs => {
                let d = self.dst_from_x(a(0), pos);
                if op.opcode == FloatNeg {
                    let l = self.fconst(1 << 63);
                    self.e.fop_label(Fop::Xor, d, l);
                } else {
                    let l = self.fconst(!(1u64 << 63));
                    self.e.fop_label(Fop::And, d, l);
                }
                self.def_x(pos, d);
            }
            FloatLt | FloatLe | FloatEq | FloatNe | FloatGt | FloatGe => {
                self.float_cmp(pos, a(0), a(1), op.opcode)
            }
            CastIntToFloat => {
                let g = self.gpr(a(0), RAX);
                let d = self.ra.new_xmm(&mut self.e);
                self.e.cvtsi2sd(d, g);
                self.def_x(pos, d);
            }
            CastFloatToInt => {
                let x = self.xmm(a(0), XTMP);
                let d = self.ra.new_gpr(&mut self.e);
                self.e.cvttsd2si(d, x);
                self.def(pos, d);
            }
            GuardTrue | GuardFalse => {
                let fail_when_true = op.opcode == GuardFalse;
                match (fused, a(0)) {
                    (Some((r, c)), Opnd::Ref(x)) if r == x => {
                        let cond = if fail_when_true { c } else { c.negate() };
                        // Only a 0/1 comparison result can be in the snapshot (`fusable`).
                        self.exit_const = Some((x, fail_when_true as i32));
                        let r = self.guard_exit(pos, Some(cond));
                        self.exit_const = None;
                        r?;
                    }
                    (_, o @ Opnd::Const(_)) => {
                        let v = self.konst(o).unwrap_or(0) != 0;
                        if v == fail_when_true {
                            self.guard_exit(pos, None)?;
                        }
                    }
                    (_, o) => {
                        let g = self.gpr(o, RAX);
                        self.e.test_rr(g);
                        self.guard_exit(
                            pos,
                            Some(if fail_when_true { Cond::Ne } else { Cond::E }),
                        )?;
                    }
                }
            }
            GuardValue => {
                if t.ty(a(0)) == Type::Float {
                    let x = self.xmm(a(0), XTMP);
                    self.e.movq_rx(RDX, x);
                    let y = self.xmm(a(1), XTMP2);
                    self.e.movq_rx(R11, y);
                    self.e.alu_rr(Alu::Cmp, RDX, R11);
                } else {
                    let g = self.gpr(a(0), RAX);
                    if let Some(v) = self.imm32(a(1)) {
                        self.e.alu_ri(Alu::Cmp, g, v);
                    } else {
                        let h = self.gpr(a(1), R11);
                        self.e.alu_rr(Alu::Cmp, g, h);
                    }
                }
                self.guard_exit(pos, Some(Cond::Ne))?;
            }
            GuardClass => self.guard_class(pos, a(0), a(1), false)?,
            GuardNonnullClass => self.guard_class(pos, a(0), a(1), true)?,
            GuardNonnull | GuardIsnull => {
                let g = self.gpr(a(0), RAX);
                self.e.test_rr(g);
                let c = if op.opcode == GuardNonnull {
                    Cond::E
                } else {
                    Cond::Ne
                };
                self.guard_exit(pos, Some(c))?;
            }
            GuardNoOverflow | GuardOverflow => {
                let prev = (0..pos)
                    .rev()
                    .find(|&k| t.ops[k].opcode != DebugMergePoint)
                    .map(|k| t.ops[k].opcode);
                if !prev.map(|o| o.is_ovf()).unwrap_or(false) {
                    return err("overflow guard not after an overflow op");
                }
                let c = if op.opcode == GuardNoOverflow {
                    Cond::O
                } else {
                    Cond::No
                };
                self.guard_exit(pos, Some(c))?;
            }
            GuardNotInvalidated => {
                if self.p.invalidated_addr != 0 {
                    self.e.mov_ri(R11, self.p.invalidated_addr as i64);
                    self.e.cmp_mi(R11, 0, 0);
                    self.guard_exit(pos, Some(Cond::Ne))?;
                }
            }
            GuardNoException => {
                if self.p.exc_addr == 0 {
                    return err("guard_no_exception without an exception word");
                }
                self.e.mov_ri(R11, self.p.exc_addr as i64);
                self.e.cmp_mi(R11, 0, 0);
                self.guard_exit(pos, Some(Cond::Ne))?;
            }
            GuardNotForced => {
                self.e.cmp_mi(RBP, FRAME_FORCED, 0);
                self.guard_exit(pos, Some(Cond::Ne))?;
            }
            GetfieldGcI | GetfieldRawI if self.fusable(pos, false) => {
                // Only tested by the next guard (a flag word): compare it in memory.
                let fd = self.field(op.descr)?;
                let gb = self.gpr(a(0), R11);
                self.e.cmp_mem_zero(gb, fd.offset, fd.size);
                self.fused = Some((IrRef::new(pos), Cond::Ne));
            }
            GetfieldGcI | GetfieldGcR | GetfieldGcF | GetfieldRawI | GetfieldRawF => {
                let fd = self.field(op.descr)?;
                let gb = self.gpr(a(0), R11);
                self.load_into(pos, op.ty, gb, fd.offset, fd.size, fd.signed);
            }
            SetfieldGc | SetfieldRaw => {
                let fd = self.field(op.descr)?;
                if op.opcode == SetfieldGc && t.ty(a(1)) == Type::Ref {
                    self.write_barrier(a(0), a(1));
                }
                let gb = self.gpr(a(0), R11);
                self.store_from(a(1), t.ty(a(1)), gb, fd.offset, fd.size);
            }
            GetarrayitemGcI | GetarrayitemGcR | GetarrayitemGcF => {
                let ad = self.array(op.descr)?;
                let (b, off) = self.item_addr(a(0), a(1), ad)?;
                self.load_into(pos, op.ty, b, off, ad.item_size, ad.signed);
            }
            SetarrayitemGc => {
                let ad = self.array(op.descr)?;
                if t.ty(a(2)) == Type::Ref {
                    self.write_barrier(a(0), a(2));
                }
                let (b, off) = self.item_addr(a(0), a(1), ad)?;
                self.store_from(a(2), t.ty(a(2)), b, off, ad.item_size);
            }
            ArraylenGc => {
                let ad = self.array(op.descr)?;
                let gb = self.gpr(a(0), R11);
                self.load_into(pos, Type::Int, gb, ad.len_offset, 8, true);
            }
            New | NewWithVtable => self.new_struct(pos, op.descr)?,
            NewArray | NewArrayClear => self.new_array(pos, a(0), op.descr)?,
            CallI | CallR | CallF | CallN | CallMayForceI | CallMayForceR | CallMayForceF
            | CallMayForceN => self.call(pos)?,
            Label => {
                let Descr::Target(tg) = op.descr else {
                    return err("label without target");
                };
                let args: Vec<Opnd> = op.args.to_vec();
                let slots = self.place_label_args(&args)?;
                self.labels_seen += 1;
                if self.labels_seen > 1 {
                    // The preamble falls into the loop: one iteration from an entry.
                    self.count_iteration();
                }
                self.young.clear();
                self.hint_jump_args(pos, tg, &slots);
                let l = self.e.label();
                self.e.bind(l);
                self.label_offsets.push((tg, self.e.offset() as u32));
                self.labels.insert(tg, (l, slots));
            }
            Jump => {
                let Descr::Target(tg) = op.descr else {
                    return err("jump without target");
                };
                let args: Vec<Opnd> = op.args.to_vec();
                if let Some((l, slots)) = self.labels.get(&tg).cloned() {
                    if slots.len() != args.len() {
                        return err("jump arity differs from its label's");
                    }
                    if self.p.loop_budget_addr != 0 {
                        self.budget_check(pos)?;
                    }
                    if self.n_labels == 1 {
                        // Not peeled: no preamble to count in.
                        self.count_iteration();
                    }
                    self.move_to_locs(&args, &slots);
                    self.e.jmp(l);
                } else if let Some(li) = self.ext.get(&tg).cloned() {
                    if li.locs.len() != args.len() {
                        return err("jump arity differs from its label's");
                    }
                    if self.p.loop_budget_addr != 0 {
                        self.budget_check(pos)?;
                    }
                    self.count_iteration();
                    self.move_to_locs(&args, &li.locs);
                    self.e.mov_ri(RAX, li.addr as i64);
                    self.e.jmp_r(RAX);
                } else {
                    self.finish(pos, ExitKind::Jump(tg))?;
                }
            }
            Finish => self.finish(pos, ExitKind::Finish)?,
        }
        Ok(())
    }

    /// Hints the values the jump back to label `tg` (at `pos`) passes in registers
    /// towards those registers.
    fn hint_jump_args(&mut self, pos: usize, tg: TargetId, dests: &[Loc]) {
        self.ra.clear_hints();
        let t = self.t;
        let jump = t.ops[pos + 1..]
            .iter()
            .find(|o| o.opcode == Opcode::Jump && matches!(o.descr, Descr::Target(j) if j == tg));
        let Some(jump) = jump else { return };
        for (a, d) in jump.args.iter().zip(dests) {
            let Opnd::Ref(r) = *a else { continue };
            let reg = match *d {
                Loc::Gpr(g) => g.0,
                Loc::Xmm(x) => x.0,
                Loc::Slot(_) => continue,
            };
            if self.ra.hint(r).is_none() {
                self.ra.set_hint(r, reg, r.index() > pos);
            }
        }
        // An op usually computes its result in its first operand's register when that
        // operand dies there: the operand inherits the result's hint (chains such as
        // int_add_ovf -> int_or -> cast_int_to_ptr end in the label register).
        let end = pos
            + 1
            + t.ops[pos + 1..]
                .iter()
                .position(|o| std::ptr::eq(o, jump))
                .unwrap_or(0);
        for p in (pos + 1..end).rev() {
            let op = &t.ops[p];
            let Some(h) = self.ra.hint(IrRef::new(p)) else {
                continue;
            };
            let Some(Opnd::Ref(a)) = op.args.first().copied() else {
                continue;
            };
            let same_bank = (t.ops[a.index()].ty == Type::Float) == (op.ty == Type::Float);
            if a.index() > pos
                && same_bank
                && self.ra.last[a.index()] as usize == p
                && self.ra.hint(a).is_none()
            {
                self.ra.set_hint(a, h, true);
            }
        }
    }

    /// Adds one to the iteration-count word, if any (`CompileParams::iter_count_addr`).
    fn count_iteration(&mut self) {
        if self.p.iter_count_addr != 0 {
            self.e.mov_ri(R11, self.p.iter_count_addr as i64);
            self.e.inc_mem(R11, 0);
        }
    }

    /// Test loop budget: decrement, and leave with the jump's arguments when exhausted.
    fn budget_check(&mut self, pos: usize) -> Result<(), CompileError> {
        let cont = self.e.label();
        self.e.mov_ri(R11, self.p.loop_budget_addr as i64);
        self.e.dec_mem(R11, 0);
        self.e.jcc(Cond::Ge, cont);
        self.finish(pos, ExitKind::IterationLimit)?;
        self.e.bind(cont);
        Ok(())
    }

    fn finish(&mut self, pos: usize, kind: ExitKind) -> Result<(), CompileError> {
        let args: Vec<Opnd> = self.t.ops[pos].args.to_vec();
        self.io_words = self.io_words.max(args.len() as u32);
        if !args.is_empty() {
            self.e.load64(R11, RBP, FRAME_IO);
        }
        for (k, &a) in args.iter().enumerate() {
            let ty = self.t.ty(a);
            match a {
                Opnd::Ref(r) => match self.ra.loc(r) {
                    Some(Loc::Gpr(g)) => self.e.store64(R11, 8 * k as i32, g),
                    Some(Loc::Xmm(x)) => self.e.store_f(R11, 8 * k as i32, x),
                    Some(Loc::Slot(s)) => {
                        self.e.load64(RAX, RBP, slot_offset(s));
                        self.e.store64(R11, 8 * k as i32, RAX);
                    }
                    None => return err("finish argument has no location"),
                },
                Opnd::Const(_) => self.store_from(a, ty, R11, 8 * k as i32, 8),
            }
        }
        if self.p.return_finish && kind == ExitKind::Finish {
            // A direct caller takes the return value (the last argument) from rdx.
            let code = args.last().map(|&a| match self.t.ty(a) {
                Type::Int => RETURN_INT,
                Type::Ref => RETURN_REF,
                _ => 0,
            });
            if let Some(code) = code.filter(|&c| c != 0) {
                self.e.load64(RDX, R11, 8 * (args.len() as i32 - 1));
                self.e.store64_imm(RBP, FRAME_RETURN, code);
            }
        }
        let exit = self.exits.len();
        self.exits.push(ExitInfo {
            kind,
            values: args,
            jump_offset: self.e.offset() as u32,
            stub_offset: u32::MAX,
            patch_at: None,
        });
        self.e.mov_ri(RAX, self.exit_code(exit));
        self.e.jmp(self.epilogue);
        Ok(())
    }
}
