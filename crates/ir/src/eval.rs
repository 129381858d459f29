//! The reference evaluator: runs a trace over a simulated heap and reports how it exited.
//!
//! The optimizer's tests compare a trace before and after optimization with it, and the
//! backend's fuzzer compares machine code against it, so its semantics are the IR's
//! definition: ints wrap (two's complement), shift counts are taken mod 64 (as x86 does),
//! `int_floordiv`/`int_mod` truncate toward zero (C semantics; division by zero is an
//! error), `cast_float_to_int` truncates and gives `i64::MIN` for NaN and out-of-range
//! values (cvttsd2si), objects are zero-initialised, and `guard_class` reads the class
//! field described by [`crate::ClassField`].

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::descr::{Descr, Effect};
use crate::op::Opcode;
use crate::snapshot::{SnapValue, Snapshot, VirtualDesc};
use crate::trace::Trace;
use crate::types::{Const, IrRef, Opnd, SnapId, TargetId, Type, VirtId};

/// A runtime value. Floats are kept as bits so values compare exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Val {
    /// An int.
    Int(i64),
    /// A float's bits.
    Float(u64),
    /// An address (0 = null).
    Ref(u64),
}

impl Val {
    /// The raw word.
    pub fn bits(self) -> u64 {
        match self {
            Val::Int(v) => v as u64,
            Val::Float(b) | Val::Ref(b) => b,
        }
    }
    /// Rebuilds a value of type `ty` from a raw word.
    pub fn from_bits(ty: Type, bits: u64) -> Val {
        match ty {
            Type::Float => Val::Float(bits),
            Type::Ref => Val::Ref(bits),
            _ => Val::Int(bits as i64),
        }
    }
    /// A float value.
    pub fn float(v: f64) -> Val {
        Val::Float(v.to_bits())
    }
    /// The int (or the raw word of another kind).
    pub fn int(self) -> i64 {
        self.bits() as i64
    }
    /// As f64.
    pub fn f(self) -> f64 {
        f64::from_bits(self.bits())
    }
    /// Value of a constant.
    pub fn of_const(c: Const) -> Val {
        match c {
            Const::Int(v) => Val::Int(v),
            Const::Float(b) => Val::Float(b),
            Const::Ptr(p) => Val::Ref(p),
        }
    }
    /// The constant with this value.
    pub fn to_const(self) -> Const {
        match self {
            Val::Int(v) => Const::Int(v),
            Val::Float(b) => Const::Float(b),
            Val::Ref(p) => Const::Ptr(p),
        }
    }
}

fn b(x: bool) -> Val {
    Val::Int(x as i64)
}

