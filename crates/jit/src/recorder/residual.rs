//! Residual calls: operations the recorder does not specialise become calls of the VM's
//! own generic code (the helpers below), each followed by `guard_no_exception`.
//!
//! Protocol (PyPy's): a helper runs under `gc_inhibit` (it never collects, so pointers in
//! the trace's registers stay valid) and returns the result's value word. When the VM
//! raises, the exception stays in `Vm::exc`, which is also the trace's exception word
//! (`CompileParams::exc_addr`; a helper that succeeds clears it, and the JIT clears it
//! before entering a trace). The `guard_no_exception` after the call then fails; its
//! snapshot is the state before the instruction, and deopt makes the interpreter raise
//! the pending exception at that instruction (`Vm::jit_raise_at`) instead of executing it
//! again: the helper's side effects happen exactly once.
//!
//! The recorder runs before the interpreter executes an instruction, so a helper's result
//! is not known while the instruction is recorded: the raw result word is pushed and
//! resolved at the next instruction ([`Pending`]), whose snapshot is the state after the
//! call. Guards on the result (small int, float or object) resume there, after the call.

use super::dict::{h_dict_fill, h_dict_pairs};
use super::seq::h_list_repeat;
use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_compiler::opcode::Opcode as Bc;
use coil_ir::{CallDescr, Descr, Effect, Opcode, Opnd, Type};
use coil_vm::heap::jit::with_vm;
use coil_vm::heap::{get, has_layout};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{LayoutId, ModuleObj, NativeObj};
use coil_vm::objects::float::is_float;
use coil_vm::objects::types::type_data;
use coil_vm::{PyResult, Value, Vm};

/// `math.sqrt` of a non-negative float (pure; called from traces).
extern "sysv64" fn float_sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// Python's three-way comparison of two strs (code point order is UTF-8 byte order;
/// pure, called from traces).
extern "sysv64" fn str_cmp(a: u64, b: u64) -> i64 {
    let (a, b) = (
        coil_vm::objects::str::text(Value(a)),
        coil_vm::objects::str::text(Value(b)),
    );
    a.cmp(b) as i64
}

/// The function `name` of the `math` module, if imported.
fn math_fn(vm: &mut Vm, name: &str) -> Option<Value> {
    let (mk, nk) = (vm.intern("math"), vm.intern(name));
    let m = vm.dict_get_str(vm.modules, mk)?;
    if !has_layout(m, LayoutId::Module) {
        return None;
    }
    let d = get::<ModuleObj>(m).dict;
    vm.dict_get_str(d, nk)
}

/// A helper result the next instruction resolves (its concrete value is known then).
#[derive(Clone, Copy, Debug)]
pub(super) enum Pending {
    /// The raw result word at mirror slot `slot`; `obj`: always an object (no small int,
    /// no float), so it needs no guard.
    Result { slot: usize, obj: bool },
    /// `iter_next`'s word `w` (0: exhausted) of the FOR_ITER at `pc` jumping to `exit`.
    ForIter { w: Opnd, pc: u32, exit: u32 },
}

/// Most positional values a helper takes (`h_call`'s arguments, BUILD_LIST's items).
pub(super) const MAX_ARGS: usize = 6;

/// Most arguments a residual call of a Python function passes (`h_call_assembler`; the
/// ones past the sixth helper argument go on the machine stack).
pub(super) const CALL_ASSEMBLER_ARGS: usize = 8;

/// Runs a VM operation for compiled code: no collection, the result's word or 0 with the
/// exception left in `Vm::exc` (the trace's exception word).
pub(super) fn run(f: impl FnOnce(&mut Vm) -> PyResult) -> u64 {
    with_vm(|vm| {
        vm.gc_inhibit += 1;
        let r = f(vm);
        vm.gc_inhibit -= 1;
        // A nested run may have cleared the attention word for a collection it could not
        // run; this trace can.
        vm.jit_rearm_attention();
        match r {
            Ok(v) => {
                vm.exc = Value::EMPTY;
                v.0
            }
            Err(_) => {
                if vm.exc.is_empty() {
                    let _ = vm.raise_msg("SystemError", "JIT helper failed without an exception");
                }
                0
            }
        }
    })
}

fn w(x: u64) -> Value {
    Value(x)
}

fn none() -> PyResult {
    Ok(Value::none())
}

extern "sysv64" fn h_binary_op(op: u64, a: u64, b: u64) -> u64 {
    run(|vm| vm.binary_op(op as u32, w(a), w(b)))
}

extern "sysv64" fn h_compare_op(op: u64, a: u64, b: u64) -> u64 {
    run(|vm| vm.compare_op(op as u32, w(a), w(b)))
}

extern "sysv64" fn h_contains(neg: u64, v: u64, c: u64) -> u64 {
    run(|vm| Ok(Value::bool(vm.contains(w(c), w(v))? != (neg == 1))))
}

