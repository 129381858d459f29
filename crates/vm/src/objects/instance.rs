//! Instances of user classes: allocation and map-based attribute slots.

use crate::heap::{self, get};
use crate::layout::*;
use crate::objects::types::{type_data, MapId};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A fresh instance of class `cls` with no attributes.
    pub fn new_instance(&mut self, cls: Value) -> Value {
        let d = type_data(cls);
        let nslots = (d.slot_hint as usize).clamp(2, 32);
        let map = d.root_map;
        let v = self.heap.alloc_raw(
            LayoutId::Instance,
            std::mem::size_of::<InstanceObj>() + 8 * nslots,
        );
        let o = get::<InstanceObj>(v);
        o.cls = cls;
        o.map = map.0 as u64;
        o.overflow = Value::EMPTY;
        o.nslots = nslots as u64;
        if self.class_has_del(cls) {
            self.heap.register_del(v);
        }
        v
    }

    /// The slot index of attribute `name` (interned) in instance `inst`.
    #[inline]
    pub fn instance_slot_of(&self, inst: Value, name: Value) -> Option<u32> {
        let m = get::<InstanceObj>(inst).map as usize;
        self.maps[m].index.get(&name).copied()
    }

    #[inline]
    pub fn instance_get_slot(&self, inst: Value, slot: u32) -> Value {
        let o = get::<InstanceObj>(inst);
        let s = slot as usize;
        if s < o.nslots as usize {
            heap::instance_slots(inst)[s]
        } else {
            heap::items(o.overflow)[s - o.nslots as usize]
        }
    }

    #[inline]
    pub fn instance_set_slot(&mut self, inst: Value, slot: u32, v: Value) {
        let o = get::<InstanceObj>(inst);
        let s = slot as usize;
        // A value that is not a pointer needs no barrier (it cannot point into the nursery).
        if s < o.nslots as usize {
            heap::instance_slots(inst)[s] = v;
            if v.is_ptr() {
                self.heap.barrier(inst);
            }
        } else {
            let arr = o.overflow;
            heap::items(arr)[s - o.nslots as usize] = v;
            if v.is_ptr() {
                self.heap.barrier(arr);
            }
        }
    }

    /// The instance's attribute dict when it is in dict mode (its `__dict__` was taken).
    #[inline]
    pub fn instance_dict_mode(&self, inst: Value) -> Option<Value> {
        let o = get::<InstanceObj>(inst);
        if self.maps[o.map as usize].dict_mode {
            Some(heap::instance_slots(inst)[0])
        } else {
            None
        }
    }

    /// The instance's `__dict__`: switches the instance to dict mode (its attributes move
    /// into a real dict kept in slot 0, so changes through the dict are its attributes).
    pub fn instance_dict(&mut self, inst: Value) -> Value {
        if let Some(d) = self.instance_dict_mode(inst) {
            return d;
        }
        let attrs = self.instance_attrs(inst);
        let d = self.new_dict();
        for (k, v) in attrs {
            if !self.slot_member(inst, k) {
                self.dict_set_str(d, k, v);
            }
        }
        self.instance_set_dict(inst, d);
        d
    }

    /// Whether `name` is a `__slots__` member of the instance's class (its value lives
    /// outside `__dict__`: in dict mode, in a second dict kept in slot 1).
    fn slot_member(&self, inst: Value, name: Value) -> bool {
        let cls = get::<InstanceObj>(inst).cls;
        self.lookup(cls, name)
            .is_some_and(crate::objects::slots::is_member)
    }

    /// In dict mode, the dict of `__slots__` member values (slot 1), made on demand.
    fn members_dict(&mut self, inst: Value, create: bool) -> Option<Value> {
        let m = heap::instance_slots(inst)[1];
        if !m.is_empty() || !create {
            return Some(m).filter(|m| !m.is_empty());
        }
        let d = self.new_dict();
        heap::instance_slots(inst)[1] = d;
        self.heap.barrier(inst);
        Some(d)
    }

    /// Make `d` (a dict) the instance's `__dict__` (`obj.__dict__ = d`).
    pub fn instance_set_dict(&mut self, inst: Value, d: Value) {
        let cls = get::<InstanceObj>(inst).cls;
        let map = match type_data(cls).dict_map {
            Some(m) => m,
            None => {
                let m = self.new_map(cls, Vec::new());
                self.maps[m.0 as usize].dict_mode = true;
                type_data(cls).dict_map = Some(m);
                m
            }
        };
        // `__slots__` members keep their values (slot 1 in dict mode).
        let members = match self.instance_dict_mode(inst) {
            Some(_) => heap::instance_slots(inst)[1],
            None => Value::EMPTY,
        };
        let moved: Vec<(Value, Value)> = if members.is_empty() {
            let attrs = self.instance_attrs(inst);
            attrs
                .into_iter()
                .filter(|&(k, _)| self.slot_member(inst, k))
                .collect()
        } else {
            Vec::new()
        };
        for s in heap::instance_slots(inst) {
            *s = Value::EMPTY;
        }
        let o = get::<InstanceObj>(inst);
        o.overflow = Value::EMPTY;
        o.map = map.0 as u64;
        heap::instance_slots(inst)[0] = d;
        heap::instance_slots(inst)[1] = members;
        self.heap.barrier(inst);
        for (k, v) in moved {
            self.instance_set(inst, k, v);
        }
    }

    /// Read attribute `name` (interned) stored on the instance itself.
    pub fn instance_get(&self, inst: Value, name: Value) -> Option<Value> {
        if let Some(mut d) = self.instance_dict_mode(inst) {
            if self.slot_member(inst, name) {
                d = heap::instance_slots(inst)[1];
                if d.is_empty() {
                    return None;
                }
            }
            let dd = crate::objects::dict::dict_data(d);
            let h = crate::objects::str::str_hash(name);
            return match dd.find_native(h, name) {
                Ok(Some(i)) => Some(dd.entries[i].value),
                _ => None,
            };
        }
        let slot = self.instance_slot_of(inst, name)?;
        let v = self.instance_get_slot(inst, slot);
        if v.is_empty() {
            None
        } else {
            Some(v)
        }
    }

    /// Store attribute `name` (interned) on the instance, extending its map if needed.
    pub fn instance_set(&mut self, inst: Value, name: Value, v: Value) {
        if let Some(mut d) = self.instance_dict_mode(inst) {
            if self.slot_member(inst, name) {
                d = self.members_dict(inst, true).unwrap_or(d);
            }
            self.dict_set_str(d, name, v);
            return;
        }
        if let Some(slot) = self.instance_slot_of(inst, name) {
            self.instance_set_slot(inst, slot, v);
            return;
        }
        let m = MapId(get::<InstanceObj>(inst).map as u32);
        let nm = self.map_add(m, name);
        let slot = self.maps[nm.0 as usize].names.len() - 1;
        let o = get::<InstanceObj>(inst);
        let nslots = o.nslots as usize;
        if slot >= nslots {
            let need = slot - nslots + 1;
            let old = o.overflow;
            let cap = if old.is_empty() {
                0
            } else {
                heap::items(old).len()
            };
            if need > cap {
                let newcap = (cap * 2).max(4).max(need);
                let arr = self.new_value_array(newcap);
                if !old.is_empty() {
                    let src = heap::items(old);
                    heap::items(arr)[..cap].copy_from_slice(src);
                }
                get::<InstanceObj>(inst).overflow = arr;
                self.heap.barrier(inst);
            }
        }
        get::<InstanceObj>(inst).map = nm.0 as u64;
        self.instance_set_slot(inst, slot as u32, v);
    }

    /// Remove attribute `name`; false if absent. (Rebuilds the instance's map.)
    pub fn instance_del(&mut self, inst: Value, name: Value) -> bool {
        if let Some(mut d) = self.instance_dict_mode(inst) {
            if self.slot_member(inst, name) {
                match self.members_dict(inst, false) {
                    Some(m) => d = m,
                    None => return false,
                }
            }
            return matches!(self.dict_del(d, name), Ok(Some(_)));
        }
        let Some(_) = self.instance_get(inst, name) else {
            return false;
        };
        let attrs = self.instance_attrs(inst);
        let cls = get::<InstanceObj>(inst).cls;
        let root = type_data(cls).root_map;
        get::<InstanceObj>(inst).map = root.0 as u64;
        for s in heap::instance_slots(inst) {
            *s = Value::EMPTY;
        }
        for (k, v) in attrs {
            if k != name {
                self.instance_set(inst, k, v);
            }
        }
        true
    }

    /// (name, value) of every attribute stored on the instance, in insertion order.
    pub fn instance_attrs(&self, inst: Value) -> Vec<(Value, Value)> {
        if let Some(d) = self.instance_dict_mode(inst) {
            return crate::objects::dict::dict_data(d).iter().collect();
        }
        let m = get::<InstanceObj>(inst).map as usize;
        let names = self.maps[m].names.clone();
        let mut out = Vec::with_capacity(names.len());
        for (i, n) in names.into_iter().enumerate() {
            let v = self.instance_get_slot(inst, i as u32);
            if !v.is_empty() {
                out.push((n, v));
            }
        }
        out
    }

    /// A GC-managed array of `n` EMPTY values.
    pub fn new_value_array(&mut self, n: usize) -> Value {
        let v = self.heap.alloc_raw(
            LayoutId::ValueArray,
            std::mem::size_of::<ValueArrayObj>() + 8 * n,
        );
        get::<ValueArrayObj>(v).len = n as u64;
        v
    }
}