fn f2i(x: f64) -> i64 {
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

/// Evaluates a pure or overflow-checked op on values. `None` when the op is not pure or
/// is undefined on these operands (division by zero). For `_ovf` ops the result is the
/// wrapped value and the flag says whether it overflowed.
pub fn eval_pure(op: Opcode, a: &[Val]) -> Option<(Val, bool)> {
    use Opcode::*;
    let i = |k: usize| a[k].int();
    let f = |k: usize| a[k].f();
    let v = match op {
        SameAsI | SameAsR | SameAsF => a[0],
        IntAdd => Val::Int(i(0).wrapping_add(i(1))),
        IntSub => Val::Int(i(0).wrapping_sub(i(1))),
        IntMul => Val::Int(i(0).wrapping_mul(i(1))),
        IntFloorDiv => {
            if i(1) == 0 {
                return None;
            }
            Val::Int(i(0).wrapping_div(i(1)))
        }
        IntMod => {
            if i(1) == 0 {
                return None;
            }
            Val::Int(i(0).wrapping_rem(i(1)))
        }
        IntAnd => Val::Int(i(0) & i(1)),
        IntOr => Val::Int(i(0) | i(1)),
        IntXor => Val::Int(i(0) ^ i(1)),
        IntLshift => Val::Int(i(0).wrapping_shl(i(1) as u32)),
        IntRshift => Val::Int(i(0).wrapping_shr(i(1) as u32)),
        UintRshift => Val::Int((i(0) as u64).wrapping_shr(i(1) as u32) as i64),
        IntNeg => Val::Int(i(0).wrapping_neg()),
        IntInvert => Val::Int(!i(0)),
        IntIsZero => b(i(0) == 0),
        IntIsTrue => b(i(0) != 0),
        IntForceGeZero => Val::Int(i(0).max(0)),
        IntLt => b(i(0) < i(1)),
        IntLe => b(i(0) <= i(1)),
        IntEq => b(i(0) == i(1)),
        IntNe => b(i(0) != i(1)),
        IntGt => b(i(0) > i(1)),
        IntGe => b(i(0) >= i(1)),
        UintLt => b((i(0) as u64) < i(1) as u64),
        UintLe => b((i(0) as u64) <= i(1) as u64),
        UintGt => b((i(0) as u64) > i(1) as u64),
        UintGe => b((i(0) as u64) >= i(1) as u64),
        IntAddOvf => {
            let (r, o) = i(0).overflowing_add(i(1));
            return Some((Val::Int(r), o));
        }
        IntSubOvf => {
            let (r, o) = i(0).overflowing_sub(i(1));
            return Some((Val::Int(r), o));
        }
        IntMulOvf => {
            let (r, o) = i(0).overflowing_mul(i(1));
            return Some((Val::Int(r), o));
        }
        FloatAdd => Val::float(f(0) + f(1)),
        FloatSub => Val::float(f(0) - f(1)),
        FloatMul => Val::float(f(0) * f(1)),
        FloatTrueDiv => Val::float(f(0) / f(1)),
        FloatNeg => Val::float(-f(0)),
        FloatAbs => Val::float(f(0).abs()),
        FloatLt => b(f(0) < f(1)),
        FloatLe => b(f(0) <= f(1)),
        FloatEq => b(f(0) == f(1)),
        FloatNe => b(f(0) != f(1)),
        FloatGt => b(f(0) > f(1)),
        FloatGe => b(f(0) >= f(1)),
        CastIntToFloat => Val::float(i(0) as f64),
        CastFloatToInt => Val::Int(f2i(f(0))),
        CastPtrToInt => Val::Int(a[0].bits() as i64),
        CastIntToPtr => Val::Ref(i(0) as u64),
        PtrEq => b(a[0].bits() == a[1].bits()),
        PtrNe => b(a[0].bits() != a[1].bits()),
        _ => return None,
    };
    Some((v, false))
}

/// Folds a pure op over constants (used by the optimizer). `None` if not foldable.
pub fn fold(op: Opcode, args: &[Const]) -> Option<Const> {
    if !op.is_pure() {
        return None;
    }
    let vals: Vec<Val> = args.iter().map(|c| Val::of_const(*c)).collect();
    eval_pure(op, &vals).map(|(v, _)| v.to_const())
}

/// A simulated heap object.
#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    /// Layout id (the low half of the header word).
    pub layout: u32,
    /// Fields by offset (absent = zero).
    pub fields: BTreeMap<i32, Val>,
    /// Items, for arrays.
    pub items: Option<Vec<Val>>,
}

/// Spacing between simulated object addresses.
pub const OBJ_ALIGN: u64 = 0x100;

/// The simulated heap: objects at synthetic addresses, plus raw memory words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Heap {
    /// Objects; object k lives at address `(k + 1) * OBJ_ALIGN`.
    pub objs: Vec<Object>,
    /// Raw memory (getfield_raw/setfield_raw), by address.
    pub raw: BTreeMap<u64, Val>,
}

impl Heap {
    /// Allocates a struct with the given layout id; returns its address.
    pub fn alloc(&mut self, layout: u32) -> u64 {
        self.objs.push(Object {
            layout,
            fields: BTreeMap::new(),
            items: None,
        });
        self.objs.len() as u64 * OBJ_ALIGN
    }
    /// Allocates an array of `len` zero items of type `ty`.
    pub fn alloc_array(&mut self, layout: u32, ty: Type, len: usize) -> u64 {
        let zero = Val::of_const(Const::zero(ty));
        self.objs.push(Object {
            layout,
            fields: BTreeMap::new(),
            items: Some(vec![zero; len]),
        });
        self.objs.len() as u64 * OBJ_ALIGN
    }
    /// The object at an address.
    pub fn get(&self, addr: u64) -> Option<&Object> {
        if addr == 0 || addr & (OBJ_ALIGN - 1) != 0 {
            return None;
        }
        self.objs.get((addr / OBJ_ALIGN - 1) as usize)
    }
    /// The object at an address, mutably.
    pub fn get_mut(&mut self, addr: u64) -> Option<&mut Object> {
        if addr == 0 || addr & (OBJ_ALIGN - 1) != 0 {
            return None;
        }
        self.objs.get_mut((addr / OBJ_ALIGN - 1) as usize)
    }
}

