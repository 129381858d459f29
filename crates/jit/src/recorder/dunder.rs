//! Recording the Python methods the interpreter calls from Rust on instances: binary
//! operator and comparison dunders (`__add__`, `__lt__`, ...), `__getitem__` and
//! property getters. Each is inlined like a method call: the class and its version are
//! guarded, the mirror lays the call out as the interpreter's Rust side does (the
//! function and its arguments pushed above the instruction's operands), and the
//! callee's return replaces the operands (`FrameKind::Binop`/`Special`).

use super::call::{FrameKind, Inline};
use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_ir::{Opcode, Opnd, Type};
use coil_vm::heap::{get, has_layout};
use coil_vm::layout::{InstanceObj, LayoutId, WrapperObj};
use coil_vm::objects::ops::{BINOPS, CMPOPS};
use coil_vm::objects::types::{type_data, WrapKind};
use coil_vm::{Value, Vm};

impl Recorder {
    /// Is `v` an instance of a plain user class (no built-in base value)?
    fn plain_instance(vm: &Vm, v: Value) -> bool {
        if !v.is_ptr() || !has_layout(v, LayoutId::Instance) {
            return false;
        }
        let d = type_data(vm.type_of(v));
        d.instance_based && !d.builtin && d.base_value_type.is_empty()
    }

    /// Guards what the interpreter's dunder dispatch looked at for operand `o`
    /// (concretely `v`): an instance's class (and version), or the layout of any other
    /// heap object (so it is not an instance); unboxed numbers need nothing.
    fn guard_operand_type(&mut self, o: Opnd, v: Value) -> Result<(), Abort> {
        self.check(o, v)?;
        if self.ty(o) != Type::Ref {
            return Ok(());
        }
        if v.is_ptr() && has_layout(v, LayoutId::Instance) {
            self.guard_instance(o, v, None)?;
        } else if v.is_ptr() {
            let lay = coil_vm::heap::header(v).layout;
            let k = self.trace.int(lay as i64);
            self.guard(Opcode::GuardClass, &[o, k]);
        } else {
            return Err(u(AbortKind::Unsupported, "dunder operand kind"));
        }
        Ok(())
    }

    /// The two operands of a binary instruction with their concrete values.
    fn two_operands(&self, vm: &Vm) -> Result<(Opnd, Value, Opnd, Value), Abort> {
        let (ca, cb) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        Ok((self.peek(1)?, ca, self.peek(0)?, cb))
    }

    /// Inlines `m(a, b)` (the dunder `m` of `a`'s class) for the binary instruction at
    /// the top of the stack.
    fn inline_binary(
        &mut self,
        vm: &mut Vm,
        m: Value,
        kind: FrameKind,
        resume: u32,
    ) -> Result<u32, Abort> {
        let (a, ca, b, cb) = self.two_operands(vm)?;
        self.guard_operand_type(a, ca)?;
        self.guard_operand_type(b, cb)?;
        let k = self.pin(vm, m)?;
        // The interpreter pops `b`, keeps `a` (where the result goes) and calls `m` with
        // both above it.
        self.pop()?;
        let n = self.slots.len();
        self.push(k);
        self.push(a);
        self.push(b);
        let call = Inline {
            fv: m,
            fo: k,
            fpos: n,
            ret: n - 1,
            resume,
            kind,
        };
        self.inline_function(vm, call, &[ca, cb], &[])
    }

    /// The Python function `name` of `a`'s class for a dunder call on plain instance
    /// operands, when the interpreter would call exactly it first.
    fn binary_dunder_fn(
        &self,
        vm: &mut Vm,
        a: Value,
        b: Value,
        name: &str,
        rname: &str,
    ) -> Option<Value> {
        if !Self::plain_instance(vm, a) {
            return None;
        }
        if b.is_ptr() && has_layout(b, LayoutId::Instance) {
            if !Self::plain_instance(vm, b) {
                return None;
            }
            let (ta, tb) = (get::<InstanceObj>(a).cls, get::<InstanceObj>(b).cls);
            // A subclass's reflected method would go first.
            if ta != tb && vm.is_subtype(tb, ta) {
                let r = vm.intern(rname);
                if vm.lookup(tb, r).is_some() {
                    return None;
                }
            }
        }
        let n = vm.intern(name);
        vm.lookup(get::<InstanceObj>(a).cls, n)
            .filter(|f| has_layout(*f, LayoutId::Function))
    }

