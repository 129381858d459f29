//! Methods of list, tuple, dict, set/frozenset, int, float, range, generators and iterators.

use super::{arity, kwarg, only_kw};
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::dict::dict_data;
use crate::objects::float::{float_value, is_float};
use crate::objects::int::{as_int, bit_length, is_int, Int};
use crate::objects::seq::{list_items, list_len, norm_index};
use crate::objects::set::set_data;
use crate::objects::types::WrapKind;
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let list: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("clear", list_clear),
        ("copy", list_copy),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ];
    let st = vm.types.slice;
    vm.add_method(st, "indices", slice_indices);
    let t = vm.types.list;
    for &(n, f) in list {
        vm.add_method(t, n, f);
    }
    let t = vm.types.tuple;
    for &(n, f) in &[
        ("index", seq_index as NativeFn),
        ("count", seq_count),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ] {
        vm.add_method(t, n, f);
    }
    let dict: &[(&'static str, NativeFn)] = &[
        ("get", dict_get),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("setdefault", dict_setdefault),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("fromkeys", dict_fromkeys),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ];
    let t = vm.types.dict;
    for &(n, f) in dict {
        vm.add_method(t, n, f);
    }
    for t in [
        vm.types.dict,
        vm.types.list,
        vm.types.tuple,
        vm.types.set,
        vm.types.frozenset,
    ] {
        vm.add_method(t, "__repr__", builtin_repr);
    }
    let t = vm.types.dict;
    vm.add_method(t, "__eq__", dict_eq);
    vm.add_method(t, "__ne__", dict_ne);
    let fk = vm.intern("fromkeys");
    if let Some(f) = vm.lookup(t, fk) {
        let idx = get::<NativeObj>(f).index as usize;
        vm.natives[idx].owner = Value::EMPTY;
        let w = vm.new_wrapper(WrapKind::ClassMethod, f, Value::none(), Value::none());
        vm.type_set(t, fk, w);
    }
    let set: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("copy", set_copy),
        ("update", set_update),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symdiff),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symdiff_update),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ];
    let (s, fs) = (vm.types.set, vm.types.frozenset);
    for &(n, f) in set {
        vm.add_method(s, n, f);
        if !n.ends_with("update") && !matches!(n, "add" | "discard" | "remove" | "pop" | "clear") {
            vm.add_method(fs, n, f);
        }
    }
    let int: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("conjugate", int_conjugate),
        ("is_integer", int_is_integer),
        ("__index__", int_index),
        ("__int__", int_index),
        ("__add__", num_add),
        ("__sub__", num_sub),
        ("__mul__", num_mul),
        ("__floordiv__", num_floordiv),
        ("__truediv__", num_truediv),
        ("__mod__", num_mod),
        ("__pow__", num_pow),
        ("__neg__", num_neg),
        ("__eq__", num_eq),
        ("__lt__", num_lt),
        ("__hash__", num_hash),
        ("__repr__", num_repr),
        ("__format__", num_format),
    ];
    let t = vm.types.int;
    for &(n, f) in int {
        vm.add_method(t, n, f);
    }
    let fb = vm.intern("from_bytes");
    let f = vm.native("from_bytes", "int.from_bytes", int_from_bytes);
    let w = vm.new_wrapper(WrapKind::ClassMethod, f, Value::none(), Value::none());
    vm.type_set(t, fb, w);
    let float: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", int_conjugate),
        ("__add__", num_add),
        ("__sub__", num_sub),
        ("__mul__", num_mul),
        ("__truediv__", num_truediv),
        ("__floordiv__", num_floordiv),
        ("__mod__", num_mod),
        ("__pow__", num_pow),
        ("__neg__", num_neg),
        ("__eq__", num_eq),
        ("__lt__", num_lt),
        ("__hash__", num_hash),
        ("__repr__", num_repr),
        ("__format__", num_format),
        ("__int__", float_int),
    ];
    let t = vm.types.float;
    for &(n, f) in float {
        vm.add_method(t, n, f);
    }
    let t = vm.types.range;
    for &(n, f) in &[
        ("index", range_index as NativeFn),
        ("count", range_count),
        ("__len__", dunder_len),
        ("__iter__", dunder_iter),
        ("__getitem__", dunder_getitem),
    ] {
        vm.add_method(t, n, f);
    }
    // `list.__repr__(x)` and the like on instances of subclasses: the built-in value's.
    for t in [
        vm.types.list,
        vm.types.dict,
        vm.types.tuple,
        vm.types.set,
        vm.types.frozenset,
    ] {
        vm.add_method(t, "__repr__", base_repr);
    }
    let t = vm.types.generator;
    for &(n, f) in &[
        ("send", gen_send as NativeFn),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__next__", iter_dunder_next),
        ("__iter__", iter_self),
    ] {
        vm.add_method(t, n, f);
    }
    let iters = [
        vm.types.list_iterator,
        vm.types.tuple_iterator,
        vm.types.range_iterator,
        vm.types.str_iterator,
        vm.types.dict_keyiterator,
        vm.types.dict_valueiterator,
        vm.types.dict_itemiterator,
        vm.types.set_iterator,
        vm.types.enumerate,
        vm.types.zip,
        vm.types.map,
        vm.types.filter,
        vm.types.reversed,
        vm.types.list_reverseiterator,
        vm.types.iterator,
        vm.types.callable_iterator,
        vm.types.bytes_iterator,
    ];
    for t in iters {
        vm.add_method(t, "__next__", iter_dunder_next);
        vm.add_method(t, "__iter__", iter_self);
    }
    for t in [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ] {
        vm.add_method(t, "__iter__", dunder_iter);
        vm.add_method(t, "__len__", dunder_len);
        vm.add_method(t, "__contains__", dunder_contains);
    }
    let t = vm.types.function;
    vm.add_method(t, "__get__", function_get);
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__len__", args, 1, 1)?;
    let n = vm.len(args[0])?;
    Ok(vm.new_int(n as i64))
}
fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__getitem__", args, 2, 2)?;
    vm.getitem(args[0], args[1])
}
fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__setitem__", args, 3, 3)?;
    vm.setitem(args[0], args[1], args[2])?;
    Ok(Value::none())
}
fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__contains__", args, 2, 2)?;
    let r = vm.contains(args[0], args[1])?;
    Ok(Value::bool(r))
}
fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__iter__", args, 1, 1)?;
    vm.get_iter(args[0])
}
fn iter_self(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0])
}
fn iter_dunder_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn function_get(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    Ok(vm.new_bound_method(args[0], args[1]))
}

