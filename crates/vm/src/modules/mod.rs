//! Native standard modules beyond the VM's core set (`_random`, `hashlib`, `io`, `os`, ...):
//! one file per module, each with an `install` that registers it in `sys.modules`, run
//! the first time the module is imported ([`LAZY`]).
//!
//! Classes defined here are ordinary instance-based classes (so Python code can subclass
//! them); their native state lives in a hidden instance attribute whose name is not an
//! identifier (`STATE`), holding a VM value (a value array, a list, bytes...). Native
//! methods check their receiver with [`receiver`] and find the state with [`state`].

pub mod array;
pub mod astdump;
pub mod atexit;
pub mod binascii;
pub mod errno;
pub mod gc;
pub mod hashlib;
pub mod io;
pub mod os;
pub mod random;
pub mod sre;
pub mod stdio;
pub mod structs;
pub mod tbhelp;
pub mod time;
pub mod unicodedata;
mod unicodedata_table;
pub mod weakref;
pub mod zlib;

use crate::value::Value;
use crate::vm::{NativeFn, PyResult, Vm};

/// Name of the hidden instance attribute holding a native object's state.
pub const STATE: &str = " state";

/// Registers a native module (and its companions) in sys.modules.
type Installer = fn(&mut Vm);

/// Native modules created the first time they are imported (several run Python source
/// when created, which would otherwise cost every start-up): the names `import` finds
/// here, each with the installer that registers it (and its companions) in sys.modules.
const LAZY: &[(&str, Installer)] = &[
    ("_random", random::install),
    ("hashlib", hashlib::install),
    ("_hashlib", hashlib::install),
    ("time", install_time),
    ("io", io::install),
    ("errno", errno::install),
    ("os", os::install),
    ("os.path", os::install),
    ("posixpath", os::install),
    ("struct", structs::install),
    ("array", array::install),
    ("weakref", weakref::install),
    ("_weakref", weakref::install),
    ("atexit", atexit::install),
    ("_coil_re", sre::install),
    ("gc", gc::install),
    ("binascii", binascii::install),
    ("_coil_traceback", tbhelp::install),
    ("_coil_ast", astdump::install),
    ("zlib", zlib::install),
    ("unicodedata", unicodedata::install),
];

fn install_time(vm: &mut Vm) {
    crate::builtins::modules::install_time(vm);
    time::install(vm);
}

/// Called by `import` when `name` is not in sys.modules: create it if it is one of the
/// lazily created native modules. True when an installer ran.
pub fn load_lazy(vm: &mut Vm, name: &str) -> bool {
    match LAZY.iter().find(|(n, _)| *n == name) {
        Some(&(_, install)) => {
            install(vm);
            true
        }
        None => false,
    }
}

/// A new module registered in sys.modules under `name`; returns (module, its dict).
pub fn new_module(vm: &mut Vm, name: &str) -> (Value, Value) {
    let m = vm.new_module(name);
    let k = vm.intern(name);
    let mods = vm.modules;
    vm.dict_set_str(mods, k, m);
    let d = vm.module_dict(m);
    (m, d)
}

/// Is a module of this name already registered (by the VM's own installer)?
pub fn existing_module(vm: &mut Vm, name: &str) -> Option<Value> {
    let k = vm.intern(name);
    vm.dict_get_str(vm.modules, k)
}

/// A subclassable class `module.name` with native methods, bound as `name` in `dict`.
pub fn new_class(
    vm: &mut Vm,
    dict: Value,
    module: &str,
    name: &str,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    let object = vm.types.object;
    let t = match vm.new_type(name, vec![object], module, false) {
        Ok(t) => t,
        Err(_) => return Value::none(),
    };
    vm.misc_roots.push(t);
    for &(n, f) in methods {
        vm.add_method(t, n, f);
    }
    let mk = vm.names.module;
    let mv = vm.new_str_old(module);
    vm.type_set(t, mk, mv);
    vm.def_value(dict, name, t);
    t
}

/// The native state of `obj` (EMPTY when not set yet).
pub fn state(vm: &mut Vm, obj: Value) -> Value {
    if !crate::heap::has_layout(obj, crate::layout::LayoutId::Instance) {
        return Value::EMPTY;
    }
    let k = vm.intern(STATE);
    vm.instance_get(obj, k).unwrap_or(Value::EMPTY)
}