/// A simulated function: gets the heap and the arguments; `Err(())` means it raised.
pub type SimFn = Box<dyn FnMut(&mut Heap, &[Val]) -> Result<Val, ()>>;

/// Why the evaluation could not continue (the trace did something undefined).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError {
    /// Where.
    pub at: IrRef,
    /// What.
    pub msg: String,
}

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "op {}: {}", self.at.0, self.msg)
    }
}

impl std::error::Error for EvalError {}

/// How the trace was left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExitKind {
    /// A guard failed.
    Guard {
        /// The guard op.
        at: IrRef,
        /// Its snapshot.
        snap: SnapId,
    },
    /// `finish` was reached.
    Finish,
    /// A `jump` to a label outside this trace.
    Jump(TargetId),
    /// The iteration cap was hit (loops only).
    IterationLimit,
}

/// One resumed frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitFrame {
    /// Code id.
    pub code: u32,
    /// Resume pc.
    pub pc: u32,
    /// Slot values; `None` for dead slots.
    pub slots: Vec<Option<Val>>,
}

/// The result of running a trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exit {
    /// How it left.
    pub kind: ExitKind,
    /// Guard exits: the frames to resume.
    pub frames: Vec<ExitFrame>,
    /// Finish / outside-jump: the argument values.
    pub values: Vec<Val>,
    /// Addresses of objects built from virtual descriptions at the exit.
    pub materialized: Vec<u64>,
    /// Number of jumps back to a label taken.
    pub iterations: u64,
}

/// The evaluator's state: heap, simulated functions, call log, flags.
pub struct Machine {
    /// The heap.
    pub heap: Heap,
    /// Simulated functions by CallDescr name.
    pub funcs: FxHashMap<String, SimFn>,
    /// Cap on loop iterations.
    pub max_iterations: u64,
    /// Calls with heap effects (not pure/readonly), in order: name and arguments.
    pub calls: Vec<(String, Vec<Val>)>,
    /// Makes guard_not_invalidated fail.
    pub invalidated: bool,
    /// Makes the guard executed at this position (0 = the first guard the run executes)
    /// fail even if its condition holds: used to ask "how would the trace have exited
    /// at that guard?" (see [`earlier_exit_matches`]).
    pub force_fail: Option<u64>,
    /// Guards executed without failing by the last [`Machine::run`].
    pub guards_passed: u64,
}

impl Default for Machine {
    fn default() -> Self {
        Machine::new()
    }
}

fn default_call(name: &str, args: &[Val], ty: Type) -> Val {
    // A deterministic function of the name and the arguments (FNV-1a).
    let mut h: u64 = 0xcbf29ce484222325;
    for byte in name
        .bytes()
        .map(u64::from)
        .chain(args.iter().map(|a| a.bits()))
    {
        h ^= byte;
        h = h.wrapping_mul(0x100000001b3);
    }
    match ty {
        Type::Float => Val::float((h % 1000) as f64 / 8.0),
        Type::Ref => Val::Ref(0),
        _ => Val::Int((h % 10007) as i64),
    }
}

impl Machine {
    /// A machine with an empty heap and an iteration cap of 10000.
    pub fn new() -> Machine {
        Machine {
            heap: Heap::default(),
            funcs: FxHashMap::default(),
            max_iterations: 10_000,
            calls: Vec::new(),
            invalidated: false,
            force_fail: None,
            guards_passed: 0,
        }
    }
    /// Registers a simulated function under a CallDescr name.
    pub fn register(
        &mut self,
        name: &str,
        f: impl FnMut(&mut Heap, &[Val]) -> Result<Val, ()> + 'static,
    ) {
        self.funcs.insert(name.to_string(), Box::new(f));
    }