// ----- list -----

fn list_append(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "append", &args[1..], 1, 1).map_err(|_| {
        vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        ))
    })?;
    vm.list_push(args[0], args[1]);
    Ok(Value::none())
}

fn list_extend(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "extend", &args[1..], 1, 1)?;
    vm.list_extend(args[0], args[1])?;
    Ok(Value::none())
}

fn list_pop(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "pop", &args[1..], 0, 1)?;
    let l = args[0];
    let n = list_len(l);
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&v) => vm.to_i64_index(v, "")?,
        None => -1,
    };
    match norm_index(i, n) {
        Some(j) => Ok(vm.list_remove_at(l, j)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn list_insert(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let l = args[0];
    let n = list_len(l) as i64;
    let mut i = vm.to_i64_index(args[1], "")?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    vm.list_insert(l, i, args[2]);
    Ok(Value::none())
}

fn list_remove(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "remove", &args[1..], 1, 1)?;
    let l = args[0];
    let mut i = 0;
    while i < list_len(l) {
        let x = list_items(l)[i];
        if vm.eq_bool(x, args[1])? {
            vm.list_remove_at(l, i);
            return Ok(Value::none());
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn seq_index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() < 2 || args.len() > 4 {
        return Err(vm.type_error(format!(
            "index expected at least 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = vm.collect_iterable(args[0])?;
    let n = items.len() as i64;
    let fix = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = match args.get(2) {
        Some(&v) => fix(vm.to_i64_index(v, "")?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => fix(vm.to_i64_index(v, "")?),
        None => n,
    };
    for i in start..stop {
        if vm.eq_bool(items[i as usize], args[1])? {
            return Ok(Value::small(i));
        }
    }
    if has_layout(args[0], LayoutId::List) {
        let r = vm.repr_string(args[1])?;
        return Err(vm.value_error(format!("{r} is not in list")));
    }
    if has_layout(args[0], LayoutId::Range) {
        let r = vm.repr_string(args[1])?;
        return Err(vm.value_error(format!("{r} is not in range")));
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn seq_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "count", &args[1..], 1, 1)?;
    let items = vm.collect_iterable(args[0])?;
    let mut c = 0;
    for x in items {
        if vm.eq_bool(x, args[1])? {
            c += 1;
        }
    }
    Ok(Value::small(c))
}

/// `range.index(x)`: arithmetic for ints (any range size), a search otherwise.
fn range_index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "index", &args[1..], 1, 1)?;
    if !has_layout(args[0], LayoutId::Range) && !crate::objects::bigrange::is_big_range(args[0]) {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    }
    let [a, b, c] = vm.range_parts(args[0]);
    vm.bigrange_call("index", &[a, b, c, args[1]])
}

/// `range.count(x)`.
fn range_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "count", &args[1..], 1, 1)?;
    if !has_layout(args[0], LayoutId::Range) && !crate::objects::bigrange::is_big_range(args[0]) {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    }
    let [a, b, c] = vm.range_parts(args[0]);
    vm.bigrange_call("count", &[a, b, c, args[1]])
}

fn list_reverse(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    list_items(args[0]).reverse();
    Ok(Value::none())
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    only_kw(vm, "sort", kw, &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = args[0];
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let vals = list_items(l).to_vec();
    // CPython empties the list while sorting.
    vm.list_truncate(l, 0);
    let r = super::core::sort_values(vm, vals.clone(), key, reverse);
    match r {
        Ok(sorted) => {
            if list_len(l) != 0 {
                vm.list_replace(l, &sorted);
                return Err(vm.value_error("list modified during sort"));
            }
            vm.list_replace(l, &sorted);
            Ok(Value::none())
        }
        Err(e) => {
            vm.list_replace(l, &vals);
            Err(e)
        }
    }
}

fn list_clear(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if vm.heap.has_finalizable {
        // CPython drops the items last to first.
        let items = list_items(args[0]).to_vec();
        for &v in items.iter().rev() {
            vm.drop_hint(v, crate::objects::finalize::STORE_DEPTH);
        }
    }
    vm.list_truncate(args[0], 0);
    Ok(Value::none())
}

fn list_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let items = list_items(args[0]).to_vec();
    Ok(vm.new_list(&items))
}

// ----- dict -----

fn dict_get(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "get", &args[1..], 1, 2)?;
    match vm.dict_get(args[0], args[1])? {
        Some(v) => Ok(v),
        None => Ok(args.get(2).copied().unwrap_or(Value::none())),
    }
}

fn dict_view(vm: &mut Vm, args: &[Value], kind: WrapKind) -> PyResult {
    arity(vm, "keys", &args[1..], 0, 0)?;
    Ok(vm.new_wrapper(kind, args[0], Value::none(), Value::none()))
}
fn dict_keys(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dict_view(vm, args, WrapKind::DictKeys)
}
fn dict_values(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dict_view(vm, args, WrapKind::DictValues)
}
fn dict_items(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dict_view(vm, args, WrapKind::DictItems)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_del(args[0], args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = args[0];
    let last = dict_data(d).iter().last();
    match last {
        Some((k, v)) => {
            vm.dict_del(d, k)?;
            Ok(vm.new_tuple(&[k, v]))
        }
        None => Err(vm.raise_msg("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "setdefault", &args[1..], 1, 2)?;
    match vm.dict_get(args[0], args[1])? {
        Some(v) => Ok(v),
        None => {
            let d = args.get(2).copied().unwrap_or(Value::none());
            vm.dict_set(args[0], args[1], d)?;
            Ok(d)
        }
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "update", &args[1..], 0, 1)?;
    if let Some(&m) = args.get(1) {
        vm.dict_update(args[0], m)?;
    }
    for &(k, v) in kw {
        vm.dict_set_str(args[0], k, v);
    }
    Ok(Value::none())
}

fn dict_clear(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.dict_clear(args[0]);
    Ok(Value::none())
}

fn dict_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.dict_copy(args[0]))
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "fromkeys", &args[1..], 1, 2)?;
    let v = args.get(2).copied().unwrap_or(Value::none());
    let cls = args[0];
    if crate::objects::types::is_type(cls) && cls != vm.types.dict {
        // A subclass: cls() filled through its __setitem__, as CPython does.
        let d = vm.call(cls, &[])?;
        for k in vm.collect_iterable(args[1])? {
            vm.setitem(d, k, v)?;
        }
        return Ok(d);
    }
    let d = vm.new_dict();
    for k in vm.collect_iterable(args[1])? {
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

/// `dict.__eq__(a, b)` / `dict.__ne__` called explicitly: NotImplemented unless `b` is a
/// dict (or a dict subclass instance).
fn dict_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dict_cmp(vm, args, true)
}

fn dict_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dict_cmp(vm, args, false)
}

fn dict_cmp(vm: &mut Vm, args: &[Value], eq: bool) -> PyResult {
    arity(vm, if eq { "__eq__" } else { "__ne__" }, &args[1..], 1, 1)?;
    let (a, b) = (args[0], args[1]);
    let b = if crate::objects::dict::is_dict(b) {
        Some(b)
    } else {
        vm.base_value(b)
            .filter(|&d| crate::objects::dict::is_dict(d))
    };
    match b {
        Some(b) if crate::objects::dict::is_dict(a) => {
            let r = vm.eq_bool(a, b)?;
            Ok(Value::bool(r == eq))
        }
        _ => Ok(Value::not_implemented()),
    }
}

/// `list.__repr__` & co. called explicitly (`dict.__repr__(sub_instance)`): the
/// receiver is the built-in value itself.
fn builtin_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__repr__", &args[1..], 0, 0)?;
    vm.repr(args[0])
}

// ----- set -----

fn set_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "add", &args[1..], 1, 1)?;
    vm.set_add(args[0], args[1])?;
    Ok(Value::none())
}
fn set_discard(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "discard", &args[1..], 1, 1)?;
    vm.set_discard(args[0], args[1])?;
    Ok(Value::none())
}
fn set_remove(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "remove", &args[1..], 1, 1)?;
    if !vm.set_discard(args[0], args[1])? {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::none())
}
fn set_pop(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = args[0];
    let first = set_data(s).iter().next();
    match first {
        Some(e) => {
            vm.set_discard(s, e.key)?;
            Ok(e.key)
        }
        None => Err(vm.raise_msg("KeyError", "pop from an empty set")),
    }
}
fn set_clear(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.set_clear(args[0]);
    Ok(Value::none())
}
fn set_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let frozen = crate::objects::set::is_frozenset(args[0]);
    if has_layout(args[0], LayoutId::FrozenSet) {
        // An exact frozenset is immutable: copy() is the object itself.
        return Ok(args[0]);
    }
    vm.set_copy(args[0], frozen)
}
fn set_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    for &o in &args[1..] {
        vm.set_update(args[0], o)?;
    }
    Ok(Value::none())
}
fn as_set(vm: &mut Vm, v: Value) -> PyResult {
    if crate::objects::set::is_anyset(v) {
        return Ok(v);
    }
    let s = vm.new_set(false);
    vm.set_update(s, v)?;
    Ok(s)
}
fn set_union(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let frozen = crate::objects::set::is_frozenset(args[0]);
    let r = vm.set_copy(args[0], frozen)?;
    for &o in &args[1..] {
        vm.set_update(r, o)?;
    }
    Ok(r)
}
fn set_intersection(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let frozen = crate::objects::set::is_frozenset(args[0]);
    let mut r = vm.set_copy(args[0], frozen)?;
    for &o in &args[1..] {
        let o = as_set(vm, o)?;
        r = vm.set_intersection(r, o, frozen)?;
    }
    Ok(r)
}
fn set_difference(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let frozen = crate::objects::set::is_frozenset(args[0]);
    let r = vm.set_copy(args[0], frozen)?;
    for &o in &args[1..] {
        for k in vm.collect_iterable(o)? {
            vm.set_discard(r, k)?;
        }
    }
    Ok(r)
}
fn set_symdiff(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "symmetric_difference", &args[1..], 1, 1)?;
    let o = as_set(vm, args[1])?;
    vm.binary_op(12, args[0], o)
}
fn set_issubset(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "issubset", &args[1..], 1, 1)?;
    let o = as_set(vm, args[1])?;
    vm.compare_op(1, args[0], o)
}
fn set_issuperset(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "issuperset", &args[1..], 1, 1)?;
    let o = as_set(vm, args[1])?;
    vm.compare_op(5, args[0], o)
}
fn set_isdisjoint(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isdisjoint", &args[1..], 1, 1)?;
    for k in vm.collect_iterable(args[1])? {
        if vm.set_contains(args[0], k)? {
            return Ok(Value::false_());
        }
    }
    Ok(Value::true_())
}
fn replace_set(vm: &mut Vm, s: Value, r: Value) -> PyResult {
    let keys = set_data(r).keys();
    vm.set_clear(s);
    for k in keys {
        vm.set_add(s, k)?;
    }
    Ok(Value::none())
}
fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let r = set_intersection(vm, args, kw)?;
    replace_set(vm, args[0], r)
}
fn set_difference_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    for &o in &args[1..] {
        for k in vm.collect_iterable(o)? {
            vm.set_discard(args[0], k)?;
        }
    }
    Ok(Value::none())
}
fn set_symdiff_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let r = set_symdiff(vm, args, kw)?;
    replace_set(vm, args[0], r)
}