extern "sysv64" fn h_unary(op: u64, v: u64) -> u64 {
    run(|vm| match Bc::ALL.get(op as usize).copied() {
        Some(Bc::UNARY_NOT) => Ok(Value::bool(!vm.truthy(w(v))?)),
        Some(o) => vm.unary_op(o, w(v)),
        None => Err(vm.raise_msg("SystemError", "bad unary operator")),
    })
}

extern "sysv64" fn h_getitem(c: u64, k: u64) -> u64 {
    run(|vm| vm.getitem(w(c), w(k)))
}

extern "sysv64" fn h_setitem(c: u64, k: u64, v: u64) -> u64 {
    run(|vm| vm.setitem(w(c), w(k), w(v)).and_then(|_| none()))
}

extern "sysv64" fn h_delitem(c: u64, k: u64) -> u64 {
    run(|vm| vm.delitem(w(c), w(k)).and_then(|_| none()))
}

extern "sysv64" fn h_build_slice(a: u64, b: u64, c: u64) -> u64 {
    run(|vm| Ok(vm.new_slice(w(a), w(b), w(c))))
}

/// The first `n` of a helper's argument words as values (no heap allocation: helpers
/// run once per call from a trace).
fn items(n: u64, a: [u64; MAX_ARGS]) -> smallvec::SmallVec<[Value; MAX_ARGS]> {
    a[..(n as usize).min(MAX_ARGS)]
        .iter()
        .map(|x| w(*x))
        .collect()
}

extern "sysv64" fn h_build_list(
    n: u64,
    a0: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
) -> u64 {
    let vs = items(n, [a0, a1, a2, a3, a4, a5]);
    run(|vm| Ok(vm.new_list(&vs)))
}

extern "sysv64" fn h_build_set(
    n: u64,
    a0: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
) -> u64 {
    let vs = items(n, [a0, a1, a2, a3, a4, a5]);
    run(|vm| {
        let s = vm.new_set(false);
        for v in vs {
            vm.set_add(s, v)?;
        }
        Ok(s)
    })
}

extern "sysv64" fn h_build_string(
    n: u64,
    a0: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
) -> u64 {
    let vs = items(n, [a0, a1, a2, a3, a4, a5]);
    run(|vm| {
        let mut s = String::new();
        for v in vs {
            s.push_str(coil_vm::objects::str::text(v));
        }
        Ok(vm.new_str(&s))
    })
}

extern "sysv64" fn h_format_value(v: u64, conv: u64, spec: u64) -> u64 {
    run(|vm| vm.format_value(w(v), conv as usize, w(spec)))
}

extern "sysv64" fn h_list_extend(l: u64, it: u64) -> u64 {
    run(|vm| vm.list_extend(w(l), w(it)).and_then(|_| none()))
}

extern "sysv64" fn h_list_append(l: u64, v: u64) -> u64 {
    run(|vm| {
        vm.list_push(w(l), w(v));
        none()
    })
}

/// Calls `f` with `n` positional arguments. A native method of a builtin type whose
/// receiver is exactly of that type runs its Rust function directly (what `Vm::call`
/// does, without the receiver checks and unwrapping only subclass instances need).
#[allow(clippy::too_many_arguments)]
extern "sysv64" fn h_call(
    f: u64,
    n: u64,
    a0: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
) -> u64 {
    let vs = items(n, [a0, a1, a2, a3, a4, a5]);
    run(|vm| {
        if has_layout(w(f), LayoutId::Native) {
            let nat = get::<NativeObj>(w(f));
            let def = &vm.natives[nat.index as usize];
            let (nf, owner) = (def.f, def.owner);
            if nat.self_.is_empty()
                && (owner.is_empty() || vs.first().is_some_and(|r| vm.type_of(*r) == owner))
            {
                return nf(vm, &vs, &[]);
            }
        }
        vm.call(w(f), &vs)
    })
}

/// Calls the Python function `f` with `n` positional arguments from a trace that keeps
/// `inl` inlined frames virtual (`call.rs`, residual calls of recursion and of functions
/// with loops): the recursion limit counts them, and not the helper's own Rust re-entry,
/// as the interpreter would. A function with a compiled function trace runs it directly
/// (`crate::call_assembler`), others through the VM's call.
#[allow(clippy::too_many_arguments)]
extern "sysv64" fn h_call_assembler(
    f: u64,
    inl: u64,
    n: u64,
    a0: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
    a6: u64,
    a7: u64,
) -> u64 {
    let all = [a0, a1, a2, a3, a4, a5, a6, a7].map(w);
    let vs = &all[..(n as usize).min(CALL_ASSEMBLER_ARGS)];
    run(|vm| {
        let saved = vm.recursion_limit;
        let limit = (saved + 1).saturating_sub(inl as usize).max(1);
        vm.recursion_limit = limit;
        let r = crate::call_assembler::call(vm, w(f), vs);
        if vm.recursion_limit == limit {
            vm.recursion_limit = saved;
        }
        r
    })
}

