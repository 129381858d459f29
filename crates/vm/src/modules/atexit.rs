//! `atexit`: register, unregister, _run_exitfuncs, _clear, _ncallbacks.
//!
//! The callbacks live in the module's `_callbacks` list (None where unregistered). The
//! VM runs them when the program ends (normally, by SystemExit or by an uncaught
//! exception, after its traceback is printed) through [`run_exit_hooks`]: last in, first
//! out; an exception in a callback, SystemExit included, is reported as CPython's
//! unraisable-exception hook does and the next callback runs.

use super::exec_source;
use crate::heap::has_layout;
use crate::layout::LayoutId;
use crate::objects::seq::list_items;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

const ATEXIT_SOURCE: &str = r#"
_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    # Like CPython, the slot is emptied but still counted by _ncallbacks().
    for i, c in enumerate(_callbacks):
        if c is not None and c[0] == func:
            _callbacks[i] = None


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "atexit").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "atexit");
    let _ = exec_source(vm, d, ATEXIT_SOURCE, "<atexit>");
    vm.def_fn(d, "_run_exitfuncs", run_exitfuncs);
}

fn run_exitfuncs(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    run_exit_hooks(vm);
    Ok(Value::none())
}

/// Run (and remove) the registered atexit callbacks, last registered first.
pub fn run_exit_hooks(vm: &mut Vm) {
    let Some(m) = super::existing_module(vm, "atexit") else {
        return;
    };
    let d = vm.module_dict(m);
    let k = vm.intern("_callbacks");
    let Some(list) = vm.dict_get_str(d, k) else {
        return;
    };
    // No collection runs between the calls below (a call from Rust inhibits collections
    // while it runs), so the Values held here stay valid.
    while has_layout(list, LayoutId::List) && !list_items(list).is_empty() {
        let n = list_items(list).len();
        let entry = vm.list_remove_at(list, n - 1);
        if !has_layout(entry, LayoutId::Tuple) || crate::heap::items(entry).len() != 3 {
            continue;
        }
        let [func, args, kwargs] =
            <[Value; 3]>::try_from(&crate::heap::items(entry)[..]).expect("three items");
        let args = if has_layout(args, LayoutId::Tuple) {
            crate::heap::items(args).to_vec()
        } else {
            Vec::new()
        };
        let kw = if has_layout(kwargs, LayoutId::Dict) {
            vm.dict_items_vec(kwargs)
        } else {
            Vec::new()
        };
        if vm.call_generic(func, &args, &kw).is_err() {
            let e = vm.exc;
            let report = vm.format_unraisable("Exception ignored in atexit callback", func, e);
            vm.stdout.flush();
            vm.stderr.write_str(&report);
        }
    }
}
