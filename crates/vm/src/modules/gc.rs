//! `gc`: collect (a full collection), enable/disable/isenabled, thresholds, counts,
//! debug flags, freeze, callbacks and the introspection functions coil can answer.
//!
//! coil's collector is a moving generational tracer, not CPython's reference counting
//! plus cycle detector: enable/disable and the thresholds are recorded and reported but
//! do not change when coil collects, and `get_count()` reports no pending allocations.
//! `collect()` returns the number of objects CPython's cycle collector would have found:
//! unreachable objects on or below a reference cycle (`heap/census.rs`).

use super::exec_source;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

const GC_SOURCE: &str = r#"
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0
_stats = [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if type(generation) is not int and not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    n = _collect()
    s = _stats[generation]
    s['collections'] += 1
    s['collected'] += n
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": n, "uncollectable": 0})
    return n


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None, /):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_debug():
    return _debug


def set_debug(flags, /):
    global _debug
    _debug = flags


def get_stats():
    return [dict(s) for s in _stats]


_frozen = 0


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


_ATOMIC = (int, float, complex, str, bytes, bool, type(None), range)


def is_tracked(obj, /):
    if isinstance(obj, _ATOMIC):
        return False
    if type(obj) is dict:
        for k, v in obj.items():
            if not isinstance(k, _ATOMIC) or not isinstance(v, _ATOMIC):
                return True
        return False
    return True


def is_finalized(obj, /):
    return False


def get_objects(generation=None):
    raise NotImplementedError("coil's gc cannot list the objects it tracks (gc.get_objects)")


def get_referrers(*objs):
    raise NotImplementedError("coil's gc cannot find referrers (gc.get_referrers)")


def get_referents(*objs):
    raise NotImplementedError("coil's gc cannot list referents (gc.get_referents)")
"#;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "gc").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "gc");
    vm.def_fn(d, "_collect", collect);
    let _ = exec_source(vm, d, GC_SOURCE, "<gc>");
}

/// A full collection now; returns the number of unreachable objects CPython's cycle
/// collector would have found (the census of `heap/census.rs`, taken first).
fn collect(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    if vm.gc_inhibit != 0 {
        return Ok(Value::small(0));
    }
    let found = vm.cyclic_garbage();
    vm.heap.major_requested = true;
    vm.heap.prompt = false;
    vm.collect();
    if !vm.del_pending.is_empty() {
        vm.run_finalizers();
    }
    if !vm.weak_pending.is_empty() {
        vm.run_weak_callbacks();
    }
    Ok(Value::small(found as i64))
}