impl Vm {
    /// The wrapped built-in value of an instance of a subclass of a built-in value type.
    #[inline]
    pub fn base_value(&mut self, v: Value) -> Option<Value> {
        if !heap::has_layout(v, LayoutId::Instance) {
            return None;
        }
        let cls = get::<InstanceObj>(v).cls;
        if type_data(cls).base_value_type.is_empty() {
            return None;
        }
        let key = self.intern(crate::objects::types::BASE_VALUE);
        self.instance_get(v, key)
    }

    /// `v`, or its wrapped built-in value when its class does not define `dunder` in Python.
    #[inline]
    pub fn unwrap_for(&mut self, v: Value, dunder: Value) -> Value {
        if !heap::has_layout(v, LayoutId::Instance) {
            return v;
        }
        let cls = get::<InstanceObj>(v).cls;
        if type_data(cls).base_value_type.is_empty() {
            return v;
        }
        match self.lookup(cls, dunder) {
            Some(f) if !heap::has_layout(f, LayoutId::Native) => v,
            _ => self.base_value(v).unwrap_or(v),
        }
    }

    /// The receiver a native method should see: the wrapped value when the native belongs to
    /// the built-in base type of `obj`'s class (except `__init__`/`__new__`).
    pub fn receiver_for_native(&mut self, native: Value, obj: Value) -> Value {
        if !heap::has_layout(obj, LayoutId::Instance) || !heap::has_layout(native, LayoutId::Native)
        {
            return obj;
        }
        let cls = get::<InstanceObj>(obj).cls;
        let b = type_data(cls).base_value_type;
        if b.is_empty() {
            return obj;
        }
        let def = &self.natives[get::<NativeObj>(native).index as usize];
        let owner = def.qualname.split('.').next().unwrap_or("");
        if owner == type_data(b).name && def.name != "__init__" && def.name != "__new__" {
            return self.base_value(obj).unwrap_or(obj);
        }
        obj
    }