extern "sysv64" fn h_get_iter(v: u64) -> u64 {
    run(|vm| vm.get_iter(w(v)))
}

/// The next item's word, or 0 (EMPTY) when the iterator is exhausted.
extern "sysv64" fn h_iter_next(it: u64) -> u64 {
    run(|vm| Ok(vm.iter_next(w(it))?.unwrap_or(Value::EMPTY)))
}

/// What a helper may do besides returning its result (the optimizer's call effect).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Runs {
    /// It may run Python code (dunders, `__hash__`/`__eq__` of keys, generators,
    /// natives that mutate dicts and classes): any dict or class version may change.
    Python,
    /// It only makes new objects or fills the list or dict it is given, with builtin
    /// operations: dict and class versions guarded before the call still hold after it.
    Builtin,
}

macro_rules! helpers {
    ($( $name:ident = $f:ident ( $($t:ident),* ) $runs:ident; )*) => {
        /// The VM helpers traces call (one table: name, function, argument types, and
        /// whether Python code may run in them).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(super) enum Helper { $($name,)* }
        impl Helper {
            fn def(self) -> (&'static str, u64, Vec<Type>, Runs) {
                match self {
                    $(Helper::$name => (
                        stringify!($f),
                        $f as *const () as u64,
                        vec![$(Type::$t),*],
                        Runs::$runs,
                    ),)*
                }
            }
        }
    };
}

helpers! {
    BinaryOp = h_binary_op(Int, Ref, Ref) Python;
    CompareOp = h_compare_op(Int, Ref, Ref) Python;
    Contains = h_contains(Int, Ref, Ref) Python;
    Unary = h_unary(Int, Ref) Python;
    GetItem = h_getitem(Ref, Ref) Python;
    SetItem = h_setitem(Ref, Ref, Ref) Python;
    DelItem = h_delitem(Ref, Ref) Python;
    BuildSlice = h_build_slice(Ref, Ref, Ref) Builtin;
    BuildList = h_build_list(Int, Ref, Ref, Ref, Ref, Ref, Ref) Builtin;
    BuildSet = h_build_set(Int, Ref, Ref, Ref, Ref, Ref, Ref) Python;
    BuildString = h_build_string(Int, Ref, Ref, Ref, Ref, Ref, Ref) Builtin;
    DictPairs = h_dict_pairs(Ref, Int, Ref, Ref, Ref, Ref, Ref, Ref) Python;
    DictFill = h_dict_fill(Ref, Ref, Int, Int, Ref, Ref, Ref, Ref) Builtin;
    DictFillAny = h_dict_fill(Ref, Ref, Int, Int, Ref, Ref, Ref, Ref) Python;
    FormatValue = h_format_value(Ref, Int, Ref) Python;
    ListExtend = h_list_extend(Ref, Ref) Python;
    ListAppend = h_list_append(Ref, Ref) Builtin;
    ListRepeat = h_list_repeat(Ref, Int) Builtin;
    Call = h_call(Ref, Int, Ref, Ref, Ref, Ref, Ref, Ref) Python;
    CallAssembler = h_call_assembler(Ref, Int, Int, Ref, Ref, Ref, Ref, Ref, Ref, Ref, Ref) Python;
    GetIter = h_get_iter(Ref) Python;
    IterNext = h_iter_next(Ref) Python;
}

/// Builtin functions a trace must not call from a helper: they read the caller's
/// interpreter frame, which a trace does not keep up to date (inlined frames do not
/// exist, the loop frame's slots live in registers).
const FRAME_READERS: &[&str] = &[
    "globals",
    "locals",
    "vars",
    "dir",
    "eval",
    "exec",
    "compile",
    "__import__",
    "__build_class__",
    "breakpoint",
    "_getframe",
    "exc_info",
    "exception",
    "input",
];

/// Builtin types whose call a trace leaves to the VM (`type.__call__` of a builtin
/// class runs no Python code of the class itself).
const CALLABLE_TYPES: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "enumerate",
    "zip",
    "reversed",
    "bytes",
    "bytearray",
    "slice",
    "complex",
    "map",
    "filter",
];

/// Layouts of builtin objects whose native methods LOAD_METHOD may resolve in a trace.
const METHOD_LAYOUTS: &[LayoutId] = &[
    LayoutId::List,
    LayoutId::Tuple,
    LayoutId::Dict,
    LayoutId::Set,
    LayoutId::FrozenSet,
    LayoutId::Str,
    LayoutId::Bytes,
    LayoutId::ByteArray,
    LayoutId::Range,
];

