//! Built-in functions, types' methods and native modules; `install` wires them into the VM.

pub mod bytes;
pub mod core;
pub mod ctors;
pub mod io;
pub mod methods;
pub mod modules;
pub mod numbers;
pub mod strings;

use crate::heap::get;
use crate::layout::*;
use crate::objects::str::text;
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

/// Check a native's positional argument count (`name` as CPython prints it).
pub fn arity(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

/// Reject keyword arguments for natives that take none.
pub fn no_kw(vm: &mut Vm, name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Find keyword argument `name`.
pub fn kwarg(kw: Kwargs, name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| text(*k) == name).map(|(_, v)| *v)
}

/// Reject keyword arguments other than `allowed`.
/// Like [`only_kw`] with the wording of CPython's argument-clinic parsers ("'k' is an
/// invalid keyword argument for f()").
pub fn clinic_kw(vm: &mut Vm, fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = text(*k);
        if !allowed.contains(&n) {
            return Err(vm.type_error(format!(
                "'{n}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

pub fn only_kw(vm: &mut Vm, fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let n = text(*k);
        if !allowed.contains(&n) {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{n}'"
            )));
        }
    }
    Ok(())
}

impl Vm {
    pub fn new_module(&mut self, name: &str) -> Value {
        let dict = self.new_dict_old();
        let n = self.new_str_old(name);
        let key = self.names.name;
        self.dict_set_str(dict, key, n);
        self.heap.alloc_old(ModuleObj {
            header: Header::new(LayoutId::Module),
            name: n,
            dict,
        })
    }

    pub fn module_dict(&self, m: Value) -> Value {
        get::<ModuleObj>(m).dict
    }

    /// Define a native function in a module dict.
    pub fn def_fn(&mut self, dict: Value, name: &'static str, f: NativeFn) {
        let n = self.native(name, name, f);
        let key = self.intern(name);
        self.dict_set_str(dict, key, n);
    }

    pub fn def_value(&mut self, dict: Value, name: &str, v: Value) {
        let key = self.intern(name);
        self.dict_set_str(dict, key, v);
    }
}

/// Build the builtins module, the built-in types' methods, sys, math and gc (the other
/// native modules are created when first imported: `crate::modules::load_lazy`).
pub fn install(vm: &mut Vm) {
    let bmod = vm.new_module("builtins");
    let b = vm.module_dict(bmod);
    vm.builtins = b;
    vm.modules = vm.new_dict_old();
    let key = vm.intern("builtins");
    vm.dict_set_str(vm.modules, key, bmod);
    // Types by name.
    let names: Vec<(&str, Value)> = vec![
        ("object", vm.types.object),
        ("type", vm.types.type_),
        ("int", vm.types.int),
        ("bool", vm.types.bool_),
        ("float", vm.types.float),
        ("complex", vm.types.complex),
        ("str", vm.types.str),
        ("bytes", vm.types.bytes),
        ("bytearray", vm.types.bytearray),
        ("list", vm.types.list),
        ("tuple", vm.types.tuple),
        ("dict", vm.types.dict),
        ("set", vm.types.set),
        ("frozenset", vm.types.frozenset),
        ("range", vm.types.range),
        ("slice", vm.types.slice),
        ("property", vm.types.property),
        ("staticmethod", vm.types.staticmethod),
        ("classmethod", vm.types.classmethod),
        ("super", vm.types.super_),
        ("enumerate", vm.types.enumerate),
        ("zip", vm.types.zip),
        ("map", vm.types.map),
        ("filter", vm.types.filter),
        ("reversed", vm.types.reversed),
    ];
    for (n, t) in names {
        vm.def_value(b, n, t);
    }
    for &(name, _) in crate::objects::types::EXCEPTIONS {
        let t = vm.exc_type(name);
        vm.def_value(b, name, t);
    }
    let env = vm.exc_type("OSError");
    vm.def_value(b, "EnvironmentError", env);
    vm.def_value(b, "IOError", env);
    vm.def_value(b, "None", Value::none());
    vm.def_value(b, "Ellipsis", Value::ellipsis());
    vm.def_value(b, "NotImplemented", Value::not_implemented());
    vm.def_value(b, "__debug__", Value::true_());
    core::install(vm, b);
    ctors::install(vm);
    methods::install(vm);
    crate::interp::coro::install(vm);
    crate::objects::slots::install(vm);
    numbers::install(vm);
    strings::install(vm);
    bytes::install(vm);
    crate::objects::complex::install(vm);
    io::install(vm, b);
    modules::install(vm);
    // memoryview is written in Python (a byte view of bytes/bytearray).
    let _ = crate::modules::exec_source(vm, b, include_str!("memoryview.py"), "<builtins>");
    let _ = crate::modules::exec_source(vm, b, include_str!("asynciter.py"), "<builtins>");
    let bk = vm.names.builtins;
    let _ = vm.dict_del(b, bk);
}