    /// Store the built-in value wrapped by instance `inst`.
    pub fn set_base_value(&mut self, inst: Value, v: Value) {
        let key = self.intern(crate::objects::types::BASE_VALUE);
        self.instance_set(inst, key, v);
    }

    /// Create the wrapped value of a new instance of `cls` (a subclass of a built-in type):
    /// immutable bases are built from the arguments, the others start empty.
    pub fn init_base_value(
        &mut self,
        inst: Value,
        cls: Value,
        args: &[Value],
        kw: crate::vm::Kwargs,
    ) -> crate::vm::PyResult<()> {
        let b = type_data(cls).base_value_type;
        if b.is_empty() {
            return Ok(());
        }
        let name = type_data(b).name.clone();
        let v = if crate::objects::types::IMMUTABLE_BASES.contains(&name.as_str()) {
            let ctor = type_data(b).ctor.expect("built-in ctor");
            let mut a = vec![b];
            a.extend_from_slice(args);
            ctor(self, &a, kw)?
        } else {
            match name.as_str() {
                "property" | "classmethod" | "staticmethod" => {
                    let kind = match name.as_str() {
                        "property" => crate::objects::types::WrapKind::Property,
                        "classmethod" => crate::objects::types::WrapKind::ClassMethod,
                        _ => crate::objects::types::WrapKind::StaticMethod,
                    };
                    let n = Value::none();
                    self.new_wrapper(kind, n, n, n)
                }
                _ => {
                    let ctor = type_data(b).ctor.expect("built-in ctor");
                    ctor(self, &[b], &[])?
                }
            }
        };
        self.set_base_value(inst, v);
        Ok(())
    }
}