    fn load(
        &self,
        at: IrRef,
        addr: u64,
        off: i32,
        ty: Type,
        size: u8,
        signed: bool,
    ) -> Result<Val, EvalError> {
        let o = self.heap.get(addr).ok_or_else(|| EvalError {
            at,
            msg: format!("load from bad address {addr:#x}"),
        })?;
        if off == 0 {
            return Ok(Val::from_bits(ty, o.layout as u64));
        }
        let v = o.fields.get(&off).copied().unwrap_or(Val::from_bits(ty, 0));
        Ok(Val::from_bits(ty, narrow(v.bits(), ty, size, signed)))
    }

    fn store(
        &mut self,
        at: IrRef,
        addr: u64,
        off: i32,
        v: Val,
        size: u8,
        signed: bool,
    ) -> Result<(), EvalError> {
        let o = self.heap.get_mut(addr).ok_or_else(|| EvalError {
            at,
            msg: format!("store to bad address {addr:#x}"),
        })?;
        if off == 0 {
            return Err(EvalError {
                at,
                msg: "store to the header".into(),
            });
        }
        let ty = match v {
            Val::Int(_) => Type::Int,
            Val::Float(_) => Type::Float,
            Val::Ref(_) => Type::Ref,
        };
        o.fields
            .insert(off, Val::from_bits(ty, narrow(v.bits(), ty, size, signed)));
        Ok(())
    }

    /// Materializes virtual `v` of snapshot `s` (memoized in `done`).
    fn materialize(
        &mut self,
        t: &Trace,
        s: &Snapshot,
        v: VirtId,
        vals: &[Option<Val>],
        done: &mut FxHashMap<VirtId, u64>,
        out: &mut Vec<u64>,
    ) -> Val {
        if let Some(a) = done.get(&v) {
            return Val::Ref(*a);
        }
        let addr = match &s.virtuals[v.index()] {
            VirtualDesc::Struct { size, .. } => self.heap.alloc(t.descrs.s(*size).vtable),
            VirtualDesc::Array { descr, items } => {
                let d = t.descrs.a(*descr);
                self.heap.alloc_array(d.layout, d.item_ty, items.len())
            }
        };
        done.insert(v, addr);
        out.push(addr);
        match &s.virtuals[v.index()] {
            VirtualDesc::Struct { fields, .. } => {
                for (f, sv) in fields {
                    let val = self.snap_val(t, s, *sv, vals, done, out);
                    if let Some(val) = val {
                        let fd = t.descrs.f(*f);
                        let bits = narrow(val.bits(), fd.ty, fd.size, fd.signed);
                        if let Some(o) = self.heap.get_mut(addr) {
                            o.fields.insert(fd.offset, Val::from_bits(fd.ty, bits));
                        }
                    }
                }
            }
            VirtualDesc::Array { items, .. } => {
                for (k, sv) in items.iter().enumerate() {
                    if let Some(val) = self.snap_val(t, s, *sv, vals, done, out) {
                        if let Some(Some(its)) = self.heap.get_mut(addr).map(|o| o.items.as_mut()) {
                            its[k] = val;
                        }
                    }
                }
            }
        }
        Val::Ref(addr)
    }

    fn snap_val(
        &mut self,
        t: &Trace,
        s: &Snapshot,
        v: SnapValue,
        vals: &[Option<Val>],
        done: &mut FxHashMap<VirtId, u64>,
        out: &mut Vec<u64>,
    ) -> Option<Val> {
        match v {
            SnapValue::Ref(r) => vals[r.index()],
            SnapValue::Const(c) => Some(Val::of_const(t.konst(c))),
            SnapValue::Dead => None,
            SnapValue::Virtual(id) => Some(self.materialize(t, s, id, vals, done, out)),
        }
    }

