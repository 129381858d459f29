//! Recording attribute access on map-based instances: guards on the instance's layout,
//! map, class and class version, slot loads and stores, and the conversions between a
//! heap word (tagged small int, boxed float, object) and the trace's unboxed values.

use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_ir::{Descr, FieldDescr, Opcode, Opnd, SizeDescr, Type};
use coil_vm::heap::{get, has_layout};
use coil_vm::layout::{off, FloatObj, InstanceObj, LayoutId};
use coil_vm::objects::float::is_float;
use coil_vm::objects::slots::is_member;
use coil_vm::objects::types::type_data;
use coil_vm::{Value, Vm};

/// Is the attribute hook `name` of `cls` absent or native (the interpreter's condition
/// for its attribute caches)?
pub(super) fn hook_is_default(vm: &Vm, cls: Value, name: Value) -> bool {
    match vm.lookup(cls, name) {
        Some(f) => has_layout(f, LayoutId::Native),
        None => true,
    }
}

/// Where an instance attribute's slot lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum SlotLoc {
    /// Inline slot `k` (the word after the fixed part).
    Inline(u32),
    /// Item `index` of the overflow array `arr`.
    Overflow(Opnd, Opnd),
}

impl Recorder {
    pub(super) fn fd(&mut self, d: FieldDescr) -> Descr {
        Descr::Field(self.trace.descrs.field(d))
    }

    fn slot_descr(&mut self, slot: u32) -> Descr {
        let off = off::INSTANCE_SLOTS + 8 * slot as i32;
        self.fd(FieldDescr::new(
            &format!("Instance.slot{slot}"),
            off,
            Type::Ref,
        ))
    }

    fn map_descr(&mut self) -> Descr {
        self.fd(FieldDescr::int("Instance.map", off::INSTANCE_MAP))
    }

