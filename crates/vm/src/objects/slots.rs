//! `__slots__`: member descriptors, and classes whose instances have no `__dict__`.
//!
//! A slot's value lives among the instance's ordinary attributes (its map), so the
//! inline caches and the JIT treat it like any attribute. The class gets a member
//! descriptor per slot (a `Wrapper` of kind `Member`: `a` the name, `b` the owner), which
//! reads as "no attribute" while the slot is unset. A class whose `__slots__` lacks
//! `__dict__`, with only such classes (or `object`) as bases, has `TypeData::no_dict`:
//! its instances accept only the declared slot names and have no `__dict__`.

use crate::builtins::arity;
use crate::heap::{get, has_layout};
use crate::layout::*;
use crate::objects::str::{is_str, text};
use crate::objects::types::{is_type, type_data, WrapKind};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

pub fn is_member(v: Value) -> bool {
    has_layout(v, LayoutId::Wrapper) && get::<WrapperObj>(v).kind == WrapKind::Member as u64
}

/// `__x` in class `C` becomes `_C__x` (CPython's private name mangling).
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl Vm {
    /// Class creation: give class `t` the members its namespace's `__slots__` declares.
    pub fn install_slots(&mut self, t: Value, ns: Value) -> PyResult<()> {
        let key = self.intern("__slots__");
        let Some(spec) = self.dict_get_str(ns, key) else {
            return Ok(());
        };
        let names = if is_str(spec) {
            vec![spec]
        } else {
            self.collect_iterable(spec)?
        };
        let mut has_dict = false;
        let class_name = type_data(t).name.clone();
        for n in names {
            if !is_str(n) {
                let tn = self.type_name(n);
                return Err(self.type_error(format!("__slots__ items must be strings, not '{tn}'")));
            }
            let s = text(n).to_string();
            if s == "__dict__" {
                has_dict = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            let valid = s
                .chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphabetic())
                && s.chars().all(|c| c == '_' || c.is_alphanumeric());
            if !valid {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            let name = self.intern(&mangle(&class_name, &s));
            if let Some(existing) = type_data(t).dict.get(&name).copied() {
                if !is_member(existing) {
                    return Err(self
                        .value_error(format!("'{s}' in __slots__ conflicts with class variable")));
                }
            }
            let m = self.new_wrapper(WrapKind::Member, name, t, Value::none());
            self.type_set(t, name, m);
        }
        let object = self.types.object;
        let bases_ok = type_data(t)
            .bases
            .iter()
            .all(|&b| b == object || type_data(b).no_dict);
        type_data(t).no_dict = !has_dict && bases_ok;
        Ok(())
    }

    /// A store of `name` on an instance of a `no_dict` class that declares no such slot.
    pub fn slots_reject(
        &mut self,
        obj: Value,
        cls: Value,
        name: Value,
    ) -> Option<crate::vm::Raised> {
        if !type_data(cls).no_dict {
            return None;
        }
        let found = self.lookup(cls, name);
        if found.is_some_and(is_member) || text(name) == crate::objects::types::BASE_VALUE {
            return None;
        }
        if found.is_some() {
            let (tn, n) = (type_data(cls).name.clone(), text(name).to_string());
            return Some(
                self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")),
            );
        }
        Some(self.no_attribute(obj, name))
    }

    fn member_check(&mut self, m: Value, obj: Value) -> PyResult<Value> {
        let w = get::<WrapperObj>(m);
        let (name, owner) = (w.a, w.b);
        if has_layout(obj, LayoutId::Instance) && self.isinstance(obj, owner) {
            return Ok(name);
        }
        let (n, on) = (text(name).to_string(), type_data(owner).name.clone());
        let tn = self.type_name(obj);
        Err(self.type_error(format!(
            "descriptor '{n}' for '{on}' objects doesn't apply to a '{tn}' object"
        )))
    }
}

fn member_get(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__get__", &args[1..], 1, 2)?;
    let (m, obj) = (args[0], args[1]);
    if obj.is_none() {
        return Ok(m);
    }
    let name = vm.member_check(m, obj)?;
    match vm.instance_get(obj, name) {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

fn member_set(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__set__", &args[1..], 2, 2)?;
    let name = vm.member_check(args[0], args[1])?;
    vm.instance_set(args[1], name, args[2]);
    Ok(Value::none())
}

fn member_delete(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__delete__", &args[1..], 1, 1)?;
    let name = vm.member_check(args[0], args[1])?;
    if vm.instance_del(args[1], name) {
        Ok(Value::none())
    } else {
        let n = text(name).to_string();
        Err(vm.attribute_error(n))
    }
}

/// `<member 'x' of 'T' objects>`.
pub fn member_repr(m: Value) -> String {
    let w = get::<WrapperObj>(m);
    let owner = if is_type(w.b) {
        type_data(w.b).name.clone()
    } else {
        "?".to_string()
    };
    format!("<member '{}' of '{owner}' objects>", text(w.a))
}

/// The methods of `member_descriptor`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor;
    for &(n, f) in &[
        ("__get__", member_get as NativeFn),
        ("__set__", member_set),
        ("__delete__", member_delete),
    ] {
        vm.add_method(t, n, f);
    }
}