// ----- int / float -----

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let i = as_int(args[0]).expect("int receiver");
    Ok(vm.new_int(bit_length(&i) as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let b = as_int(args[0]).expect("int receiver").to_big();
    let mag = if b < dashu_int::IBig::ZERO { -b } else { b };
    let s = format!("{}", mag.in_radix(2));
    Ok(vm.new_int(s.bytes().filter(|&c| c == b'1').count() as i64))
}

fn int_conjugate(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0])
}

fn int_is_integer(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::true_())
}

fn int_index(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(if args[0].is_bool() {
        Value::small(get::<BoolObj>(args[0]).value)
    } else {
        args[0]
    })
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let length = args
        .get(1)
        .copied()
        .or(kwarg(kw, "length"))
        .unwrap_or(Value::small(1));
    let order = args
        .get(2)
        .copied()
        .or(kwarg(kw, "byteorder"))
        .map(|v| crate::objects::str::text(v).to_string())
        .unwrap_or("big".into());
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let n = vm.to_i64_index(length, "")? as usize;
    let b = as_int(args[0]).expect("int").to_big();
    if b < dashu_int::IBig::ZERO && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let modulus = dashu_int::IBig::ONE << (8 * n);
    let v = if b < dashu_int::IBig::ZERO {
        &modulus + &b
    } else {
        b.clone()
    };
    let half = &modulus >> 1;
    if v >= modulus || (signed && (b >= half || b < -half)) || v < dashu_int::IBig::ZERO {
        return Err(vm.overflow_error("int too big to convert"));
    }
    // v is in [0, 2**(8n)): its little-endian bytes fit in n (linear time)
    let mut out = vec![0u8; n];
    let le = dashu_int::UBig::try_from(v)
        .unwrap_or_default()
        .to_le_bytes();
    out[..le.len()].copy_from_slice(&le);
    if order != "little" {
        out.reverse();
    }
    Ok(vm.new_bytes(&out))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let data = args
        .get(1)
        .copied()
        .or(kwarg(kw, "bytes"))
        .unwrap_or(Value::none());
    let order = args
        .get(2)
        .copied()
        .or(kwarg(kw, "byteorder"))
        .map(|v| crate::objects::str::text(v).to_string())
        .unwrap_or("big".into());
    let signed = match kwarg(kw, "signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut bytes = if has_layout(data, LayoutId::Bytes) {
        heap::bytes_data(data).to_vec()
    } else if crate::objects::str::is_str(data) {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    } else {
        let items = vm.collect_iterable(data)?;
        items.iter().map(|v| v.small_value() as u8).collect()
    };
    if order == "little" {
        bytes.reverse();
    }
    let mut v = dashu_int::IBig::from(dashu_int::UBig::from_be_bytes(&bytes));
    if signed && !bytes.is_empty() && bytes[0] & 0x80 != 0 {
        v -= dashu_int::IBig::ONE << (8 * bytes.len());
    }
    Ok(vm.new_big(v))
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let f = float_value(args[0]);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_int(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let f = float_value(args[0]).trunc();
    match crate::objects::float::float_to_big(f) {
        Some(b) => Ok(vm.new_big(b)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let f = float_value(args[0]);
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if !f.is_finite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = crate::objects::float::frexp(f);
    let mut mant = m;
    let mut exp = e;
    let mut i = 0;
    while mant != mant.floor() && i < 300 {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let num = crate::objects::float::float_to_big(mant).unwrap_or_default();
    let (num, den) = if exp > 0 {
        (num << exp as usize, dashu_int::IBig::ONE)
    } else {
        (num, dashu_int::IBig::ONE << (-exp) as usize)
    };
    let a = vm.new_big(num);
    let b = vm.new_big(den);
    Ok(vm.new_tuple(&[a, b]))
}

fn float_hex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let f = float_value(args[0]);
    let s = if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".to_string()
        } else {
            "0x0.0p+0".to_string()
        }
    } else {
        let bits = f.to_bits();
        let sign = if f < 0.0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        let m = format!("{:013x}", mant);
        format!(
            "{sign}0x{lead}.{m}p{}{}",
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )
    };
    Ok(vm.new_str(&s))
}

fn binop_method(vm: &mut Vm, args: &[Value], op: usize) -> PyResult {
    arity(vm, "op", &args[1..], 1, 1)?;
    let (a, b) = (args[0], args[1]);
    if !(is_int(b) || is_float(b)) {
        return Ok(Value::not_implemented());
    }
    match vm.native_binop(op, a, b)? {
        Some(r) => Ok(r),
        None => Ok(Value::not_implemented()),
    }
}
fn num_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    binop_method(vm, args, 0)
}
fn num_sub(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    binop_method(vm, args, 10)
}
fn num_mul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    binop_method(vm, args, 5)
}
fn num_floordiv(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    binop_method(vm, args, 2)
}
fn num_truediv(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    binop_method(vm, args, 11)
}
fn num_mod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    binop_method(vm, args, 6)
}
fn num_pow(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    binop_method(vm, args, 8)
}
fn num_neg(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.unary_op(coil_compiler::opcode::Opcode::UNARY_NEGATIVE, args[0])
}
fn num_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__eq__", &args[1..], 1, 1)?;
    if !(is_int(args[1]) || is_float(args[1])) {
        return Ok(Value::not_implemented());
    }
    vm.compare_op(2, args[0], args[1])
}
fn num_lt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__lt__", &args[1..], 1, 1)?;
    if !(is_int(args[1]) || is_float(args[1])) {
        return Ok(Value::not_implemented());
    }
    vm.compare_op(0, args[0], args[1])
}
fn num_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let h = vm.hash(args[0])?;
    Ok(vm.new_int(h))
}
fn num_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.repr(args[0])
}
fn num_format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__format__", &args[1..], 1, 1)?;
    let spec = crate::objects::str::text(args[1]).to_string();
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(&s))
}

