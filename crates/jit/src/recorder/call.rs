//! Recording calls: `LOAD_METHOD` on instances, calls of Python functions inlined into
//! the trace (the mirror gets a frame; every snapshot carries all inlined frames), and
//! returns from inlined frames.
//!
//! The mirror lays frames out exactly as the interpreter does on its value stack: a
//! caller's slots and operands, then the call's marker words (`NULL`, the function),
//! then the callee's slots. The function is always the word just below the callee's
//! slot 0, so a snapshot's caller frame ends with it and deopt finds it there.

use super::residual::Helper;
use super::{u, Kind, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_compiler::code::CodeFlags;
use coil_compiler::opcode::Opcode as Bc;
use coil_ir::{Descr, FieldDescr, Opcode, Opnd, SizeDescr, Type};
use coil_vm::heap::{get, has_layout, items};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{
    off, BoundMethodObj, CellObj, FunctionObj, InstanceObj, LayoutId, WrapperObj,
};
use coil_vm::objects::float::is_float;
use coil_vm::objects::types::{type_data, WrapKind};
use coil_vm::{Value, Vm};

/// Deepest chain of inlined calls; deeper calls abort the recording.
pub const MAX_INLINE_DEPTH: usize = 6;

thread_local! {
    /// Per code object (by its `Rc` address, checked through the weak reference): does
    /// its bytecode jump backward? Computed once.
    static HAS_LOOP: std::cell::RefCell<
        rustc_hash::FxHashMap<usize, (std::rc::Weak<coil_compiler::code::CodeObject>, bool)>,
    > = Default::default();
}

/// Does `code` contain a loop (a backward jump)? Such a function is not inlined: its
/// loop would end the recording ("loop in an inlined function"); a call of it is a
/// residual call whose loops run in the VM, entering their own compiled code (PyPy's
/// answer to a loop inside a callee: the callee is not traced into).
pub fn has_loop(code: Value) -> bool {
    let c = &code_data(code).code;
    let key = std::rc::Rc::as_ptr(c) as usize;
    HAS_LOOP.with(|m| {
        let mut m = m.borrow_mut();
        if let Some((w, b)) = m.get(&key) {
            if w.strong_count() > 0 {
                return *b;
            }
        }
        let b = c
            .code
            .iter()
            .any(|i| matches!(i.op, Bc::JUMP_BACKWARD | Bc::JUMP_BACKWARD_NO_INTERRUPT));
        m.insert(key, (std::rc::Rc::downgrade(c), b));
        b
    })
}

/// What deopt needs to rebuild a snapshot frame as an interpreter frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    /// Words between the frame's return slot and its slot 0 (the call's marker words:
    /// the function, and `NULL` below it for `CALL_METHOD` of a plain callable). 0 for
    /// the loop's own frame, which deopt does not rebuild.
    pub gap: usize,
    /// An `__init__` frame: the snapshot frame's first value is the instance the call
    /// returns (`Frame::extra`), before the frame's slots.
    pub init: bool,
    /// Entered by a call bytecode (not a dunder the interpreter calls from Rust): a
    /// bridge may start in it.
    pub call: bool,
}

impl FrameInfo {
    /// The loop's frame.
    pub fn loop_frame(_code: Value) -> FrameInfo {
        FrameInfo {
            gap: 0,
            init: false,
            call: true,
        }
    }
}

/// What `C(...)` turned into.
enum Instantiate {
    /// The instance, complete (no Python `__init__`).
    Plain(Opnd),
    /// The `__init__` function constant and the instance it initializes.
    Init(Opnd, Opnd),
}

/// Why a mirrored frame runs: what its return does in the caller.
#[derive(Clone, Copy, Debug)]
pub(super) enum FrameKind {
    /// A call bytecode (`init`: the instance an `__init__` frame returns).
    Call { init: Option<Opnd> },
    /// A dunder of BINARY_OP/COMPARE_OP called by the interpreter from Rust: a
    /// NotImplemented result would make the interpreter try the reflected method.
    Binop,
    /// Another function the interpreter calls from Rust (a property getter,
    /// `__getitem__`, ...): its result replaces the instruction's operands.
    Special,
}

/// An inlined call: the callee, its mirror, where it sits and returns.
#[derive(Clone, Copy, Debug)]
pub(super) struct Inline {
    /// The function.
    pub fv: Value,
    /// Its mirror.
    pub fo: Opnd,
    /// Mirror index of the function word (its arguments follow).
    pub fpos: usize,
    /// Mirror index the result goes to.
    pub ret: usize,
    /// The caller's pc after the call.
    pub resume: u32,
    /// What the frame is.
    pub kind: FrameKind,
}

/// One mirrored frame.
#[derive(Clone, Copy, Debug)]
pub(super) struct MFrame {
    /// Its code object.
    pub code: Value,
    /// Its `FrameInfo` index (the snapshot frame's code id).
    pub info: u32,
    /// Index of slot 0 in the mirror.
    pub base: usize,
    /// Number of slots.
    pub nslots: usize,
    /// While it calls: the pc it resumes at when the callee returns.
    pub resume: u32,
    /// Where its result goes in the mirror.
    pub ret: usize,
    /// The instance an `__init__` frame returns.
    pub extra: Option<Opnd>,
    /// What the frame is.
    pub kind: FrameKind,
}

impl MFrame {
    /// The loop's frame.
    pub fn loop_frame(code: Value, nslots: usize) -> MFrame {
        MFrame {
            code,
            info: 0,
            base: 0,
            nslots,
            resume: 0,
            ret: 0,
            extra: None,
            kind: FrameKind::Call { init: None },
        }
    }
}