impl Recorder {
    /// Emits a call of a pure helper (`extern "sysv64"`, no effects, never raises or
    /// collects) `name` at `addr` taking `args` of types `tys`: its result of type `result`.
    pub(super) fn call_pure(
        &mut self,
        name: &str,
        addr: u64,
        args: &[Opnd],
        tys: &[Type],
        result: Type,
    ) -> Opnd {
        let cd = self.trace.descrs.call(CallDescr {
            name: name.into(),
            addr,
            args: tys.to_vec(),
            result,
            effect: Effect::Pure,
            can_raise: false,
            can_collect: false,
        });
        let op = match result {
            Type::Float => Opcode::CallF,
            Type::Ref => Opcode::CallR,
            _ => Opcode::CallI,
        };
        Opnd::Ref(self.trace.emit(op, args, Descr::Call(cd)))
    }

    /// Emits a call of helper `h` and its `guard_no_exception` (the snapshot of the state
    /// before the instruction: an exception is raised at it). Versions guarded so far are
    /// forgotten when the helper may run Python code ([`Runs`]; its call descr then says
    /// `EF=force`, and the optimizer forgets the version words it remembers).
    pub(super) fn residual(&mut self, h: Helper, args: &[Opnd]) -> Opnd {
        let (name, addr, tys, runs) = h.def();
        let mut args = args.to_vec();
        while args.len() < tys.len() {
            let z = match tys[args.len()] {
                Type::Ref => self.trace.ptr(0),
                _ => self.trace.int(0),
            };
            args.push(z);
        }
        let s = self.snap();
        let cd = self.trace.descrs.call(CallDescr {
            name: name.into(),
            addr,
            args: tys,
            result: Type::Ref,
            effect: match runs {
                Runs::Python => Effect::MayForce,
                Runs::Builtin => Effect::MayWrite,
            },
            can_raise: true,
            can_collect: false,
        });
        let r = Opnd::Ref(self.trace.emit(Opcode::CallR, &args, Descr::Call(cd)));
        self.trace.guard(Opcode::GuardNoException, &[], s);
        if runs == Runs::Python {
            self.guarded.clear();
            self.globals_read.clear();
        }
        self.in_residual = true;
        r
    }

