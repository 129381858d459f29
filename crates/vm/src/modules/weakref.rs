//! `weakref` and `_weakref`: weak references over the collector's weak cells.
//!
//! A cell is a `Wrapper` of kind `WeakCell` whose referent the collector does not trace
//! (`heap/collect.rs` clears it to None when the referent dies, at the collection that
//! finds it dead: coil frees nothing between collections, so a referent dropped by
//! `del` stays reachable through its weak references until the next collection or
//! `gc.collect()`). `ref`, proxies, `WeakMethod`, `WeakValueDictionary`,
//! `WeakKeyDictionary`, `WeakSet` and `finalize` are Python classes over the cells
//! (`WEAKREF_SOURCE`); a callback runs at the safepoint after the collection, or before
//! `gc.collect()` returns.

use super::exec_source;
use crate::builtins::arity;
use crate::heap::{get, has_layout};
use crate::layout::*;
use crate::objects::types::WrapKind;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

const WEAKREF_SOURCE: &str = include_str!("weakref.py");

fn is_cell(v: Value) -> bool {
    has_layout(v, LayoutId::Wrapper) && get::<WrapperObj>(v).kind == WrapKind::WeakCell as u64
}

/// Objects CPython refuses weak references to (ints, strs, tuples, lists, dicts, ...).
fn weakrefable(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    !matches!(
        crate::heap::layout_of(v),
        LayoutId::NoneType
            | LayoutId::Bool
            | LayoutId::NotImplementedType
            | LayoutId::EllipsisType
            | LayoutId::BigInt
            | LayoutId::Float
            | LayoutId::Complex
            | LayoutId::Str
            | LayoutId::Bytes
            | LayoutId::ByteArray
            | LayoutId::Tuple
            | LayoutId::List
            | LayoutId::Dict
            | LayoutId::Range
            | LayoutId::Slice
    )
}

/// `_cell(obj, owner, callback)`: a new weak cell registered with the heap.
fn w_cell(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "_cell", args, 3, 3)?;
    let obj = args[0];
    if !weakrefable(obj) {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")));
    }
    let c = vm.new_wrapper(WrapKind::WeakCell, obj, args[1], args[2]);
    vm.heap.weak_cells.push(c.addr());
    Ok(c)
}

/// `_get(cell)`: the referent, or None once it died.
fn w_get(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "_get", args, 1, 1)?;
    if !is_cell(args[0]) {
        return Err(vm.type_error("_get: expected a weak cell"));
    }
    Ok(get::<WrapperObj>(args[0]).a)
}

/// The owners (ref objects) of the live cells referring to `obj`.
fn refs_to(vm: &Vm, obj: Value) -> Vec<Value> {
    let mut out = Vec::new();
    if !obj.is_ptr() {
        return out;
    }
    for &addr in &vm.heap.weak_cells {
        let w = get::<WrapperObj>(Value::from_addr(addr));
        if w.a == obj && !w.b.is_none() {
            out.push(w.b);
        }
    }
    out
}

fn w_getweakrefcount(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getweakrefcount", args, 1, 1)?;
    Ok(Value::small(refs_to(vm, args[0]).len() as i64))
}

fn w_getweakrefs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getweakrefs", args, 1, 1)?;
    let r = refs_to(vm, args[0]);
    Ok(vm.new_list(&r))
}

/// After a collection: queue (callback, ref) of every cleared cell that has a callback.
pub fn take_cleared(vm: &mut Vm) {
    let cleared = std::mem::take(&mut vm.heap.weak_cleared);
    for addr in cleared {
        let w = get::<WrapperObj>(Value::from_addr(addr));
        if !w.c.is_none() && !w.b.is_none() {
            let (cb, owner) = (w.c, w.b);
            vm.weak_pending.push(cb);
            vm.weak_pending.push(owner);
        }
    }
}

impl Vm {
    /// Call the queued weak reference callbacks (at a safepoint, or in `gc.collect()`).
    /// An exception in one is reported like CPython's unraisable hook and the rest run.
    pub fn run_weak_callbacks(&mut self) {
        if self.gc_inhibit != 0 {
            return;
        }
        while self.weak_pending.len() >= 2 {
            let cb = self.weak_pending.remove(0);
            let owner = self.weak_pending.remove(0);
            self.gc_inhibit += 1;
            let r = self.call(cb, &[owner]);
            self.gc_inhibit -= 1;
            if r.is_err() {
                let e = self.exc;
                self.exc = Value::none();
                let report = self.format_unraisable("Exception ignored in", cb, e);
                self.stdout.flush();
                self.stderr.write_str(&report);
            }
        }
    }
}

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "weakref").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "weakref");
    vm.def_fn(d, "_cell", w_cell);
    vm.def_fn(d, "_get", w_get);
    vm.def_fn(d, "getweakrefcount", w_getweakrefcount);
    vm.def_fn(d, "getweakrefs", w_getweakrefs);
    let _ = exec_source(vm, d, WEAKREF_SOURCE, "<weakref>");
    let (_, d2) = super::new_module(vm, "_weakref");
    for name in [
        "ref",
        "proxy",
        "getweakrefcount",
        "getweakrefs",
        "ReferenceType",
        "ProxyType",
        "CallableProxyType",
    ] {
        let k = vm.intern(name);
        if let Some(v) = vm.dict_get_str(d, k) {
            vm.dict_set_str(d2, k, v);
        }
    }
}