impl Recorder {
    /// A constant for a heap object the trace embeds. A young object gets its final
    /// address (the old-space block the next minor collection copies it to, as `id()`
    /// does) and a collection is requested: the trace checks that request at its loop
    /// header before anything else, so it never runs with the object still young.
    /// (Values held across instructions must be old: a collection can run between two
    /// recorded instructions.)
    pub(super) fn pin(&mut self, vm: &mut Vm, v: Value) -> Result<Opnd, Abort> {
        if !v.is_ptr() || super::is_stable(v) {
            return self.constant(v);
        }
        let addr = vm.heap.identity(v) as u64;
        vm.heap.request_collection();
        // Rooted now, not through `keep`: the collection may run before the recording
        // ends (at a call's safepoint) and a root is updated when the object moves.
        if !vm.misc_roots.contains(&v) {
            vm.misc_roots.push(v);
        }
        let layout = coil_vm::heap::header(v).layout;
        self.trace.const_classes.retain(|c| c.0 != addr);
        self.trace.const_classes.push((addr, layout));
        Ok(self.trace.ptr(addr))
    }

    /// LOAD_METHOD of a function found on an instance's class.
    pub(super) fn load_method(&mut self, vm: &mut Vm, name: Value) -> Result<(), Abort> {
        if self.super_method(vm, name)? {
            return Ok(());
        }
        let obj = Self::concrete(vm, 0);
        let o = self.top()?;
        if self.ty(o) == Type::Ref && has_layout(obj, LayoutId::List) {
            let cls = vm.type_of(obj);
            let f = vm.lookup(cls, name);
            let app = vm.intern("append");
            if name != app || !f.is_some_and(|f| has_layout(f, LayoutId::Native)) {
                return self.load_method_builtin(vm, name);
            }
            let f = f.expect("checked");
            let lay = self.trace.int(LayoutId::List as i64);
            self.guard(Opcode::GuardClass, &[o, lay]);
            let k = self.pin(vm, f)?;
            let n = self.slots.len();
            self.slots[n - 1] = Some(k);
            self.push(o);
            self.list_append_fn = f;
            return Ok(());
        }
        if self.ty(o) != Type::Ref {
            if self.load_method_int(vm, name)? {
                return Ok(());
            }
            return Err(u(AbortKind::Unsupported, "LOAD_METHOD on an unboxed value"));
        }
        if has_layout(obj, LayoutId::Type) {
            return self.load_method_static(vm, obj, o, name);
        }
        if !has_layout(obj, LayoutId::Instance) {
            return self.load_method_builtin(vm, name);
        }
        let cls = get::<InstanceObj>(obj).cls;
        let found = vm.lookup(cls, name);
        if !super::attr::hook_is_default(vm, cls, vm.names.getattribute) {
            return Err(u(
                AbortKind::Unsupported,
                "LOAD_METHOD with __getattribute__",
            ));
        }
        if let Some(slot) = vm.instance_slot_of(obj, name) {
            if found.is_some() {
                return Err(u(AbortKind::Unsupported, "LOAD_METHOD of a shadowed name"));
            }
            // A callable stored on the instance: `NULL, value`.
            let v = vm.instance_get_slot(obj, slot);
            let loc = self.guard_instance(o, obj, Some(slot))?;
            let w = self.load_slot(o, loc);
            let r = self.unbox_word(w, v)?;
            let n = self.slots.len();
            self.slots[n - 1] = None;
            self.push(r);
            return Ok(());
        }
        let Some(f) = found else {
            return Err(u(AbortKind::Unsupported, "LOAD_METHOD of a missing name"));
        };
        if has_layout(f, LayoutId::Wrapper)
            && get::<WrapperObj>(f).kind == WrapKind::ClassMethod as u64
            && type_data(cls).instance_based
            && has_layout(get::<WrapperObj>(f).a, LayoutId::Function)
        {
            // A classmethod: `NULL, a fresh bound method on the class`.
            let inner = get::<WrapperObj>(f).a;
            self.guard_instance(o, obj, None)?;
            let fk = self.pin(vm, inner)?;
            let ck = self.pin(vm, cls)?;
            let bm = self.new_bound_method(fk, ck)?;
            let n = self.slots.len();
            self.slots[n - 1] = None;
            self.push(bm);
            return Ok(());
        }
        if has_layout(f, LayoutId::Wrapper)
            && get::<WrapperObj>(f).kind == WrapKind::StaticMethod as u64
            && type_data(cls).instance_based
        {
            // A staticmethod: `NULL, function`.
            let inner = get::<WrapperObj>(f).a;
            self.guard_instance(o, obj, None)?;
            let k = self.pin(vm, inner)?;
            let n = self.slots.len();
            self.slots[n - 1] = None;
            self.push(k);
            return Ok(());
        }
        if !has_layout(f, LayoutId::Function)
            || vm.instance_slot_of(obj, name).is_some()
            || !type_data(cls).instance_based
            || !super::attr::hook_is_default(vm, cls, vm.names.getattribute)
        {
            return Err(u(AbortKind::Unsupported, "LOAD_METHOD of a non-function"));
        }
        self.guard_instance(o, obj, None)?;
        let k = self.pin(vm, f)?;
        let n = self.slots.len();
        self.slots[n - 1] = Some(k);
        self.push(o);
        Ok(())
    }