    /// The word passed to a helper for mirror operand `o` (concretely `v`).
    pub(super) fn arg_word(&mut self, o: Opnd, v: Value) -> Result<Opnd, Abort> {
        self.check(o, v)?;
        if v.is_bool() && self.ty(o) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "unboxed bool passed to a helper"));
        }
        self.box_word(o)
    }

    /// Words for the top `n` operands, deepest first.
    pub(super) fn top_words(&mut self, vm: &Vm, n: usize) -> Result<Vec<Opnd>, Abort> {
        let mut ws = Vec::with_capacity(n);
        for k in (0..n).rev() {
            let (o, v) = (self.peek(k)?, Self::concrete(vm, k));
            ws.push(self.arg_word(o, v)?);
        }
        Ok(ws)
    }

    /// Pushes helper result `w`; the next instruction resolves it.
    pub(super) fn push_pending(&mut self, w: Opnd, obj: bool) {
        self.push(w);
        self.pending = Some(Pending::Result {
            slot: self.slots.len() - 1,
            obj,
        });
    }

    /// Does the pending FOR_ITER accept the interpreter going to `pc` (its exit)?
    pub(super) fn pending_exit(&self, pc: u32) -> bool {
        matches!(self.pending, Some(Pending::ForIter { exit, .. }) if exit == pc)
    }

    /// At instruction `pc` (the state right after the previous one): guards and unboxes
    /// the previous instruction's helper result by its now known value.
    pub(super) fn resolve_pending(&mut self, vm: &Vm, pc: u32) -> Result<(), Abort> {
        let Some(p) = self.pending.take() else {
            return Ok(());
        };
        self.cur_pc = pc;
        self.cur_snap = None;
        let base = vm.frames[self.depth - 1].base;
        let depth = vm.stack.len() - base;
        let next_op = code_data(self.cur_code())
            .code
            .code
            .get(pc as usize)
            .map(|i| i.op);
        match p {
            Pending::Result { slot, obj } => {
                if depth != self.slots.len() {
                    return Err(u(AbortKind::ControlFlow, "stack depth after a helper call"));
                }
                let Some(w) = self.slots.get(slot).copied().flatten() else {
                    return Err(u(AbortKind::Unsupported, "helper result slot"));
                };
                let v = vm.stack[base + slot];
                if (obj && v.is_ptr() && !is_float(v)) || next_op == Some(Bc::POP_TOP) {
                    return Ok(());
                }
                let r = self.unbox_word(w, v)?;
                self.slots[slot] = Some(r);
            }
            Pending::ForIter { w, pc: at, exit } => {
                // The sentinel test is a comparison, not guard_nonnull/guard_isnull: the
                // optimizer strengthens a guard_nonnull with later class guards on the
                // item, and this guard's snapshot is only right for the exhausted case.
                let null = self.trace.ptr(0);
                let done = self.emit(Opcode::PtrEq, &[w, null]);
                let it = self.slots.pop().flatten();
                if pc == at + 1 {
                    // An item: if the iterator is exhausted next time, leave as the
                    // interpreter's FOR_ITER does (iterator popped, at the exit).
                    self.cur_pc = exit;
                    let s = self.snap();
                    self.slots.push(it);
                    self.cur_pc = pc;
                    self.cur_snap = None;
                    self.trace.guard(Opcode::GuardFalse, &[done], s);
                    self.push(w);
                    if depth != self.slots.len() {
                        return Err(u(AbortKind::ControlFlow, "stack depth after FOR_ITER"));
                    }
                    if next_op != Some(Bc::POP_TOP) {
                        let v = Self::concrete(vm, 0);
                        let r = self.unbox_word(w, v)?;
                        let n = self.slots.len();
                        self.slots[n - 1] = Some(r);
                    }
                } else {
                    // Exhausted: if an item comes next time, leave with it pushed, at the
                    // instruction after FOR_ITER.
                    self.slots.push(it);
                    self.push(w);
                    self.cur_pc = at + 1;
                    let s = self.snap();
                    self.slots.pop();
                    self.slots.pop();
                    self.cur_pc = pc;
                    self.cur_snap = None;
                    self.trace.guard(Opcode::GuardTrue, &[done], s);
                    if depth != self.slots.len() {
                        return Err(u(AbortKind::ControlFlow, "stack depth after FOR_ITER"));
                    }
                }
            }
        }
        Ok(())
    }

    /// BINARY_OP the recorder does not specialise: `binary_op` of the VM.
    pub(super) fn binary_residual(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        if self.list_repeat(vm, arg)? {
            return Ok(());
        }
        let ws = self.top_words(vm, 2)?;
        let op = self.trace.int(arg as i64);
        let r = self.residual(Helper::BinaryOp, &[op, ws[0], ws[1]]);
        self.pop()?;
        self.pop()?;
        self.push_pending(r, false);
        Ok(())
    }

    /// COMPARE_OP the recorder does not specialise: `compare_op` of the VM (two strs:
    /// a pure three-way comparison).
    pub(super) fn compare_residual(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        let (ca, cb) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        if has_layout(ca, LayoutId::Str) && has_layout(cb, LayoutId::Str) && arg < 6 {
            return self.compare_str(ca, cb, arg);
        }
        let ws = self.top_words(vm, 2)?;
        let op = self.trace.int(arg as i64);
        let r = self.residual(Helper::CompareOp, &[op, ws[0], ws[1]]);
        self.pop()?;
        self.pop()?;
        self.push_pending(r, false);
        Ok(())
    }

    /// `a OP b` for two strs: `str_cmp` (pure, -1/0/1) and an int comparison; the result
    /// stays an int when a branch follows (as for numbers), else a guarded constant.
    fn compare_str(&mut self, ca: Value, cb: Value, arg: usize) -> Result<(), Abort> {
        let (a, b) = (self.peek(1)?, self.peek(0)?);
        if self.ty(a) != Type::Ref || self.ty(b) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "comparison of unboxed strs"));
        }
        let lay = self.trace.int(LayoutId::Str as i64);
        for o in [a, b] {
            if self.trace.as_const(o).is_none() {
                self.guard(Opcode::GuardClass, &[o, lay]);
            }
        }
        let c = self.call_pure(
            "str_cmp",
            str_cmp as *const () as u64,
            &[a, b],
            &[Type::Ref, Type::Ref],
            Type::Int,
        );
        let ord = coil_vm::objects::str::text(ca).cmp(coil_vm::objects::str::text(cb));
        let zero = self.trace.int(0);
        let (opc, t) = match arg {
            0 => (Opcode::IntLt, ord.is_lt()),
            1 => (Opcode::IntLe, ord.is_le()),
            2 => (Opcode::IntEq, ord.is_eq()),
            3 => (Opcode::IntNe, ord.is_ne()),
            4 => (Opcode::IntGt, ord.is_gt()),
            _ => (Opcode::IntGe, ord.is_ge()),
        };
        let r = self.emit(opc, &[c, zero]);
        self.push_outcome(r, t, 2)
    }

    /// Replaces the `n` operands of a test by its outcome: the 0/1 int `r` when a branch
    /// comes next (it tests the int, as for a comparison of numbers), else a guard that
    /// `r` is `t` (resuming before the instruction) and the bool constant.
    pub(super) fn push_outcome(&mut self, r: Opnd, t: bool, n: usize) -> Result<(), Abort> {
        let next = code_data(self.cur_code())
            .code
            .code
            .get(self.cur_pc as usize + 1)
            .map(|i| i.op);
        let branch = matches!(
            next,
            Some(Bc::POP_JUMP_IF_FALSE) | Some(Bc::POP_JUMP_IF_TRUE)
        );
        if !branch {
            let g = if t {
                Opcode::GuardTrue
            } else {
                Opcode::GuardFalse
            };
            self.guard(g, &[r]);
        }
        for _ in 0..n {
            self.pop()?;
        }
        let out = if branch {
            r
        } else {
            self.constant(Value::bool(t))?
        };
        self.push(out);
        Ok(())
    }

    /// CONTAINS_OP (`arg` 1: `not in`).
    pub(super) fn contains_op(&mut self, vm: &mut Vm, arg: usize) -> Result<(), Abort> {
        if self.contains_native(vm, arg)? || self.str_contains_op(vm, arg)? {
            return Ok(());
        }
        let ws = self.top_words(vm, 2)?;
        let neg = self.trace.int((arg == 1) as i64);
        let r = self.residual(Helper::Contains, &[neg, ws[0], ws[1]]);
        self.pop()?;
        self.pop()?;
        self.push_pending(r, true);
        Ok(())
    }

    /// UNARY_NOT / UNARY_INVERT / UNARY_POSITIVE / UNARY_NEGATIVE on an object.
    pub(super) fn unary_residual(&mut self, vm: &Vm, op: Bc) -> Result<(), Abort> {
        let ws = self.top_words(vm, 1)?;
        let k = self.trace.int(op as u8 as i64);
        let r = self.residual(Helper::Unary, &[k, ws[0]]);
        self.pop()?;
        self.push_pending(r, op == Bc::UNARY_NOT);
        Ok(())
    }

    /// BINARY_SUBSCR through the VM's `getitem`.
    pub(super) fn subscr_residual(&mut self, vm: &mut Vm) -> Result<(), Abort> {
        if self.dict_subscr_native(vm)? || self.str_subscr_native(vm)? {
            return Ok(());
        }
        let ws = self.top_words(vm, 2)?;
        let r = self.residual(Helper::GetItem, &ws);
        self.pop()?;
        self.pop()?;
        self.push_pending(r, false);
        Ok(())
    }

    /// STORE_SUBSCR (`v c k` on the stack) through the VM's `setitem`.
    pub(super) fn store_subscr_residual(&mut self, vm: &mut Vm) -> Result<(), Abort> {
        if self.dict_store_native(vm)? {
            return Ok(());
        }
        let ws = self.top_words(vm, 3)?;
        self.residual(Helper::SetItem, &[ws[1], ws[2], ws[0]]);
        for _ in 0..3 {
            self.pop()?;
        }
        Ok(())
    }

    /// DELETE_SUBSCR.
    pub(super) fn delete_subscr(&mut self, vm: &Vm) -> Result<(), Abort> {
        let ws = self.top_words(vm, 2)?;
        self.residual(Helper::DelItem, &ws);
        self.pop()?;
        self.pop()?;
        Ok(())
    }

    /// BUILD_SLICE(2 or 3).
    pub(super) fn build_slice(&mut self, vm: &Vm, n: usize) -> Result<(), Abort> {
        let mut ws = self.top_words(vm, n)?;
        if n == 2 {
            let none = self.constant(Value::none())?;
            ws.push(none);
        }
        let r = self.residual(Helper::BuildSlice, &ws);
        for _ in 0..n {
            self.pop()?;
        }
        self.push_pending(r, true);
        Ok(())
    }

    /// BUILD_LIST / BUILD_SET / BUILD_STRING(n) (BUILD_MAP: `dict.rs`).
    pub(super) fn build_residual(&mut self, vm: &Vm, op: Bc, n: usize) -> Result<(), Abort> {
        let (h, words) = match op {
            Bc::BUILD_LIST => (Helper::BuildList, n),
            Bc::BUILD_SET => (Helper::BuildSet, n),
            _ => (Helper::BuildString, n),
        };
        if words > MAX_ARGS {
            return Err(u(
                AbortKind::Unsupported,
                format!("{} with many items", op.name()),
            ));
        }
        let mut args = vec![self.trace.int(n as i64)];
        args.extend(self.top_words(vm, words)?);
        let r = self.residual(h, &args);
        for _ in 0..words {
            self.pop()?;
        }
        self.push_pending(r, true);
        Ok(())
    }

    /// FORMAT_VALUE (`arg & 3` the conversion, `arg & 4`: a spec on the stack).
    pub(super) fn format_value(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        let spec = arg & 4 != 0;
        let mut ws = self.top_words(vm, if spec { 2 } else { 1 })?;
        if !spec {
            ws.push(self.trace.ptr(0));
        }
        let conv = self.trace.int((arg & 3) as i64);
        let r = self.residual(Helper::FormatValue, &[ws[0], conv, ws[1]]);
        self.pop()?;
        if spec {
            self.pop()?;
        }
        self.push_pending(r, true);
        Ok(())
    }

    /// LIST_EXTEND(i).
    pub(super) fn list_extend(&mut self, vm: &Vm, i: usize) -> Result<(), Abort> {
        let (it, l) = (self.peek(0)?, self.peek(i)?);
        let wl = self.arg_word(l, Self::concrete(vm, i))?;
        let wi = self.arg_word(it, Self::concrete(vm, 0))?;
        self.residual(Helper::ListExtend, &[wl, wi]);
        self.pop()?;
        Ok(())
    }

    /// `l.append(v)` when the list has no room: the VM grows it.
    pub(super) fn list_append_residual(&mut self, l: Opnd, v: Opnd) -> Result<(), Abort> {
        self.residual(Helper::ListAppend, &[l, v]);
        Ok(())
    }

    /// LOAD_METHOD of a native method on an object of a builtin type (`lst.pop`,
    /// `d.get`, `s.split`, ...): guards the layout and the type's version; the stack
    /// becomes `[method, obj]` as the interpreter's method cache makes it.
    pub(super) fn load_method_builtin(&mut self, vm: &mut Vm, name: Value) -> Result<(), Abort> {
        let obj = Self::concrete(vm, 0);
        let o = self.top()?;
        if self.ty(o) == Type::Ref
            && (has_layout(obj, LayoutId::Module) || has_layout(obj, LayoutId::Type))
        {
            // `math.sqrt(x)`, `Class.static(x)`: the interpreter pushes NULL and the
            // attribute.
            if has_layout(obj, LayoutId::Module) {
                self.load_attr_module(vm, name)?;
            } else {
                self.load_attr_type(vm, name)?;
            }
            let c = self.pop()?;
            self.slots.push(None);
            self.push(c);
            return Ok(());
        }
        let layout = obj
            .is_ptr()
            .then(|| coil_vm::heap::header(obj).layout)
            .and_then(LayoutId::from_u32);
        let Some(layout) =
            layout.filter(|l| METHOD_LAYOUTS.contains(l) || self.generator_method_ok(*l))
        else {
            let what = layout.map(|l| l.name()).unwrap_or("unboxed");
            return Err(u(
                AbortKind::Unsupported,
                format!("LOAD_METHOD on a non-instance ({what})"),
            ));
        };
        if self.ty(o) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "LOAD_METHOD on an unboxed value"));
        }
        let cls = vm.type_of(obj);
        let f = vm
            .lookup(cls, name)
            .filter(|f| has_layout(*f, LayoutId::Native))
            .ok_or_else(|| u(AbortKind::Unsupported, "LOAD_METHOD of a non-native"))?;
        if !type_data(cls).builtin || vm.receiver_for_native(f, obj) != obj {
            return Err(u(AbortKind::Unsupported, "LOAD_METHOD of this method"));
        }
        let lay = self.trace.int(layout as i64);
        self.guard(Opcode::GuardClass, &[o, lay]);
        self.guard_class_version(cls)?;
        let k = self.pin(vm, f)?;
        let n = self.slots.len();
        self.slots[n - 1] = Some(k);
        self.push(o);
        Ok(())
    }

    /// A call of a native function or method, or of a builtin type, through the VM
    /// (`fv` the callable, mirrored by `fo`; its `nargs` arguments follow it from mirror
    /// slot `fpos + 1`; the result goes to slot `ret`). None: not such a callable.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_residual(
        &mut self,
        vm: &mut Vm,
        fv: Value,
        fo: Opnd,
        fpos: usize,
        nargs: usize,
        ret: usize,
    ) -> Result<Option<()>, Abort> {
        let ok = if has_layout(fv, LayoutId::Native) {
            let n = get::<NativeObj>(fv);
            let name = vm.natives[n.index as usize].name;
            !FRAME_READERS.contains(&name)
        } else if has_layout(fv, LayoutId::Type) && type_data(fv).builtin {
            let b = vm.builtins;
            CALLABLE_TYPES.iter().any(|t| {
                let k = vm.intern(t);
                vm.dict_get_str(b, k) == Some(fv)
            })
        } else {
            false
        };
        if !ok {
            return Ok(None);
        }
        if nargs > MAX_ARGS {
            return Err(u(AbortKind::Unsupported, "native call with many arguments"));
        }
        if self.ty(fo) != Type::Ref {
            return Err(u(AbortKind::TypeUnstable, "callable is unboxed"));
        }
        let vbase = vm.frames[self.depth - 1].base;
        let args2 = (nargs == 2).then(|| (self.slots[fpos + 1], self.slots[fpos + 2]));
        if let Some((Some(s), Some(k))) = args2 {
            let (sv, kv) = (vm.stack[vbase + fpos + 1], vm.stack[vbase + fpos + 2]);
            if super::set::is_set_add(vm, fv, sv, kv) {
                let kf = self.pin(vm, fv)?;
                if self.trace.as_const(fo).is_none() {
                    self.guard(Opcode::GuardValue, &[fo, kf]);
                }
                if let Some(r) = self.set_add_native_call(s, k, kv)? {
                    self.slots.truncate(ret);
                    self.push(r);
                    return Ok(Some(()));
                }
            }
        }
        if nargs == 1 && math_fn(vm, "sqrt") == Some(fv) {
            // math.sqrt of a non-negative number: a pure call.
            let (a, av) = (self.slots[fpos + 1], vm.stack[vbase + fpos + 1]);
            let x = if av.is_small() {
                av.small_value() as f64
            } else if is_float(av) {
                coil_vm::objects::float::float_value(av)
            } else {
                -1.0
            };
            if let Some(a) = a.filter(|a| matches!(self.ty(*a), Type::Int | Type::Float)) {
                if x >= 0.0
                    && !av.is_bool()
                    && (!av.is_small() || av.small_value().unsigned_abs() <= 1 << 53)
                {
                    self.check(a, av)?;
                    let k = self.pin(vm, fv)?;
                    if self.trace.as_const(fo).is_none() {
                        self.guard(Opcode::GuardValue, &[fo, k]);
                    }
                    let f = self.float_opnd(a);
                    let z = self.trace.float(0.0);
                    let ge = self.emit(Opcode::FloatGe, &[f, z]);
                    self.guard(Opcode::GuardTrue, &[ge]);
                    let r = self.call_pure(
                        "float_sqrt",
                        float_sqrt as *const () as u64,
                        &[f],
                        &[Type::Float],
                        Type::Float,
                    );
                    self.slots.truncate(ret);
                    self.push(r);
                    return Ok(Some(()));
                }
            }
        }
        let mut args = vec![];
        for i in 0..nargs {
            let o = self.slots[fpos + 1 + i]
                .ok_or_else(|| u(AbortKind::Unsupported, "empty argument"))?;
            let v = vm.stack[vbase + fpos + 1 + i];
            args.push(self.arg_word(o, v)?);
        }
        let k = self.pin(vm, fv)?;
        if self.trace.as_const(fo).is_none() {
            self.guard(Opcode::GuardValue, &[fo, k]);
        }
        let n = self.trace.int(nargs as i64);
        let mut call = vec![k, n];
        call.extend(args);
        let r = self.residual(Helper::Call, &call);
        self.slots.truncate(ret);
        self.push_pending(r, false);
        Ok(Some(()))
    }

    /// LOAD_ATTR on a class without a metaclass whose attribute needs no binding (a
    /// constant, a function, a static method's function, a native): a constant behind
    /// guards on the class and its version.
    pub(super) fn load_attr_type(&mut self, vm: &mut Vm, name: Value) -> Result<(), Abort> {
        let t = Self::concrete(vm, 0);
        let o = self.top()?;
        let no = |what: &str| Err(u(AbortKind::Unsupported, format!("LOAD_ATTR of {what}")));
        if self.ty(o) != Type::Ref || !type_data(t).meta.is_empty() {
            return no("a class with a metaclass");
        }
        let Some(a) = vm.lookup(t, name) else {
            return no("a missing class attribute");
        };
        let v = if a.is_ptr() && has_layout(a, LayoutId::Wrapper) {
            let w = get::<coil_vm::layout::WrapperObj>(a);
            if w.kind != coil_vm::objects::types::WrapKind::StaticMethod as u64 {
                return no("a class attribute descriptor");
            }
            w.a
        } else if a.is_ptr() && has_layout(a, LayoutId::Instance) {
            let c = get::<coil_vm::layout::InstanceObj>(a).cls;
            if vm.lookup(c, vm.names.get).is_some() || !type_data(c).base_value_type.is_empty() {
                return no("a class attribute descriptor");
            }
            a
        } else {
            a
        };
        let kt = self.pin(vm, t)?;
        if self.trace.as_const(o).is_none() {
            self.guard(Opcode::GuardValue, &[o, kt]);
        }
        self.guard_class_version(t)?;
        let c = self.pin(vm, v)?;
        self.pop()?;
        self.push(c);
        Ok(())
    }

    /// LOAD_ATTR on a module: the attribute is a constant behind a guard on the module
    /// dict's version (like a global).
    pub(super) fn load_attr_module(&mut self, vm: &mut Vm, name: Value) -> Result<(), Abort> {
        let m = Self::concrete(vm, 0);
        let o = self.top()?;
        if self.ty(o) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "LOAD_ATTR on an unboxed value"));
        }
        let d = get::<ModuleObj>(m).dict;
        if !has_layout(d, LayoutId::Dict) || !super::is_stable(d) {
            return Err(u(AbortKind::Unsupported, "module dict in the nursery"));
        }
        let Some(v) = vm.dict_get_str(d, name) else {
            return Err(u(
                AbortKind::Unsupported,
                "LOAD_ATTR of a missing module attribute",
            ));
        };
        let km = self.pin(vm, m)?;
        if self.trace.as_const(o).is_none() {
            self.guard(Opcode::GuardValue, &[o, km]);
        }
        // The trace embeds the attribute's value: rebinding it must change the version.
        coil_vm::objects::dict::dict_data(d).watch(coil_vm::objects::str::str_hash(name));
        self.guard_dict_version(d);
        let c = self.pin(vm, v)?;
        self.pop()?;
        self.push(c);
        Ok(())
    }
}