    /// BINARY_OP with an instance on the left whose class defines the dunder in
    /// Python: the dunder inlined. None: not this case (the caller goes on).
    pub(super) fn binop_dunder(
        &mut self,
        vm: &mut Vm,
        arg: usize,
        resume: u32,
    ) -> Result<Option<u32>, Abort> {
        let (ca, cb) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        let inst = |v: Value| v.is_ptr() && has_layout(v, LayoutId::Instance);
        if !inst(ca) && !inst(cb) {
            return Ok(None);
        }
        let op = arg % 13;
        let names = BINOPS[op];
        if arg >= 13 {
            let i = vm.intern(names.3);
            if !inst(ca) || vm.lookup(get::<InstanceObj>(ca).cls, i).is_some() {
                return Ok(None);
            }
        }
        let Some(m) = self.binary_dunder_fn(vm, ca, cb, names.1, names.2) else {
            return Ok(None);
        };
        self.snap();
        self.inline_binary(vm, m, FrameKind::Binop, resume)
            .map(Some)
    }

    /// COMPARE_OP with an instance on the left whose class defines the comparison in
    /// Python: the dunder inlined.
    pub(super) fn compare_dunder(
        &mut self,
        vm: &mut Vm,
        arg: usize,
        resume: u32,
    ) -> Result<Option<u32>, Abort> {
        let (ca, cb) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        let inst = |v: Value| v.is_ptr() && has_layout(v, LayoutId::Instance);
        if !inst(ca) && !inst(cb) {
            return Ok(None);
        }
        if arg >= CMPOPS.len() {
            return Ok(None);
        }
        let (_, name, refl) = CMPOPS[arg];
        let Some(m) = self.binary_dunder_fn(vm, ca, cb, name, CMPOPS[refl].1) else {
            return Ok(None);
        };
        self.snap();
        self.inline_binary(vm, m, FrameKind::Binop, resume)
            .map(Some)
    }

    /// BINARY_SUBSCR on a plain instance whose class defines `__getitem__` in Python.
    pub(super) fn subscr_dunder(&mut self, vm: &mut Vm, resume: u32) -> Result<Option<u32>, Abort> {
        let c = Self::concrete(vm, 1);
        if !Self::plain_instance(vm, c) {
            return Ok(None);
        }
        let n = vm.intern("__getitem__");
        let Some(m) = vm
            .lookup(get::<InstanceObj>(c).cls, n)
            .filter(|f| has_layout(*f, LayoutId::Function))
        else {
            return Ok(None);
        };
        self.snap();
        let (a, ca, _, _) = self.two_operands(vm)?;
        self.guard_operand_type(a, ca)?;
        self.inline_binary(vm, m, FrameKind::Special, resume)
            .map(Some)
    }

    /// LOAD_ATTR of a property with a Python getter on a plain instance: the getter
    /// inlined (a property is a data descriptor: instance attributes do not matter).
    pub(super) fn property_get(
        &mut self,
        vm: &mut Vm,
        name: Value,
        resume: u32,
    ) -> Result<Option<u32>, Abort> {
        let obj = Self::concrete(vm, 0);
        if !Self::plain_instance(vm, obj) {
            return Ok(None);
        }
        let cls = get::<InstanceObj>(obj).cls;
        let Some(p) = vm.lookup(cls, name) else {
            return Ok(None);
        };
        if !has_layout(p, LayoutId::Wrapper)
            || get::<WrapperObj>(p).kind != WrapKind::Property as u64
            || !super::attr::hook_is_default(vm, cls, vm.names.getattribute)
        {
            return Ok(None);
        }
        let fget = get::<WrapperObj>(p).a;
        if !fget.is_ptr() || !has_layout(fget, LayoutId::Function) {
            return Ok(None);
        }
        self.snap();
        let o = self.top()?;
        self.guard_operand_type(o, obj)?;
        let k = self.pin(vm, fget)?;
        let n = self.slots.len();
        self.push(k);
        self.push(o);
        let call = Inline {
            fv: fget,
            fo: k,
            fpos: n,
            ret: n - 1,
            resume,
            kind: FrameKind::Special,
        };
        self.inline_function(vm, call, &[obj], &[]).map(Some)
    }
}
