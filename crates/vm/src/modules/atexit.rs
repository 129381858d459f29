//! `atexit`: register, unregister, _run_exitfuncs, _clear, _ncallbacks.
//!
//! The callbacks live in the module's `_callbacks` list. The embedder runs them when the
//! main module finishes by calling [`run_exit_hooks`] (CPython runs them last-in,
//! first-out and prints, then ignores, exceptions they raise).

use super::exec_source;
use crate::vm::Vm;

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


def _run_exitfuncs():
    import sys
    while _callbacks:
        c = _callbacks.pop()
        if c is None:
            continue
        func, args, kwargs = c
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            print('%s: %s' % (type(e).__name__, e), file=sys.stderr)
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "atexit").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "atexit");
    let _ = exec_source(vm, d, ATEXIT_SOURCE, "<atexit>");
}

/// Run the registered atexit callbacks (call once, when the main module has finished).
pub fn run_exit_hooks(vm: &mut Vm) {
    let Some(m) = super::existing_module(vm, "atexit") else {
        return;
    };
    let d = vm.module_dict(m);
    let k = vm.intern("_run_exitfuncs");
    if let Some(f) = vm.dict_get_str(d, k) {
        let _ = vm.call(f, &[]);
    }
}