    /// LOAD_METHOD on a class (`C.f`, `C.static`): the attribute as a constant (`NULL,
    /// value` as the interpreter pushes it), guarded by the class's identity and version.
    fn load_method_static(
        &mut self,
        vm: &mut Vm,
        obj: Value,
        o: Opnd,
        name: Value,
    ) -> Result<(), Abort> {
        let v = {
            let d = type_data(obj);
            if !d.meta.is_empty() || d.is_meta {
                return Err(u(AbortKind::Unsupported, "LOAD_METHOD on this class"));
            }
            let Some(a) = vm.lookup(obj, name) else {
                return Err(u(
                    AbortKind::Unsupported,
                    "LOAD_METHOD of a missing class name",
                ));
            };
            let v = if has_layout(a, LayoutId::Function) {
                a
            } else if has_layout(a, LayoutId::Wrapper)
                && get::<WrapperObj>(a).kind == WrapKind::StaticMethod as u64
            {
                get::<WrapperObj>(a).a
            } else {
                return Err(u(
                    AbortKind::Unsupported,
                    "LOAD_METHOD of a class descriptor",
                ));
            };
            let k = self.pin(vm, obj)?;
            if self.trace.as_const(o).is_none() {
                self.guard(Opcode::GuardValue, &[o, k]);
            }
            self.guard_class_version(obj)?;
            v
        };
        let c = if is_float(v) {
            self.constant(v)?
        } else {
            self.pin(vm, v)?
        };
        let n = self.slots.len();
        self.slots[n - 1] = None;
        self.push(c);
        Ok(())
    }

    /// Guards that dict `d` (an old object) still has its current version.
    /// (A young dict is pinned: its table, whose version word the trace reads, lives
    /// in Rust memory that does not move, and the pin keeps it alive.)
    pub(super) fn guard_dict_unchanged(&mut self, vm: &mut Vm, d: Value) -> Result<(), Abort> {
        if !has_layout(d, LayoutId::Dict) {
            return Err(u(AbortKind::Unsupported, "version of a non-dict"));
        }
        let young = !super::is_stable(d);
        if young {
            self.pin(vm, d)?;
        }
        self.guard_dict_version(d);
        if young {
            // `keep` is for objects that do not move: the pin roots this one.
            self.keep.retain(|&k| k != d);
        }
        Ok(())
    }