/// Store the native state of `obj`.
pub fn set_state(vm: &mut Vm, obj: Value, s: Value) {
    let k = vm.intern(STATE);
    vm.instance_set(obj, k, s);
}

/// Check that a method's receiver (`args[0]`) is an instance of `cls` (CPython's message).
pub fn receiver(vm: &mut Vm, args: &[Value], cls: Value, method: &str) -> PyResult<Value> {
    let Some(&r) = args.first() else {
        let q = crate::objects::types::type_data(cls).name.clone();
        return Err(vm.type_error(format!("unbound method {q}.{method}() needs an argument")));
    };
    if crate::heap::has_layout(r, crate::layout::LayoutId::Instance) && vm.isinstance(r, cls) {
        return Ok(r);
    }
    let d = crate::objects::types::type_data(cls);
    let (m, n) = (d.module.clone(), d.name.clone());
    let tn = vm.type_name(r);
    Err(vm.type_error(format!(
        "descriptor '{method}' for '{m}.{n}' objects doesn't apply to a '{tn}' object"
    )))
}

/// The class object stored as `name` in module `module` (for receiver checks).
pub fn class_of_module(vm: &mut Vm, module: &str, name: &str) -> Value {
    let Some(m) = existing_module(vm, module) else {
        return vm.types.object;
    };
    let d = vm.module_dict(m);
    let k = vm.intern(name);
    vm.dict_get_str(d, k).unwrap_or(vm.types.object)
}

/// An int argument as i64 (TypeError naming the type otherwise).
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    use crate::objects::int::{as_int, Int};
    match as_int(v) {
        Some(Int::S(n)) => Ok(n),
        Some(Int::B(_)) => Err(vm.overflow_error("Python int too large to convert to C long")),
        None => {
            if let Some(i) = vm.index_hook(v)? {
                return Ok(i);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// Fill `buf` with OS randomness (falls back to a clock-derived stream).
pub fn os_random(buf: &mut [u8]) {
    use std::io::Read;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return;
        }
    }
    let mut x = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0x9e37_79b9_7f4a_7c15)
        ^ (std::process::id() as u64) << 32;
    for b in buf.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
}

/// Define a read-only property `name` on class `cls` whose getter is a native.
pub fn add_property(vm: &mut Vm, cls: Value, name: &'static str, getter: NativeFn) {
    let qual = format!("{}.{}", crate::objects::types::type_data(cls).name, name);
    let g = vm.native(name, &qual, getter);
    let none = Value::none();
    let p = vm.new_wrapper(crate::objects::types::WrapKind::Property, g, none, none);
    let k = vm.intern(name);
    vm.type_set(cls, k, p);
}

/// The bytes of a bytes argument (TypeError for anything else, with `what`'s wording).
pub fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if crate::heap::has_layout(v, crate::layout::LayoutId::Bytes) {
        return Ok(crate::heap::bytes_data(v).to_vec());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// Run Python source `src` in module dict `dict` (class scaffolding written in Python).
/// Used at installation time; a failure leaves the names it would have defined unset.
pub fn exec_source(vm: &mut Vm, dict: Value, src: &str, filename: &str) -> PyResult<()> {
    let bk = vm.names.builtins;
    let bkey = vm.intern("builtins");
    if let Some(bm) = vm.dict_get_str(vm.modules, bkey) {
        vm.dict_set_str(dict, bk, bm);
    }
    let code = vm.compile_file_source(src, filename)?;
    vm.gc_inhibit += 1;
    let r = vm.run_code(code, dict, dict);
    vm.gc_inhibit -= 1;
    r.map(|_| ())
}

/// Set the module a class defined by [`exec_source`] reports (its repr and `__module__`).
pub fn set_class_module(vm: &mut Vm, dict: Value, name: &str, module: &str) {
    let k = vm.intern(name);
    let Some(cls) = vm.dict_get_str(dict, k) else {
        return;
    };
    if !crate::objects::types::is_type(cls) {
        return;
    }
    crate::objects::types::type_data(cls).module = module.to_string();
    let mk = vm.names.module;
    let mv = vm.new_str_old(module);
    vm.type_set(cls, mk, mv);
}