fn base_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__repr__", &args[1..], 0, 0)?;
    let v = vm.base_value(args[0]).unwrap_or(args[0]);
    let s = vm.repr_string(v)?;
    Ok(vm.new_str(&s))
}

// ----- generators -----

fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "send", &args[1..], 1, 1)?;
    vm.gc_inhibit += 1;
    let r = vm.gen_resume(args[0], args[1], None);
    vm.gc_inhibit -= 1;
    gen_step_result(vm, r?)
}

fn gen_step_result(vm: &mut Vm, step: crate::interp::gen::GenStep) -> PyResult {
    match step {
        crate::interp::gen::GenStep::Yield(v) => Ok(v),
        crate::interp::gen::GenStep::Return(v) => {
            let stop = vm.exc_type("StopIteration");
            let e = if v.is_none() {
                vm.new_exception(stop, &[])
            } else {
                vm.new_exception(stop, &[v])
            };
            Err(vm.raise(e))
        }
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let e = crate::interp::coro::throw_arg(vm, &args[1..])?;
    vm.gc_inhibit += 1;
    let r = vm.gen_throw(args[0], e);
    vm.gc_inhibit -= 1;
    gen_step_result(vm, r?)
}

/// `close()` of generators and coroutines alike.
pub(crate) fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "close", &args[1..], 0, 0)?;
    vm.gen_close(args[0])?;
    Ok(Value::none())
}

/// `slice.indices(length)`: the (start, stop, step) a sequence of that length uses.
fn slice_indices(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let n = match crate::objects::int::as_int(args[1]) {
        Some(Int::S(n)) => n,
        Some(Int::B(_)) => {
            return Err(vm.not_supported("slice.indices() with a length wider than 63 bits"))
        }
        None => match vm.index_hook(args[1])? {
            Some(n) => n,
            None => {
                let tn = vm.type_name(args[1]);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_indices(args[0], n as usize)?;
    let v = [vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(&v))
}