    /// CALL / CALL_METHOD (`method`) with `arg` arguments at the instruction before
    /// `resume`: inlines a Python function (binding keywords, defaults and `*args` at
    /// record time), a bound method's function, a class's `__init__`, or models a
    /// builtin. Returns the next pc (the callee's first, or `resume`).
    pub(super) fn call(
        &mut self,
        vm: &mut Vm,
        method: bool,
        arg: usize,
        resume: u32,
    ) -> Result<u32, Abort> {
        let n = self.slots.len();
        let vbase = vm.frames[self.depth - 1].base;
        let (fpos, nargs, ret) = if !method {
            if arg + 1 > n - self.nslots {
                return Err(u(AbortKind::Unsupported, "CALL operands"));
            }
            (n - arg - 1, arg, n - arg - 1)
        } else {
            if arg + 2 > n - self.nslots {
                return Err(u(AbortKind::Unsupported, "CALL_METHOD operands"));
            }
            let m = n - arg - 2;
            if vm.stack[vbase + m].is_empty() {
                if self.slots[m].is_some() {
                    return Err(u(AbortKind::Unsupported, "CALL_METHOD marker"));
                }
                (m + 1, arg, m)
            } else {
                (m, arg + 1, m)
            }
        };
        let kwv = vm.frames.last().map(|f| f.kwnames).unwrap_or(Value::EMPTY);
        let kwnames: Vec<Value> = if kwv.is_empty() {
            vec![]
        } else {
            items(kwv).to_vec()
        };
        if !kwnames.is_empty() {
            // The frame's pending keyword names are set by KW_NAMES, which the trace does
            // not execute: a guard of this call resumes at the KW_NAMES before it.
            let cd = code_data(self.cur_code());
            let at = resume as usize;
            if at < 2 || cd.code.code[at - 2].op != Bc::KW_NAMES {
                return Err(u(AbortKind::Unsupported, "keywords without KW_NAMES"));
            }
            self.cur_pc = resume - 2;
            self.cur_snap = None;
        }
        // Every guard of the call resumes at it with the operands as they are now.
        self.snap();
        let mut fv = vm.stack[vbase + fpos];
        let Some(mut fo) = self.slots[fpos] else {
            return Err(u(AbortKind::Unsupported, "call of an empty slot"));
        };
        if fv == self.list_append_fn
            && method
            && nargs == 2
            && kwnames.is_empty()
            && self.trace.as_const(fo).is_some()
        {
            // `lst.append(v)` after LOAD_METHOD on a list.
            let (l, v) = (self.slots[fpos + 1], self.slots[fpos + 2]);
            let (Some(l), Some(v)) = (l, v) else {
                return Err(u(AbortKind::Unsupported, "append operands"));
            };
            let (lv, vv) = (vm.stack[vbase + fpos + 1], vm.stack[vbase + fpos + 2]);
            self.list_append(l, lv, v, vv)?;
            let none = self.constant(Value::none())?;
            self.slots.truncate(ret);
            self.push(none);
            return Ok(resume);
        }
        if let Some(b) = self.builtin_of(vm, fv) {
            if !kwnames.is_empty() {
                return Err(u(AbortKind::Unsupported, "builtin call with keywords"));
            }
            let args: Vec<Opnd> = self.slots[fpos + 1..]
                .iter()
                .map(|s| s.ok_or_else(|| u(AbortKind::Unsupported, "empty argument")))
                .collect::<Result<_, _>>()?;
            let vals: Vec<Value> = vm.stack[vbase + fpos + 1..].to_vec();
            if args.len() != nargs || vals.len() != nargs {
                return Err(u(AbortKind::Unsupported, "builtin call operands"));
            }
            let k = self.pin(vm, fv)?;
            if self.trace.as_const(fo).is_none() {
                self.guard(Opcode::GuardValue, &[fo, k]);
            }
            if let Some(r) = self.call_builtin(vm, b, &args, &vals)? {
                self.slots.truncate(ret);
                self.push(r);
                return Ok(resume);
            }
        }
        if self
            .call_int_method(vm, fv, fo, fpos, nargs, ret)?
            .is_some()
        {
            return Ok(resume);
        }
        // Residual native calls pass positional words only: keywords go the long way.
        if kwnames.is_empty() && self.call_residual(vm, fv, fo, fpos, nargs, ret)?.is_some() {
            return Ok(resume);
        }
        if self.ty(fo) != Type::Ref {
            return Err(u(AbortKind::TypeUnstable, "callable is unboxed"));
        }
        let arg_words = nargs;
        // The interpreter's stack index of the first argument word.
        let cbase = vbase + fpos + 1;
        let mut fpos = fpos;
        let (mut nargs, mut init) = (nargs, None);
        // Words the call inserts after the callable (a bound method's receiver, the new
        // instance), with their concrete values (EMPTY: made by the trace).
        let mut pre: Vec<Value> = vec![];
        if fv == vm.types.super_ {
            if nargs != 0 || !kwnames.is_empty() {
                return Err(u(AbortKind::Unsupported, "super() with arguments"));
            }
            let k = self.pin(vm, fv)?;
            if self.trace.as_const(fo).is_none() {
                self.guard(Opcode::GuardValue, &[fo, k]);
            }
            let s = self.zero_arg_super(vm)?;
            self.slots.truncate(ret);
            self.push(s);
            return Ok(resume);
        }
        if has_layout(fv, LayoutId::BoundMethod) {
            // `m(args)` of a bound method: its function with its receiver first.
            let (func, recv) = {
                let bm = get::<BoundMethodObj>(fv);
                (bm.func, bm.self_)
            };
            let made = match fo {
                Opnd::Ref(r) => self.made_methods.iter().find(|m| m.0 == r).map(|m| m.1),
                Opnd::Const(_) => None,
            };
            let (f, r) = if let Some(recv) = made {
                // A bound method this trace made (`super().m`): its parts are known.
                (self.pin(vm, func)?, recv)
            } else {
                let lay = self.trace.int(LayoutId::BoundMethod as i64);
                self.guard(Opcode::GuardClass, &[fo, lay]);
                let mut fd = FieldDescr::new(
                    "BoundMethod.func",
                    std::mem::offset_of!(BoundMethodObj, func) as i32,
                    Type::Ref,
                );
                fd.immutable = true;
                let fd = self.fd(fd);
                let f = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[fo], fd));
                let mut sd = FieldDescr::new(
                    "BoundMethod.self",
                    std::mem::offset_of!(BoundMethodObj, self_) as i32,
                    Type::Ref,
                );
                sd.immutable = true;
                let sd = self.fd(sd);
                let w = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[fo], sd));
                let r = self.unbox_word(w, recv)?;
                (f, r)
            };
            self.slots[fpos] = Some(f);
            self.slots.insert(fpos + 1, Some(r));
            pre.push(recv);
            fv = func;
            fo = f;
            nargs += 1;
        } else if has_layout(fv, LayoutId::Instance) {
            // A callable instance: `type(obj).__call__(obj, args)`, which the interpreter
            // runs with the function where the call's result goes (`ret`).
            let cls = get::<InstanceObj>(fv).cls;
            let m = vm.lookup(cls, vm.names.call);
            let Some(m) = m.filter(|m| has_layout(*m, LayoutId::Function)) else {
                return Err(u(AbortKind::Unsupported, "call of an instance"));
            };
            if !type_data(cls).instance_based {
                return Err(u(AbortKind::Unsupported, "call of an instance"));
            }
            self.guard_instance(fo, fv, None)?;
            let k = self.pin(vm, m)?;
            if fpos == ret {
                self.slots[fpos] = Some(k);
                self.slots.insert(fpos + 1, Some(fo));
            } else {
                self.slots[ret] = Some(k);
                fpos = ret;
            }
            pre.push(fv);
            fv = m;
            fo = k;
            nargs += 1;
        } else if has_layout(fv, LayoutId::Type) {
            // `C(args)`: a fresh instance, then `C.__init__(inst, args)` in an Init frame.
            match self.instantiate(vm, fv, fo, nargs, kwnames.len())? {
                Instantiate::Plain(inst) => {
                    // No Python `__init__`: the instance is the result.
                    self.slots.truncate(ret);
                    self.push(inst);
                    return Ok(resume);
                }
                Instantiate::Init(initf, inst) => {
                    self.slots[fpos] = Some(initf);
                    self.slots.insert(fpos + 1, Some(inst));
                    pre.push(Value::EMPTY);
                    fv = self.init_fn;
                    fo = initf;
                    nargs += 1;
                    init = Some(inst);
                }
            }
        }
        let mut vals = pre;
        for i in vals.len()..nargs {
            let v = vm.stack.get(cbase + i - (nargs - arg_words)).copied();
            match v {
                Some(v) if !v.is_empty() => vals.push(v),
                _ => return Err(u(AbortKind::Unsupported, "empty argument")),
            }
        }
        let call = Inline {
            fv,
            fo,
            fpos,
            ret,
            resume,
            kind: FrameKind::Call { init },
        };
        self.inline_function(vm, call, &vals, &kwnames)
    }

    /// Inlines the call `c` of a Python function whose arguments are mirrored at
    /// `c.fpos + 1..` (concretely `vals`, EMPTY for words the trace made; the last
    /// `kwnames.len()` are keyword values): binds them, pushes the callee's frame and
    /// returns its first pc.
    pub(super) fn inline_function(
        &mut self,
        vm: &mut Vm,
        c: Inline,
        vals: &[Value],
        kwnames: &[Value],
    ) -> Result<u32, Abort> {
        let Inline {
            fv,
            fo,
            fpos,
            ret,
            resume,
            kind,
        } = c;
        if !has_layout(fv, LayoutId::Function) {
            return Err(u(AbortKind::Unsupported, "call of a non-function"));
        }
        let code = get::<FunctionObj>(fv).code;
        let cd = code_data(code);
        let refuse = if cd.is_generator {
            Some("call of a generator function")
        } else if self.mframes.iter().any(|m| m.code == code) {
            Some("recursive call")
        } else if self.mframes.len() > MAX_INLINE_DEPTH {
            Some("inlining too deep")
        } else if has_loop(code) {
            Some("call of a function with a loop")
        } else {
            None
        };
        if cd.is_generator {
            if let Some(pc) = self.new_generator_call(vm, &c, vals, kwnames)? {
                return Ok(pc);
            }
        }
        if let Some(why) = refuse {
            // Not inlined (PyPy does not inline recursion either): a residual call that
            // runs the function in the interpreter.
            if !matches!(kind, FrameKind::Call { init: None }) || !kwnames.is_empty() {
                return Err(u(AbortKind::Recursion, why));
            }
            return self.call_python_residual(c, vals);
        }
        if self.is_made_function(fo)
            && (!get::<FunctionObj>(fv).defaults.is_empty()
                || !get::<FunctionObj>(fv).kwdefaults.is_empty())
        {
            return Err(u(
                AbortKind::Unsupported,
                "defaults of a function made in the trace",
            ));
        }
        // A function this trace made is its mirror; a closure is guarded by its code.
        let k = self.guard_callee(vm, fo, fv)?;
        let mut args: Vec<(Opnd, Value)> = Vec::with_capacity(vals.len());
        for (i, &v) in vals.iter().enumerate() {
            match self.slots.get(fpos + 1 + i).copied().flatten() {
                Some(o) => args.push((o, v)),
                None => return Err(u(AbortKind::Unsupported, "empty argument")),
            }
        }
        if self.slots.len() != fpos + 1 + vals.len() {
            return Err(u(AbortKind::Unsupported, "call operands"));
        }
        let bound = self.bind_args(vm, fv, k, &args, kwnames)?;
        self.slots[fpos] = Some(k);
        self.keep.push(code);
        // The callee's frame: its bound arguments become its first slots.
        let base = fpos + 1;
        self.slots.truncate(base);
        self.slots.extend(bound);
        while self.slots.len() < base + cd.nslots {
            self.slots.push(None);
        }
        let init = match kind {
            FrameKind::Call { init } => init,
            _ => None,
        };
        self.infos.push(FrameInfo {
            gap: base - ret,
            init: init.is_some(),
            call: matches!(kind, FrameKind::Call { .. }),
        });
        let info = (self.infos.len() - 1) as u32;
        if let Some(caller) = self.mframes.last_mut() {
            caller.resume = resume;
        }
        self.mframes.push(MFrame {
            code,
            info,
            base,
            nslots: cd.nslots,
            resume: 0,
            ret,
            extra: init,
            kind,
        });
        self.fbase = base;
        self.nslots = base + cd.nslots;
        Ok(0)
    }

    /// The call `c` of a Python function (positional arguments, concretely `vals`) as a
    /// residual call: the VM runs the function to completion (under `gc_inhibit`, its
    /// Python code not recorded) and the trace goes on with its result, or leaves
    /// through the call's `guard_no_exception` when it raised. Returns `c.resume`.
    fn call_python_residual(&mut self, c: Inline, vals: &[Value]) -> Result<u32, Abort> {
        if vals.len() > super::residual::CALL_ASSEMBLER_ARGS {
            return Err(u(AbortKind::Recursion, "residual call with many arguments"));
        }
        if self.slots.len() != c.fpos + 1 + vals.len() {
            return Err(u(AbortKind::Unsupported, "call operands"));
        }
        let mut args = Vec::with_capacity(vals.len() + 2);
        for (i, &v) in vals.iter().enumerate() {
            let o = self.slots[c.fpos + 1 + i]
                .ok_or_else(|| u(AbortKind::Unsupported, "empty argument"))?;
            if v.is_empty() {
                return Err(u(AbortKind::Unsupported, "argument made by the trace"));
            }
            args.push(self.arg_word(o, v)?);
        }
        // The helper calls whatever callable it is given (directly when it is a function
        // with a function trace): the callee needs no guard.
        let k = c.fo;
        let inl = self.trace.int(self.mframes.len() as i64 - 1);
        let n = self.trace.int(vals.len() as i64);
        let mut call = vec![k, inl, n];
        call.extend(args);
        let r = self.residual(Helper::CallAssembler, &call);
        self.python_residual = true;
        self.slots.truncate(c.ret);
        self.push_pending(r, false);
        Ok(c.resume)
    }

    /// Binds the call's arguments (`args`: positional then keyword values, each mirror
    /// with its concrete value, EMPTY when not known) to the varnames slots of
    /// function `fv` (the constant `k`), as the interpreter's `bind_args` does; a call
    /// the interpreter would reject, `**kwargs` and keyword-only defaults abort.
    fn bind_args(
        &mut self,
        vm: &mut Vm,
        fv: Value,
        k: Opnd,
        args: &[(Opnd, Value)],
        kwnames: &[Value],
    ) -> Result<Vec<Option<Opnd>>, Abort> {
        let f = get::<FunctionObj>(fv);
        let cd = code_data(f.code);
        let code = cd.code.clone();
        let argc = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let varargs = code.flags.has(CodeFlags::VARARGS);
        if code.flags.has(CodeFlags::VARKEYWORDS) {
            return Err(u(
                AbortKind::Unsupported,
                "call of a function with **kwargs",
            ));
        }
        if kwnames.len() > args.len() {
            return Err(u(AbortKind::Unsupported, "keyword operands"));
        }
        let npos = args.len() - kwnames.len();
        if npos > argc && !varargs {
            return Err(u(AbortKind::Unsupported, "call with too many arguments"));
        }
        let mut slots: Vec<Option<Opnd>> = vec![None; cd.nvarnames];
        for (j, (o, _)) in args.iter().take(npos.min(argc)).enumerate() {
            slots[j] = Some(*o);
        }
        if varargs {
            let rest = if npos > argc {
                &args[argc..npos]
            } else {
                &[][..]
            };
            let mut words = Vec::with_capacity(rest.len());
            for (o, v) in rest {
                if v.is_bool() && self.ty(*o) != Type::Ref {
                    return Err(u(AbortKind::Unsupported, "unboxed bool in *args"));
                }
                words.push(self.box_word(*o)?);
            }
            let d = self.tuple_descr();
            let len = self.trace.int(words.len() as i64);
            let t = Opnd::Ref(self.trace.emit(Opcode::NewArray, &[len], d));
            for (i, w) in words.into_iter().enumerate() {
                let ki = self.trace.int(i as i64);
                self.trace.emit(Opcode::SetarrayitemGc, &[t, ki, w], d);
            }
            slots[argc + kwonly] = Some(t);
        }
        for (i, &name) in kwnames.iter().enumerate() {
            let text = coil_vm::objects::str::text;
            let Some(j) = (posonly..argc + kwonly)
                .find(|&j| cd.varnames[j] == name || text(cd.varnames[j]) == text(name))
            else {
                return Err(u(
                    AbortKind::Unsupported,
                    "keyword argument not a parameter",
                ));
            };
            if slots[j].is_some() {
                return Err(u(AbortKind::Unsupported, "multiple values for an argument"));
            }
            slots[j] = Some(args[npos + i].0);
        }
        let defaults: Vec<Value> = if f.defaults.is_empty() {
            vec![]
        } else {
            items(f.defaults).to_vec()
        };
        let ndef = defaults.len();
        let mut used_defaults = false;
        for j in npos.min(argc)..argc {
            if slots[j].is_none() {
                if j + ndef < argc {
                    return Err(u(AbortKind::Unsupported, "missing argument"));
                }
                let dv = defaults[j + ndef - argc];
                slots[j] = Some(if is_float(dv) {
                    self.constant(dv)?
                } else {
                    self.pin(vm, dv)?
                });
                used_defaults = true;
            }
        }
        if (argc..argc + kwonly).any(|j| slots[j].is_none()) {
            // Keyword-only defaults: `__kwdefaults__` is this dict (guarded: the field
            // and the dict's version).
            let kd = f.kwdefaults;
            if kd.is_empty() || !has_layout(kd, LayoutId::Dict) {
                return Err(u(AbortKind::Unsupported, "missing keyword-only argument"));
            }
            for (j, slot) in slots.iter_mut().enumerate().take(argc + kwonly).skip(argc) {
                if slot.is_none() {
                    let Some(v) = vm.dict_get_str(kd, cd.varnames[j]) else {
                        return Err(u(AbortKind::Unsupported, "missing keyword-only argument"));
                    };
                    *slot = Some(if is_float(v) {
                        self.constant(v)?
                    } else {
                        self.pin(vm, v)?
                    });
                }
            }
            let dk = self.pin(vm, kd)?;
            let fd = self.fd(FieldDescr::new(
                "Function.kwdefaults",
                std::mem::offset_of!(FunctionObj, kwdefaults) as i32,
                Type::Ref,
            ));
            let cur = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[k], fd));
            self.guard(Opcode::GuardValue, &[cur, dk]);
            // The trace embeds its values: rebinding any key must change the version.
            coil_vm::objects::dict::dict_data(kd).watch_all();
            self.guard_dict_unchanged(vm, kd)?;
        }
        if used_defaults {
            // `__defaults__` is writable: the trace checks it is still this tuple.
            let tk = self.pin(vm, f.defaults)?;
            let dd = self.fd(FieldDescr::new(
                "Function.defaults",
                off::FUNCTION_DEFAULTS,
                Type::Ref,
            ));
            let cur = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[k], dd));
            self.guard(Opcode::GuardValue, &[cur, tk]);
        }
        if slots[..argc + kwonly + varargs as usize]
            .iter()
            .any(|s| s.is_none())
        {
            return Err(u(AbortKind::Unsupported, "unbound parameter"));
        }
        Ok(slots)
    }

    /// The allocation of `C(...)` for class `cls` (mirrored by `co`) with `nargs`
    /// arguments (`nkw` of them keywords), as the interpreter does it: checks its
    /// conditions, guards the class and its version (which covers the MRO lookups: a
    /// change to a base class bumps its subclasses' versions), emits the instance
    /// (fields as `Vm::new_instance` sets them). With a Python `__init__` (inherited or
    /// not), returns its constant and the instance (`self.init_fn` holds the function);
    /// with `object.__init__` and no arguments, just the instance.
    fn instantiate(
        &mut self,
        vm: &mut Vm,
        cls: Value,
        co: Opnd,
        nargs: usize,
        nkw: usize,
    ) -> Result<Instantiate, Abort> {
        let d = type_data(cls);
        if !d.instance_based
            || d.builtin
            || d.is_exception
            || !d.base_value_type.is_empty()
            || !d.meta.is_empty()
        {
            return Err(u(AbortKind::Unsupported, "instantiating this class"));
        }
        if vm.class_has_del(cls) {
            // Its instances are registered with the collector (`Vm::new_instance`).
            return Err(u(AbortKind::Unsupported, "class with __del__"));
        }
        let new = vm.lookup(cls, vm.names.new);
        if new
            .is_some_and(|n| has_layout(n, LayoutId::Function) || has_layout(n, LayoutId::Wrapper))
        {
            return Err(u(AbortKind::Unsupported, "class with __new__"));
        }
        let initv = vm.lookup(cls, vm.names.init);
        let object_init = vm.lookup(vm.types.object, vm.names.init);
        let initf = match initv {
            Some(i) if has_layout(i, LayoutId::Function) => Some(i),
            Some(i) if Some(i) == object_init && nargs == 0 && nkw == 0 => None,
            _ => return Err(u(AbortKind::Unsupported, "class without a Python __init__")),
        };
        let k = self.pin(vm, cls)?;
        if self.trace.as_const(co).is_none() {
            self.guard(Opcode::GuardValue, &[co, k]);
        }
        self.guard_class_version(cls)?;
        let nslots = (d.slot_hint as usize).clamp(2, 32);
        let sd = self.trace.descrs.size(SizeDescr {
            name: "Instance".into(),
            size: (std::mem::size_of::<InstanceObj>() + 8 * nslots) as u32,
            vtable: LayoutId::Instance as u32,
        });
        let o = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
        let cd = self.fd(FieldDescr::new(
            "Instance.cls",
            off::INSTANCE_CLS,
            Type::Ref,
        ));
        self.trace.emit(Opcode::SetfieldGc, &[o, k], cd);
        let md = self.fd(FieldDescr::int("Instance.map", off::INSTANCE_MAP));
        let m = self.trace.int(d.root_map.0 as i64);
        self.trace.emit(Opcode::SetfieldGc, &[o, m], md);
        let mut nd = FieldDescr::int("Instance.nslots", off::INSTANCE_NSLOTS);
        nd.immutable = true;
        let nd = self.fd(nd);
        let n = self.trace.int(nslots as i64);
        self.trace.emit(Opcode::SetfieldGc, &[o, n], nd);
        let Some(initf) = initf else {
            return Ok(Instantiate::Plain(o));
        };
        self.init_fn = initf;
        let fi = self.pin(vm, initf)?;
        Ok(Instantiate::Init(fi, o))
    }

    /// `super()` in the current frame: the `__class__` cell's class (guarded) and the
    /// frame's first argument, as a fresh super object (a `Wrapper`; it stays virtual
    /// when only LOAD_METHOD uses it). Remembered in `self.supers`.
    fn zero_arg_super(&mut self, vm: &mut Vm) -> Result<Opnd, Abort> {
        let f = vm.frames.last().expect("frame");
        let cd = code_data(f.code);
        if cd.code.argcount == 0 || cd.code.cell2arg.contains(&Some(0)) {
            return Err(u(
                AbortKind::Unsupported,
                "super() without a plain first argument",
            ));
        }
        let Some(i) = cd.code.freevars.iter().position(|n| n == "__class__") else {
            return Err(u(AbortKind::Unsupported, "super() without __class__"));
        };
        let ci = cd.nvarnames + cd.ncellvars + i;
        let (cell, first) = (vm.stack[f.base + ci], vm.stack[f.base]);
        if !cell.is_ptr() || !has_layout(cell, LayoutId::Cell) || first.is_empty() {
            return Err(u(AbortKind::Unsupported, "super() without its cell"));
        }
        let cls = get::<CellObj>(cell).value;
        if !cls.is_ptr() || !has_layout(cls, LayoutId::Type) {
            return Err(u(AbortKind::Unsupported, "super() of a non-class"));
        }
        let (Some(co), Some(fo)) = (self.slots[self.fbase + ci], self.slots[self.fbase]) else {
            return Err(u(AbortKind::Unsupported, "super() operands"));
        };
        let d = self.fd(FieldDescr::new("Cell.value", off::CELL_VALUE, Type::Ref));
        let cur = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[co], d));
        let ck = self.pin(vm, cls)?;
        self.guard(Opcode::GuardValue, &[cur, ck]);
        self.check(fo, first)?;
        if first.is_bool() && self.ty(fo) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "super() of an unboxed bool"));
        }
        let w = self.box_word(fo)?;
        let sd = self.trace.descrs.size(SizeDescr {
            name: "Wrapper".into(),
            size: std::mem::size_of::<WrapperObj>() as u32,
            vtable: LayoutId::Wrapper as u32,
        });
        let s = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
        let kd = self.fd(FieldDescr::int(
            "Wrapper.kind",
            std::mem::offset_of!(WrapperObj, kind) as i32,
        ));
        let kk = self.trace.int(WrapKind::Super as i64);
        self.trace.emit(Opcode::SetfieldGc, &[s, kk], kd);
        for (name, offset, v) in [
            ("Wrapper.a", std::mem::offset_of!(WrapperObj, a), ck),
            ("Wrapper.b", std::mem::offset_of!(WrapperObj, b), w),
        ] {
            let d = self.fd(FieldDescr::new(name, offset as i32, Type::Ref));
            self.trace.emit(Opcode::SetfieldGc, &[s, v], d);
        }
        let none = self.constant(Value::none())?;
        let d = self.fd(FieldDescr::new(
            "Wrapper.c",
            std::mem::offset_of!(WrapperObj, c) as i32,
            Type::Ref,
        ));
        self.trace.emit(Opcode::SetfieldGc, &[s, none], d);
        if let Opnd::Ref(r) = s {
            self.supers.push((r, cls, fo));
        }
        Ok(s)
    }

    /// LOAD_METHOD on a super object this trace made: the function found after its
    /// class in the MRO of the receiver's class (guarded: the receiver's class and that
    /// class's version, which a change to any class of its MRO bumps), bound as the
    /// interpreter binds it (`NULL`, a fresh bound method).
    fn super_method(&mut self, vm: &mut Vm, name: Value) -> Result<bool, Abort> {
        let o = self.top()?;
        let Opnd::Ref(r) = o else { return Ok(false) };
        let Some(&(_, start, recv)) = self.supers.iter().find(|s| s.0 == r) else {
            return Ok(false);
        };
        let sv = Self::concrete(vm, 0);
        let (a, obj) = {
            let w = get::<WrapperObj>(sv);
            (w.a, w.b)
        };
        if a != start || !obj.is_ptr() || !has_layout(obj, LayoutId::Instance) {
            return Err(u(AbortKind::Unsupported, "super() of a non-instance"));
        }
        let objtype = get::<InstanceObj>(obj).cls;
        let mro = type_data(objtype).mro.clone();
        let Some(pos) = mro.iter().position(|&c| c == start) else {
            return Err(u(AbortKind::Unsupported, "super() class not in the MRO"));
        };
        let found = mro[pos + 1..]
            .iter()
            .find_map(|&c| type_data(c).dict.get(&name).copied());
        let Some(f) = found.filter(|f| has_layout(*f, LayoutId::Function)) else {
            return Err(u(
                AbortKind::Unsupported,
                "super() attribute not a function",
            ));
        };
        self.guard_instance(recv, obj, None)?;
        let fk = self.pin(vm, f)?;
        let bm = self.new_bound_method(fk, recv)?;
        let n = self.slots.len();
        self.slots[n - 1] = None;
        self.push(bm);
        Ok(true)
    }

    /// A fresh bound method of function constant `fk` on receiver `recv` (kept virtual
    /// by the optimizer while only the trace calls it; its calls skip the guards).
    pub(super) fn new_bound_method(&mut self, fk: Opnd, recv: Opnd) -> Result<Opnd, Abort> {
        let w = self.box_word(recv)?;
        let sd = self.trace.descrs.size(SizeDescr {
            name: "BoundMethod".into(),
            size: std::mem::size_of::<BoundMethodObj>() as u32,
            vtable: LayoutId::BoundMethod as u32,
        });
        let bm = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
        for (name, offset, v) in [
            (
                "BoundMethod.func",
                std::mem::offset_of!(BoundMethodObj, func),
                fk,
            ),
            (
                "BoundMethod.self",
                std::mem::offset_of!(BoundMethodObj, self_),
                w,
            ),
        ] {
            let mut d = FieldDescr::new(name, offset as i32, Type::Ref);
            d.immutable = true;
            let d = self.fd(d);
            self.trace.emit(Opcode::SetfieldGc, &[bm, v], d);
        }
        if let Opnd::Ref(r) = bm {
            self.made_methods.push((r, recv));
        }
        Ok(bm)
    }

    /// RETURN_VALUE of an inlined frame: the result lands in the caller's return slot.
    /// Returns the caller's resume pc.
    pub(super) fn ret(&mut self, vm: &mut Vm) -> Result<u32, Abort> {
        if self.mframes.len() < 2 {
            return Err(u(AbortKind::Recursion, "return from the loop's function"));
        }
        let v = self.top()?;
        let cv = Self::concrete(vm, 0);
        self.check(v, cv)?;
        let f = *self.mframes.last().expect("frame");
        if matches!(f.kind, FrameKind::Binop) {
            // The interpreter would go on to the reflected method: only a result the
            // trace knows is not NotImplemented is followed.
            let fresh = match v {
                Opnd::Ref(r) => matches!(
                    self.trace.op(r).opcode,
                    Opcode::NewWithVtable | Opcode::New | Opcode::NewArray
                ),
                Opnd::Const(_) => true,
            };
            if cv.is_not_implemented() || (self.ty(v) == Type::Ref && !fresh) {
                return Err(u(
                    AbortKind::Unsupported,
                    "dunder result may be NotImplemented",
                ));
            }
        }
        let result = match f.extra {
            Some(inst) => {
                if !cv.is_none() {
                    return Err(u(AbortKind::Unsupported, "__init__ returns a value"));
                }
                if self.trace.as_const(v).is_none() {
                    let none = self.constant(Value::none())?;
                    self.guard(Opcode::GuardValue, &[v, none]);
                }
                inst
            }
            None => v,
        };
        self.mframes.pop();
        self.slots.truncate(f.ret);
        self.slots.push(Some(result));
        let caller = *self.mframes.last().expect("caller");
        self.fbase = caller.base;
        self.nslots = caller.base + caller.nslots;
        Ok(caller.resume)
    }
}

impl Recorder {
    /// A function trace reaching the header `pc` of a compiled loop whose entry `entry`
    /// expects a value in a local the frame has not set yet (the loop's variables, set at
    /// the back-edges the loop was recorded from): a local dead there (written before it
    /// is read on every path, `crate::function::dead_at`) gets a constant of its kind, so
    /// that the trace can jump into the loop. Nothing else changes.
    pub(crate) fn fill_dead_locals(&mut self, pc: u32, entry: &[Kind]) -> Result<(), Abort> {
        if self.mframes.len() != 1 || self.slots.len() != entry.len() {
            return Ok(());
        }
        let cd = code_data(self.code);
        for (i, k) in entry.iter().enumerate().take(cd.nvarnames) {
            if self.slots[i].is_some() || *k == Kind::Dead {
                continue;
            }
            if !crate::function::dead_at(&cd.code, pc, i) {
                continue;
            }
            self.slots[i] = Some(match k {
                Kind::Int => self.trace.int(0),
                Kind::Float => self.trace.float(0.0),
                _ => self.constant(Value::none())?,
            });
        }
        Ok(())
    }
}