    /// Runs `t` (which must verify) with the given input values.
    pub fn run(&mut self, t: &Trace, inputs: &[Val]) -> Result<Exit, EvalError> {
        let n_in = t.num_inputs();
        if inputs.len() != n_in {
            return Err(EvalError {
                at: IrRef(0),
                msg: format!("{} inputs given, trace has {n_in}", inputs.len()),
            });
        }
        let mut vals: Vec<Option<Val>> = vec![None; t.ops.len()];
        for (k, v) in inputs.iter().enumerate() {
            vals[k] = Some(*v);
        }
        let mut pc = n_in;
        let mut ovf = false;
        let mut exc = false;
        let mut iterations = 0u64;
        self.guards_passed = 0;
        while pc < t.ops.len() {
            let at = IrRef::new(pc);
            let op = &t.ops[pc];
            let err = |msg: String| EvalError { at, msg };
            let mut args = Vec::with_capacity(op.args.len());
            for a in &op.args {
                args.push(match *a {
                    Opnd::Const(c) => Val::of_const(t.konst(c)),
                    Opnd::Ref(r) => vals[r.index()]
                        .ok_or_else(|| err(format!("use of undefined value {}", r.0)))?,
                });
            }
            let ar = |k: usize| args[k].bits();
            use Opcode::*;
            let mut result = None;
            let mut fail = false;
            match op.opcode {
                Input | Label | DebugMergePoint => {}
                Jump => {
                    let Descr::Target(tg) = op.descr else {
                        return Err(err("jump without target".into()));
                    };
                    match t.find_label(tg) {
                        Some(l) => {
                            iterations += 1;
                            if iterations > self.max_iterations {
                                return Ok(Exit {
                                    kind: ExitKind::IterationLimit,
                                    frames: vec![],
                                    values: args,
                                    materialized: vec![],
                                    iterations,
                                });
                            }
                            for (la, v) in t.ops[l.index()].args.iter().zip(&args) {
                                if let Opnd::Ref(r) = la {
                                    vals[r.index()] = Some(*v);
                                }
                            }
                            pc = l.index() + 1;
                            continue;
                        }
                        None => {
                            return Ok(Exit {
                                kind: ExitKind::Jump(tg),
                                frames: vec![],
                                values: args,
                                materialized: vec![],
                                iterations,
                            })
                        }
                    }
                }
                Finish => {
                    return Ok(Exit {
                        kind: ExitKind::Finish,
                        frames: vec![],
                        values: args,
                        materialized: vec![],
                        iterations,
                    })
                }
                GuardTrue => fail = ar(0) == 0,
                GuardFalse => fail = ar(0) != 0,
                GuardValue => fail = ar(0) != ar(1),
                GuardNonnull => fail = ar(0) == 0,
                GuardIsnull => fail = ar(0) != 0,
                GuardClass | GuardNonnullClass => {
                    if ar(0) == 0 {
                        if op.opcode == GuardClass {
                            return Err(err("guard_class on null".into()));
                        }
                        fail = true;
                    } else {
                        let cf = t.class_field;
                        let cls = self.load(at, ar(0), cf.offset, Type::Int, cf.size, false)?;
                        let want = if cf.size == 4 {
                            ar(1) & 0xffff_ffff
                        } else {
                            ar(1)
                        };
                        fail = cls.bits() != want;
                    }
                }
                GuardNoOverflow => fail = ovf,
                GuardOverflow => fail = !ovf,
                GuardNotInvalidated => fail = self.invalidated,
                GuardNoException => fail = exc,
                GuardNotForced => {}
                GetfieldGcI | GetfieldGcR | GetfieldGcF => {
                    let Descr::Field(f) = op.descr else {
                        return Err(err("missing field descr".into()));
                    };
                    let fd = t.descrs.f(f);
                    result = Some(self.load(at, ar(0), fd.offset, op.ty, fd.size, fd.signed)?);
                }
                SetfieldGc => {
                    let Descr::Field(f) = op.descr else {
                        return Err(err("missing field descr".into()));
                    };
                    let fd = t.descrs.f(f).clone();
                    self.store(at, ar(0), fd.offset, args[1], fd.size, fd.signed)?;
                }
                GetfieldRawI | GetfieldRawF => {
                    let Descr::Field(f) = op.descr else {
                        return Err(err("missing field descr".into()));
                    };
                    let addr = ar(0).wrapping_add(t.descrs.f(f).offset as u64);
                    let v = self.heap.raw.get(&addr).copied().unwrap_or(Val::Int(0));
                    result = Some(Val::from_bits(op.ty, v.bits()));
                }
                SetfieldRaw => {
                    let Descr::Field(f) = op.descr else {
                        return Err(err("missing field descr".into()));
                    };
                    let addr = ar(0).wrapping_add(t.descrs.f(f).offset as u64);
                    self.heap.raw.insert(addr, args[1]);
                }
                GetarrayitemGcI | GetarrayitemGcR | GetarrayitemGcF | SetarrayitemGc
                | ArraylenGc => {
                    let Descr::Array(ad) = op.descr else {
                        return Err(err("missing array descr".into()));
                    };
                    let d = t.descrs.a(ad);
                    let (ity, isize, signed) = (d.item_ty, d.item_size, d.signed);
                    let o = self
                        .heap
                        .get_mut(ar(0))
                        .ok_or_else(|| err(format!("bad array address {:#x}", ar(0))))?;
                    let items = o.items.as_mut().ok_or_else(|| err("not an array".into()))?;
                    if op.opcode == ArraylenGc {
                        result = Some(Val::Int(items.len() as i64));
                    } else {
                        let idx = args[1].int();
                        if idx < 0 || idx as usize >= items.len() {
                            return Err(err(format!("array index {idx} out of bounds")));
                        }
                        if op.opcode == SetarrayitemGc {
                            items[idx as usize] =
                                Val::from_bits(ity, narrow(args[2].bits(), ity, isize, signed));
                        } else {
                            result = Some(Val::from_bits(op.ty, items[idx as usize].bits()));
                        }
                    }
                }
                New | NewWithVtable => {
                    let Descr::Size(s) = op.descr else {
                        return Err(err("missing size descr".into()));
                    };
                    result = Some(Val::Ref(self.heap.alloc(t.descrs.s(s).vtable)));
                }
                NewArray | NewArrayClear => {
                    let Descr::Array(ad) = op.descr else {
                        return Err(err("missing array descr".into()));
                    };
                    let d = t.descrs.a(ad);
                    let len = args[0].int();
                    if !(0..=1 << 20).contains(&len) {
                        return Err(err(format!("bad array length {len}")));
                    }
                    result = Some(Val::Ref(self.heap.alloc_array(
                        d.layout,
                        d.item_ty,
                        len as usize,
                    )));
                }
                o if o.is_call() => {
                    let Descr::Call(c) = op.descr else {
                        return Err(err("missing call descr".into()));
                    };
                    let cd = t.descrs.c(c);
                    if !matches!(cd.effect, Effect::Pure | Effect::Readonly) {
                        self.calls.push((cd.name.clone(), args.clone()));
                    }
                    exc = false;
                    let r = match self.funcs.get_mut(&cd.name) {
                        Some(fun) => fun(&mut self.heap, &args),
                        None => Ok(default_call(&cd.name, &args, op.ty)),
                    };
                    match r {
                        Ok(v) => result = Some(Val::from_bits(op.ty, v.bits())),
                        Err(()) => {
                            exc = true;
                            result = Some(Val::from_bits(op.ty, 0));
                        }
                    }
                }
                o => match eval_pure(o, &args) {
                    Some((v, o_flag)) => {
                        ovf = o_flag;
                        result = Some(v);
                    }
                    None => return Err(err(format!("{} undefined on {args:?}", op.opcode))),
                },
            }
            if op.opcode.is_guard() && !fail {
                if self.force_fail == Some(self.guards_passed) {
                    fail = true;
                } else {
                    self.guards_passed += 1;
                }
            }
            if fail {
                let snap_id = op
                    .snap
                    .ok_or_else(|| err("guard without snapshot".into()))?;
                let s = t.snap(snap_id);
                let mut done = FxHashMap::default();
                let mut mat = Vec::new();
                let mut frames = Vec::new();
                for fr in &s.frames {
                    let mut slots = Vec::new();
                    for sv in &fr.slots {
                        slots.push(self.snap_val(t, s, *sv, &vals, &mut done, &mut mat));
                    }
                    frames.push(ExitFrame {
                        code: fr.code,
                        pc: fr.pc,
                        slots,
                    });
                }
                return Ok(Exit {
                    kind: ExitKind::Guard { at, snap: snap_id },
                    frames,
                    values: vec![],
                    materialized: mat,
                    iterations,
                });
            }
            if op.ty != Type::Void {
                vals[pc] = result;
            }
            pc += 1;
        }
        Err(EvalError {
            at: IrRef::new(t.ops.len()),
            msg: "fell off the end of the trace".into(),
        })
    }
}

