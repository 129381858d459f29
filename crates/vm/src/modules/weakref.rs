//! `weakref`: importable, but every constructor raises NotImplementedError: the GC has no
//! weak references yet, and a "weak" reference that holds its target strongly would
//! silently change programs' behaviour (objects kept alive, callbacks never run).

use crate::builtins::arity;
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

macro_rules! unsupported {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
            Err(vm.not_supported(concat!("weak references (weakref.", $name, ")")))
        })*
        const UNSUPPORTED: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

unsupported! {
    w_ref => "ref",
    w_proxy => "proxy",
    w_finalize => "finalize",
    w_weak_method => "WeakMethod",
    w_value_dict => "WeakValueDictionary",
    w_key_dict => "WeakKeyDictionary",
    w_set => "WeakSet",
}

fn w_getweakrefcount(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getweakrefcount", args, 1, 1)?;
    Ok(Value::small(0))
}

fn w_getweakrefs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getweakrefs", args, 1, 1)?;
    Ok(vm.new_list(&[]))
}

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "weakref").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "weakref");
    for &(n, f) in UNSUPPORTED {
        vm.def_fn(d, n, f);
    }
    vm.def_fn(d, "getweakrefcount", w_getweakrefcount);
    vm.def_fn(d, "getweakrefs", w_getweakrefs);
    let (_, d2) = super::new_module(vm, "_weakref");
    vm.def_fn(d2, "ref", w_ref);
    vm.def_fn(d2, "proxy", w_proxy);
}
