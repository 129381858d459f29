//! Recording calls: `LOAD_METHOD` on instances, calls of Python functions inlined into
//! the trace (the mirror gets a frame; every snapshot carries all inlined frames), and
//! returns from inlined frames.
//!
//! The mirror lays frames out exactly as the interpreter does on its value stack: a
//! caller's slots and operands, then the call's marker words (`NULL`, the function),
//! then the callee's slots. The function is always the word just below the callee's
//! slot 0, so a snapshot's caller frame ends with it and deopt finds it there.

use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_compiler::code::CodeFlags;
use coil_ir::{Descr, FieldDescr, Opcode, Opnd, SizeDescr, Type};
use coil_vm::heap::{get, has_layout};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{off, FunctionObj, InstanceObj, LayoutId};
use coil_vm::objects::types::type_data;
use coil_vm::{Value, Vm};

/// Deepest chain of inlined calls; deeper calls abort the recording.
pub const MAX_INLINE_DEPTH: usize = 6;

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
}

impl FrameInfo {
    /// The loop's frame.
    pub fn loop_frame(_code: Value) -> FrameInfo {
        FrameInfo {
            gap: 0,
            init: false,
        }
    }
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
        vm.heap.collect_requested = true;
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
        if self.ty(o) == Type::Ref && !has_layout(obj, LayoutId::Instance) {
            return self.load_method_builtin(vm, name);
        }
        if self.ty(o) != Type::Ref || !has_layout(obj, LayoutId::Instance) {
            return Err(u(AbortKind::Unsupported, "LOAD_METHOD on a non-instance"));
        }
        let cls = get::<InstanceObj>(obj).cls;
        let Some(f) = vm.lookup(cls, name) else {
            return Err(u(AbortKind::Unsupported, "LOAD_METHOD of a missing name"));
        };
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

    /// CALL / CALL_METHOD (`method`) with `arg` arguments at the instruction before
    /// `resume`: inlines a Python function. Returns the next pc (the callee's first).
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
        if !vm.frames.last().is_some_and(|f| f.kwnames.is_empty()) {
            return Err(u(AbortKind::Unsupported, "call with keyword arguments"));
        }
        let mut fv = vm.stack[vbase + fpos];
        let Some(mut fo) = self.slots[fpos] else {
            return Err(u(AbortKind::Unsupported, "call of an empty slot"));
        };
        if fv == self.list_append_fn && method && nargs == 2 && self.trace.as_const(fo).is_some() {
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
        if self.call_residual(vm, fv, fo, fpos, nargs, ret)?.is_some() {
            return Ok(resume);
        }
        let (mut nargs, mut init) = (nargs, None);
        if has_layout(fv, LayoutId::Type) {
            // `C(args)`: a fresh instance, then `C.__init__(inst, args)` in an Init frame.
            let (initf, inst) = self.instantiate(vm, fv, fo)?;
            self.slots[fpos] = Some(initf);
            self.slots.insert(fpos + 1, Some(inst));
            fv = self.init_fn;
            fo = initf;
            nargs += 1;
            init = Some(inst);
        }
        if !has_layout(fv, LayoutId::Function) {
            return Err(u(AbortKind::Unsupported, "call of a non-function"));
        }
        let code = get::<FunctionObj>(fv).code;
        let cd = code_data(code);
        let simple = nargs == cd.code.argcount as usize
            && cd.code.kwonlyargcount == 0
            && cd.code.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
            && !cd.is_generator;
        if !simple {
            return Err(u(AbortKind::Unsupported, "call needing argument binding"));
        }
        if self.mframes.iter().any(|m| m.code == code) {
            return Err(u(AbortKind::Recursion, "recursive call"));
        }
        if self.mframes.len() > MAX_INLINE_DEPTH {
            return Err(u(AbortKind::Recursion, "inlining too deep"));
        }
        let k = self.pin(vm, fv)?;
        if self.ty(fo) != Type::Ref {
            return Err(u(AbortKind::TypeUnstable, "callable is unboxed"));
        }
        if self.trace.as_const(fo).is_none() {
            self.guard(Opcode::GuardValue, &[fo, k]);
        }
        self.slots[fpos] = Some(k);
        self.keep.push(code);
        // The callee's frame: its arguments become its first slots, the rest are empty.
        let base = fpos + 1;
        for _ in nargs..cd.nslots {
            self.slots.push(None);
        }
        self.infos.push(FrameInfo {
            gap: base - ret,
            init: init.is_some(),
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
        });
        self.fbase = base;
        self.nslots = base + cd.nslots;
        Ok(0)
    }

    /// The allocation of `C(...)` for class `cls` (mirrored by `co`), as the interpreter's
    /// fast path does it: checks its conditions, guards the class and its version, emits
    /// the instance (fields as `Vm::new_instance` sets them). Returns the `__init__`
    /// constant and the instance; `self.init_fn` holds the function.
    fn instantiate(&mut self, vm: &mut Vm, cls: Value, co: Opnd) -> Result<(Opnd, Opnd), Abort> {
        let d = type_data(cls);
        if !d.instance_based
            || d.builtin
            || d.is_exception
            || !d.base_value_type.is_empty()
            || !d.meta.is_empty()
        {
            return Err(u(AbortKind::Unsupported, "instantiating this class"));
        }
        let new = vm.lookup(cls, vm.names.new);
        if new
            .is_some_and(|n| has_layout(n, LayoutId::Function) || has_layout(n, LayoutId::Wrapper))
        {
            return Err(u(AbortKind::Unsupported, "class with __new__"));
        }
        let Some(initf) = vm
            .lookup(cls, vm.names.init)
            .filter(|i| has_layout(*i, LayoutId::Function))
        else {
            return Err(u(AbortKind::Unsupported, "class without a Python __init__"));
        };
        let k = self.pin(vm, cls)?;
        if self.ty(co) != Type::Ref {
            return Err(u(AbortKind::TypeUnstable, "class operand is unboxed"));
        }
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
        self.init_fn = initf;
        let fi = self.pin(vm, initf)?;
        Ok((fi, o))
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