    /// Guards that `o` (mirroring the instance `inst`) is an instance with `inst`'s map
    /// and class, that the class is unchanged (version), and where slot `slot` (if any)
    /// lives: inline (guarded `nslots > slot`) or in the overflow array (guarded: the
    /// same `nslots` as `inst`).
    pub(super) fn guard_instance(
        &mut self,
        o: Opnd,
        inst: Value,
        slot: Option<u32>,
    ) -> Result<SlotLoc, Abort> {
        let io = get::<InstanceObj>(inst);
        let layout = self.trace.int(LayoutId::Instance as i64);
        self.guard(Opcode::GuardClass, &[o, layout]);
        let md = self.map_descr();
        let m = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[o], md));
        let mk = self.trace.int(io.map as i64);
        self.guard(Opcode::GuardValue, &[m, mk]);
        let cd = self.fd(FieldDescr::new(
            "Instance.cls",
            off::INSTANCE_CLS,
            Type::Ref,
        ));
        let c = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[o], cd));
        let ck = self.constant(io.cls)?;
        self.guard(Opcode::GuardValue, &[c, ck]);
        self.guard_class_version(io.cls)?;
        let Some(slot) = slot else {
            return Ok(SlotLoc::Inline(0));
        };
        let mut nd = FieldDescr::int("Instance.nslots", off::INSTANCE_NSLOTS);
        nd.immutable = true;
        let nd = self.fd(nd);
        let n = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[o], nd));
        if (slot as u64) < io.nslots {
            let k = self.trace.int(slot as i64);
            let gt = self.emit(Opcode::IntGt, &[n, k]);
            self.guard(Opcode::GuardTrue, &[gt]);
            return Ok(SlotLoc::Inline(slot));
        }
        let k = self.trace.int(io.nslots as i64);
        self.guard(Opcode::GuardValue, &[n, k]);
        let od = self.fd(FieldDescr::new(
            "Instance.overflow",
            off::INSTANCE_OVERFLOW,
            Type::Ref,
        ));
        let arr = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[o], od));
        let idx = self.trace.int(slot as i64 - io.nslots as i64);
        Ok(SlotLoc::Overflow(arr, idx))
    }

    /// Loads the word at a slot location of instance `o`.
    pub(super) fn load_slot(&mut self, o: Opnd, loc: SlotLoc) -> Opnd {
        match loc {
            SlotLoc::Inline(slot) => {
                let d = self.slot_descr(slot);
                Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[o], d))
            }
            SlotLoc::Overflow(arr, idx) => {
                let d = self.va_descr();
                Opnd::Ref(self.trace.emit(Opcode::GetarrayitemGcR, &[arr, idx], d))
            }
        }
    }

    /// Stores word `w` at a slot location of instance `o`.
    fn store_slot(&mut self, o: Opnd, loc: SlotLoc, w: Opnd) {
        match loc {
            SlotLoc::Inline(slot) => {
                let d = self.slot_descr(slot);
                self.trace.emit(Opcode::SetfieldGc, &[o, w], d);
            }
            SlotLoc::Overflow(arr, idx) => {
                let d = self.va_descr();
                self.trace.emit(Opcode::SetarrayitemGc, &[arr, idx, w], d);
            }
        }
    }

    /// Guards that class `cls` (a stable object) still has its current version.
    pub(super) fn guard_class_version(&mut self, cls: Value) -> Result<(), Abort> {
        if !super::is_stable(cls) {
            return Err(u(AbortKind::Unsupported, "class in the nursery"));
        }
        self.keep.push(cls);
        let td = type_data(cls);
        let addr = &td.version as *const u64 as i64;
        if self.guarded.contains(&(addr as u64)) {
            return Ok(());
        }
        self.guarded.push(addr as u64);
        let vd = self.fd(FieldDescr::int("type.version", 0));
        let a = self.trace.int(addr);
        let cur = Opnd::Ref(self.trace.emit(Opcode::GetfieldRawI, &[a], vd));
        let k = self.trace.int(td.version as i64);
        self.guard(Opcode::GuardValue, &[cur, k]);
        Ok(())
    }

    /// The mirror value of heap word `w` (a Ref-typed load) whose concrete value is `v`:
    /// guards its representation and unboxes small ints and floats.
    pub(super) fn unbox_word(&mut self, w: Opnd, v: Value) -> Result<Opnd, Abort> {
        let one = self.trace.int(1);
        let bits = self.emit(Opcode::CastPtrToInt, &[w]);
        let tag = self.emit(Opcode::IntAnd, &[bits, one]);
        if v.is_small() {
            self.guard(Opcode::GuardTrue, &[tag]);
            return Ok(self.emit(Opcode::IntRshift, &[bits, one]));
        }
        if v.is_empty() {
            return Err(u(AbortKind::Unsupported, "empty attribute slot"));
        }
        self.guard(Opcode::GuardFalse, &[tag]);
        if is_float(v) {
            let fl = self.trace.int(LayoutId::Float as i64);
            self.guard(Opcode::GuardNonnullClass, &[w, fl]);
            let mut d = FieldDescr::new("Float.value", off::FLOAT_VALUE, Type::Float);
            d.immutable = true;
            let d = self.fd(d);
            return Ok(Opnd::Ref(self.trace.emit(Opcode::GetfieldGcF, &[w], d)));
        }
        self.guard(Opcode::GuardNonnull, &[w]);
        Ok(w)
    }

    /// The heap word (Ref-typed) for mirror value `o`: tags ints (guarding that they fit
    /// a small int) and boxes floats (a fresh object the optimizer may keep virtual).
    pub(super) fn box_word(&mut self, o: Opnd) -> Result<Opnd, Abort> {
        Ok(match self.ty(o) {
            Type::Ref => o,
            Type::Int => {
                let t = self.emit(Opcode::IntAddOvf, &[o, o]);
                self.guard(Opcode::GuardNoOverflow, &[]);
                let one = self.trace.int(1);
                let w = self.emit(Opcode::IntOr, &[t, one]);
                self.emit(Opcode::CastIntToPtr, &[w])
            }
            Type::Float => {
                let sd = self.trace.descrs.size(SizeDescr {
                    name: "Float".into(),
                    size: std::mem::size_of::<FloatObj>() as u32,
                    vtable: LayoutId::Float as u32,
                });
                let b = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
                let mut d = FieldDescr::new("Float.value", off::FLOAT_VALUE, Type::Float);
                d.immutable = true;
                let d = self.fd(d);
                self.trace.emit(Opcode::SetfieldGc, &[b, o], d);
                b
            }
            Type::Void => return Err(u(AbortKind::Unsupported, "void value")),
        })
    }

    /// LOAD_ATTR of a plain instance attribute (the interpreter's cached case).
    pub(super) fn load_attr(&mut self, vm: &mut Vm, name: Value) -> Result<(), Abort> {
        let obj = Self::concrete(vm, 0);
        let o = self.top()?;
        if self.ty(o) == Type::Ref && has_layout(obj, LayoutId::Module) {
            return self.load_attr_module(vm, name);
        }
        if self.ty(o) == Type::Ref && has_layout(obj, LayoutId::Type) {
            return self.load_attr_type(vm, name);
        }
        if self.ty(o) != Type::Ref || !has_layout(obj, LayoutId::Instance) {
            return Err(u(AbortKind::Unsupported, "LOAD_ATTR on a non-instance"));
        }
        let cls = get::<InstanceObj>(obj).cls;
        let Some(slot) = vm.instance_slot_of(obj, name) else {
            return self.class_attr(vm, obj, o, name);
        };
        // A `__slots__` member in the class is the attribute's plain instance storage.
        if vm.lookup(cls, name).is_some_and(|a| !is_member(a))
            || !hook_is_default(vm, cls, vm.names.getattribute)
        {
            return Err(u(AbortKind::Unsupported, "LOAD_ATTR through the class"));
        }
        let v = vm.instance_get_slot(obj, slot);
        let loc = self.guard_instance(o, obj, Some(slot))?;
        let w = self.load_slot(o, loc);
        let r = self.unbox_word(w, v)?;
        self.pop()?;
        self.push(r);
        Ok(())
    }

    /// LOAD_ATTR of a class attribute that is not a descriptor, read through an
    /// instance: a constant, guarded by the instance's map (no instance attribute of
    /// that name), class and class version.
    fn class_attr(&mut self, vm: &mut Vm, obj: Value, o: Opnd, name: Value) -> Result<(), Abort> {
        let cls = get::<InstanceObj>(obj).cls;
        let Some(v) = vm.lookup(cls, name) else {
            return Err(u(
                AbortKind::Unsupported,
                "LOAD_ATTR of a missing attribute",
            ));
        };
        if !type_data(cls).instance_based || !hook_is_default(vm, cls, vm.names.getattribute) {
            return Err(u(
                AbortKind::Unsupported,
                "LOAD_ATTR through __getattribute__",
            ));
        }
        if v.is_ptr() && has_layout(v, LayoutId::Function) {
            // `obj.method` (not called at once): a fresh bound method.
            self.guard_instance(o, obj, None)?;
            let fk = self.pin(vm, v)?;
            let bm = self.new_bound_method(fk, o)?;
            self.pop()?;
            self.push(bm);
            return Ok(());
        }
        let descriptor = v.is_ptr()
            && (has_layout(v, LayoutId::Function)
                || has_layout(v, LayoutId::Native)
                || has_layout(v, LayoutId::Wrapper)
                || (has_layout(v, LayoutId::Instance) && {
                    let t = get::<InstanceObj>(v).cls;
                    let g = vm.names.get;
                    vm.lookup(t, g).is_some()
                }));
        if descriptor || v.is_empty() {
            return Err(u(AbortKind::Unsupported, "LOAD_ATTR of a class descriptor"));
        }
        self.guard_instance(o, obj, None)?;
        let c = if is_float(v) {
            self.constant(v)?
        } else {
            self.pin(vm, v)?
        };
        self.pop()?;
        self.push(c);
        Ok(())
    }

    /// STORE_ATTR of a plain instance attribute: an existing slot, or a new one through
    /// the map transition the interpreter already made.
    pub(super) fn store_attr(&mut self, vm: &Vm, name: Value) -> Result<(), Abort> {
        let obj = Self::concrete(vm, 0);
        let o = self.top()?;
        let val = self.peek(1)?;
        let cv = Self::concrete(vm, 1);
        self.check(val, cv)?;
        if cv.is_bool() && self.ty(val) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "storing an unboxed bool"));
        }
        if self.ty(o) != Type::Ref || !has_layout(obj, LayoutId::Instance) {
            return Err(u(AbortKind::Unsupported, "STORE_ATTR on a non-instance"));
        }
        let io = get::<InstanceObj>(obj);
        let cls = io.cls;
        if vm.lookup(cls, name).is_some_and(|a| !is_member(a))
            || !hook_is_default(vm, cls, vm.names.setattr)
        {
            return Err(u(AbortKind::Unsupported, "STORE_ATTR through the class"));
        }
        let (slot, new_map) = match vm.instance_slot_of(obj, name) {
            Some(s) => (s, None),
            None => {
                let m = &vm.maps[io.map as usize];
                let Some(&to) = m.transitions.get(&name) else {
                    return Err(u(AbortKind::Unsupported, "STORE_ATTR makes a new map"));
                };
                ((vm.maps[to.0 as usize].names.len() - 1) as u32, Some(to.0))
            }
        };
        let loc = self.guard_instance(o, obj, Some(slot))?;
        if new_map.is_some() && matches!(loc, SlotLoc::Overflow(..)) {
            return Err(u(AbortKind::Unsupported, "new attribute in overflow slots"));
        }
        let w = self.box_word(val)?;
        if let Some(to) = new_map {
            let md = self.map_descr();
            let k = self.trace.int(to as i64);
            self.trace.emit(Opcode::SetfieldGc, &[o, k], md);
        }
        self.store_slot(o, loc, w);
        self.pop()?;
        self.pop()?;
        Ok(())
    }
}