fn narrow(bits: u64, ty: Type, size: u8, signed: bool) -> u64 {
    if ty != Type::Int || size >= 8 || size == 0 {
        return bits;
    }
    let sh = 64 - 8 * size as u32;
    if signed {
        (((bits << sh) as i64) >> sh) as u64
    } else {
        (bits << sh) >> sh
    }
}

/// The rule for an optimized trace that leaves EARLIER than its original.
///
/// Guard strengthening moves a check up the trace: an earlier `guard_class` becomes the
/// later `guard_value` on the same value, or a `guard_nonnull` + `guard_class` pair
/// becomes one `guard_nonnull_class` at the first guard's position, each keeping the
/// EARLIER guard's snapshot. On inputs where the later check fails, the optimized trace
/// then leaves before the original does. That is legal exactly when
///
/// 1. the original (`a`) leaves through a guard too: a strengthened guard may only fail
///    where the original would also have failed, never where it runs through or
///    finishes; and
/// 2. the optimized exit (`b`) is, up to renaming of addresses, the very exit the
///    original would have taken had it failed at one of the guards it passed: the same
///    frames (code and pc), the same slot values, the same heap and effectful calls so
///    far, the same materialized virtuals. Resuming the interpreter there resumes it in a
///    state it really went through, so the interpreter recomputes the rest itself.
///
/// Rule 2 is checked by running the original again from a machine `fresh` makes (in the
/// state the first run started from) with the k-th passed guard forced to fail, for every
/// k. Returns the matching k, or why no earlier exit of the original matches.
pub fn earlier_exit_matches(
    original: &Trace,
    inputs: &[Val],
    fresh: &mut dyn FnMut() -> Machine,
    a: (&Exit, &Machine),
    b: (&Exit, &Machine),
) -> Result<u64, String> {
    let (ExitKind::Guard { .. }, ExitKind::Guard { .. }) = (&a.0.kind, &b.0.kind) else {
        return Err("an earlier exit is only legal when both runs leave through a guard".into());
    };
    let resume_point =
        |e: &Exit| -> Vec<(u32, u32)> { e.frames.iter().map(|f| (f.code, f.pc)).collect() };
    let want = resume_point(b.0);
    let mut last = String::from("the original passes no guard with that resume point");
    for k in 0..a.1.guards_passed {
        let mut m = fresh();
        m.force_fail = Some(k);
        let e = m
            .run(original, inputs)
            .map_err(|e| format!("original with guard {k} forced to fail: {e:?}"))?;
        if resume_point(&e) != want {
            continue;
        }
        match equivalent((&e, &m), b, inputs) {
            Ok(()) => return Ok(k),
            Err(why) => last = format!("passed guard {k} has that resume point but {why}"),
        }
    }
    Err(last)
}

/// Compares two runs structurally: same kind of exit, same resume frames / values, same
/// effectful calls, and the same object graphs reachable from the roots (the inputs given
/// to both runs, then every value in the exits), up to a bijection of addresses. Objects
/// allocated by one run and materialized by the other compare equal when their contents
/// do. Returns a description of the first difference.
pub fn equivalent(
    a: (&Exit, &Machine),
    b: (&Exit, &Machine),
    inputs: &[Val],
) -> Result<(), String> {
    let (ea, ma) = a;
    let (eb, mb) = b;
    let kind = |e: &Exit| match e.kind {
        ExitKind::Guard { .. } => "guard".to_string(),
        ExitKind::Finish => "finish".into(),
        ExitKind::Jump(t) => format!("jump to {}", t.0),
        ExitKind::IterationLimit => "iteration limit".into(),
    };
    if kind(ea) != kind(eb) {
        return Err(format!("exits differ: {} vs {}", kind(ea), kind(eb)));
    }
    let mut bij = Bijection {
        fwd: FxHashMap::default(),
        back: FxHashMap::default(),
        work: vec![],
    };
    for v in inputs {
        bij.pair(*v, *v)?;
    }
    if ea.frames.len() != eb.frames.len() {
        return Err(format!("{} frames vs {}", ea.frames.len(), eb.frames.len()));
    }
    for (k, (fa, fb)) in ea.frames.iter().zip(&eb.frames).enumerate() {
        if (fa.code, fa.pc) != (fb.code, fb.pc) || fa.slots.len() != fb.slots.len() {
            return Err(format!(
                "frame {k}: {}@{} with {} slots vs {}@{} with {}",
                fa.code,
                fa.pc,
                fa.slots.len(),
                fb.code,
                fb.pc,
                fb.slots.len()
            ));
        }
        for (s, (x, y)) in fa.slots.iter().zip(&fb.slots).enumerate() {
            match (x, y) {
                (Some(x), Some(y)) => bij
                    .pair(*x, *y)
                    .map_err(|e| format!("frame {k} slot {s}: {e}"))?,
                (None, None) => {}
                _ => return Err(format!("frame {k} slot {s}: {x:?} vs {y:?}")),
            }
        }
    }
    if ea.values.len() != eb.values.len() {
        return Err("different number of exit values".into());
    }
    if !matches!(ea.kind, ExitKind::IterationLimit) {
        for (k, (x, y)) in ea.values.iter().zip(&eb.values).enumerate() {
            bij.pair(*x, *y)
                .map_err(|e| format!("exit value {k}: {e}"))?;
        }
    }
    if ma.calls.len() != mb.calls.len() {
        return Err(format!(
            "{} effectful calls vs {}",
            ma.calls.len(),
            mb.calls.len()
        ));
    }
    for (ca, cb) in ma.calls.iter().zip(&mb.calls) {
        if ca.0 != cb.0 || ca.1.len() != cb.1.len() {
            return Err(format!("call {} vs {}", ca.0, cb.0));
        }
        for (x, y) in ca.1.iter().zip(&cb.1) {
            bij.pair(*x, *y)
                .map_err(|e| format!("call {} argument: {e}", ca.0))?;
        }
    }
    if ma.heap.raw != mb.heap.raw {
        return Err("raw memory differs".into());
    }
    while let Some((x, y)) = bij.work.pop() {
        let (ox, oy) = (ma.heap.get(x), mb.heap.get(y));
        let (Some(ox), Some(oy)) = (ox, oy) else {
            if x != y {
                return Err(format!("foreign addresses {x:#x} vs {y:#x}"));
            }
            continue;
        };
        if ox.layout != oy.layout {
            return Err(format!(
                "object {x:#x} has layout {} vs {}",
                ox.layout, oy.layout
            ));
        }
        let offs: std::collections::BTreeSet<i32> =
            ox.fields.keys().chain(oy.fields.keys()).copied().collect();
        for off in offs {
            let fx = ox.fields.get(&off).copied();
            let fy = oy.fields.get(&off).copied();
            match (fx, fy) {
                (Some(p), Some(q)) => bij.pair(p, q),
                (Some(p), None) | (None, Some(p)) => {
                    if p.bits() == 0 {
                        Ok(())
                    } else {
                        Err(format!("{p:?} vs unset"))
                    }
                }
                (None, None) => Ok(()),
            }
            .map_err(|e| format!("object {x:#x} field at {off}: {e}"))?;
        }
        match (&ox.items, &oy.items) {
            (Some(ix), Some(iy)) => {
                if ix.len() != iy.len() {
                    return Err(format!("array {x:#x} length {} vs {}", ix.len(), iy.len()));
                }
                for (k, (p, q)) in ix.iter().zip(iy).enumerate() {
                    bij.pair(*p, *q)
                        .map_err(|e| format!("array {x:#x} item {k}: {e}"))?;
                }
            }
            (None, None) => {}
            _ => return Err(format!("{x:#x}: array vs struct")),
        }
    }
    Ok(())
}

struct Bijection {
    fwd: FxHashMap<u64, u64>,
    back: FxHashMap<u64, u64>,
    work: Vec<(u64, u64)>,
}

impl Bijection {
    fn pair(&mut self, x: Val, y: Val) -> Result<(), String> {
        match (x, y) {
            (Val::Ref(p), Val::Ref(q)) => {
                if p == 0 || q == 0 {
                    return if p == q {
                        Ok(())
                    } else {
                        Err(format!("{x:?} vs {y:?}"))
                    };
                }
                match (self.fwd.get(&p), self.back.get(&q)) {
                    (Some(&q2), _) if q2 == q => Ok(()),
                    (None, None) => {
                        self.fwd.insert(p, q);
                        self.back.insert(q, p);
                        self.work.push((p, q));
                        Ok(())
                    }
                    _ => Err(format!("object identity differs ({p:#x} vs {q:#x})")),
                }
            }
            _ if x.bits() == y.bits() => Ok(()),
            _ => Err(format!("{x:?} vs {y:?}")),
        }
    }
}
