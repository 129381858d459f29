//! Constructors of the built-in types (int(), str(), list(), type(), property(), ...),
//! class creation (`make_class`), and the methods of object, type and BaseException.

use super::{arity, kwarg, only_kw};
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::float::{float_value, is_float, parse_float};
use crate::objects::int::{as_int, is_int, Int};
use crate::objects::str::{is_str, text};
use crate::objects::types::{is_type, type_data, IterKind, WrapKind};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let ctors: Vec<(Value, NativeFn)> = vec![
        (t.int, int_new),
        (t.bool_, bool_new),
        (t.float, float_new),
        (t.complex, complex_new),
        (t.str, str_new),
        (t.list, list_new),
        (t.tuple, tuple_new),
        (t.dict, dict_new),
        (t.set, set_new),
        (t.frozenset, frozenset_new),
        (t.range, range_new),
        (t.slice, slice_new),
        (t.type_, type_new),
        (t.property, property_new),
        (t.staticmethod, staticmethod_new),
        (t.classmethod, classmethod_new),
        (t.super_, super_new),
        (t.module, module_new),
        (t.enumerate, enumerate_new),
        (t.zip, zip_new),
        (t.map, map_new),
        (t.filter, filter_new),
        (t.reversed, reversed_new),
        (t.none_type, singleton_new),
        (t.not_implemented_type, singleton_new),
        (t.ellipsis_type, singleton_new),
    ];
    for (ty, f) in ctors {
        type_data(ty).ctor = Some(f);
    }
    let object = vm.types.object;
    vm.add_method(object, "__init__", object_init);
    vm.add_method(object, "__new__", object_new);
    vm.add_method(object, "__eq__", object_eq);
    vm.add_method(object, "__ne__", object_ne);
    vm.add_method(object, "__hash__", object_hash);
    vm.add_method(object, "__repr__", object_repr);
    vm.add_method(object, "__str__", object_str);
    vm.add_method(object, "__setattr__", object_setattr);
    vm.add_method(object, "__getattribute__", object_getattribute);
    vm.add_method(object, "__delattr__", object_delattr);
    vm.add_method(object, "__init_subclass__", object_init_subclass);
    vm.add_method(object, "__format__", object_format);
    vm.add_method(object, "__lt__", object_not_implemented);
    vm.add_method(object, "__le__", object_not_implemented);
    vm.add_method(object, "__gt__", object_not_implemented);
    vm.add_method(object, "__ge__", object_not_implemented);
    vm.add_method(object, "__sizeof__", object_sizeof);
    vm.add_method(object, "__dir__", object_dir);
    vm.add_method(object, "__subclasshook__", object_not_implemented);
    // Mutable containers are unhashable (`__hash__ = None` in their dicts, as CPython's
    // collections.abc.Hashable checks); list and dict are reversible.
    let hash = vm.names.hash;
    for t in [
        vm.types.list,
        vm.types.dict,
        vm.types.set,
        vm.types.bytearray,
    ] {
        vm.type_set(t, hash, Value::none());
    }
    vm.add_method(vm.types.list, "__reversed__", container_reversed);
    vm.add_method(vm.types.dict, "__reversed__", container_reversed);
    for t in [
        vm.types.function,
        vm.types.builtin_function,
        vm.types.method,
        vm.types.wrapper_descriptor,
        vm.types.method_descriptor,
        vm.types.method_wrapper,
    ] {
        vm.add_method(t, "__call__", callable_call);
    }
    let hook = vm.intern("__subclasshook__");
    if let Some(f) = vm.lookup(object, hook) {
        let idx = get::<NativeObj>(f).index as usize;
        vm.natives[idx].owner = Value::EMPTY;
        let w = vm.new_wrapper(WrapKind::ClassMethod, f, Value::none(), Value::none());
        vm.type_set(object, hook, w);
    }
    let base_exc = vm.exc_type("BaseException");
    vm.add_method(base_exc, "__init__", exc_init);
    vm.add_method(base_exc, "with_traceback", exc_with_traceback);
    vm.add_method(base_exc, "add_note", exc_add_note);
    let prop = vm.types.property;
    vm.add_method(prop, "getter", property_getter);
    vm.add_method(prop, "setter", property_setter);
    vm.add_method(prop, "deleter", property_deleter);
    vm.add_method(prop, "__get__", property_get);
    let (cm, sm) = (vm.types.classmethod, vm.types.staticmethod);
    vm.add_method(cm, "__get__", wrapper_get);
    vm.add_method(sm, "__get__", wrapper_get);
    let ty = vm.types.type_;
    vm.add_method(ty, "mro", type_mro);
    vm.add_method(ty, "__new__", type_dunder_new);
    vm.add_method(ty, "__init__", type_dunder_init);
    vm.add_method(ty, "__call__", type_dunder_call);
    for t in [
        vm.types.list,
        vm.types.dict,
        vm.types.set,
        vm.types.property,
        vm.types.classmethod,
        vm.types.staticmethod,
    ] {
        vm.add_method(t, "__init__", base_init);
    }
}

/// `list.__init__`, `dict.__init__`, `property.__init__`...: (re)build the wrapped value.
fn base_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let Some(&obj) = args.first() else {
        return Err(vm.type_error("__init__ needs an instance"));
    };
    let (ty, target) = if has_layout(obj, LayoutId::Instance) {
        let cls = get::<InstanceObj>(obj).cls;
        (type_data(cls).base_value_type, obj)
    } else {
        (vm.type_of(obj), obj)
    };
    if ty.is_empty() {
        return Ok(Value::none());
    }
    let ctor = type_data(ty).ctor.expect("built-in ctor");
    let mut a = vec![ty];
    a.extend_from_slice(&args[1..]);
    let v = ctor(vm, &a, kw)?;
    if has_layout(target, LayoutId::Instance) {
        vm.set_base_value(target, v);
    } else if has_layout(target, LayoutId::List) {
        let items = crate::objects::seq::list_items(v).to_vec();
        vm.list_replace(target, &items);
    } else if crate::objects::dict::is_dict(target) {
        vm.dict_update(target, v)?;
    } else if crate::objects::set::is_set(target) {
        vm.set_update(target, v)?;
    }
    Ok(Value::none())
}

fn type_dunder_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if args.len() == 2 {
        return Ok(vm.type_of(args[1]));
    }
    if args.len() != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    let bases = if has_layout(args[2], LayoutId::Tuple) {
        heap::items(args[2]).to_vec()
    } else {
        Vec::new()
    };
    let ns = if crate::objects::dict::is_dict(args[3]) {
        args[3]
    } else {
        let d = vm.new_dict();
        vm.dict_update(d, args[3])?;
        d
    };
    vm.make_class(args[0], args[1], &bases, ns, kw)
}

fn type_dunder_init(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::none())
}

fn type_dunder_call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("type.__call__ needs a class"));
    };
    if !is_type(cls) {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    }
    vm.call_type_plain(cls, &args[1..], kw)
}

fn int_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    super::clinic_kw(vm, "int", kw, &["base"])?;
    let args = &args[1..];
    let base = match (args.get(1), kwarg(kw, "base")) {
        (Some(&b), _) | (None, Some(b)) => Some(b),
        _ => None,
    };
    if args.is_empty() {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::small(0));
    }
    let v = args[0];
    if let Some(b) = base {
        let b = match as_int(b) {
            Some(Int::S(n)) if n == 0 || (2..=36).contains(&n) => n as u32,
            _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
        };
        let s = if is_str(v) {
            crate::objects::str::ascii_digits(text(v)).into_owned()
        } else if let Some(d) = crate::objects::bytes::bytes_like(v) {
            String::from_utf8_lossy(d).into_owned()
        } else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        return vm.parse_int(&s, b);
    }
    if is_int(v) {
        return Ok(if v.is_bool() {
            Value::small(get::<BoolObj>(v).value)
        } else {
            v
        });
    }
    if is_float(v) {
        let f = float_value(v);
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return match crate::objects::float::float_to_big(f.trunc()) {
            Some(b) => Ok(vm.new_big(b)),
            None => Ok(Value::small(0)),
        };
    }
    if is_str(v) {
        let s = crate::objects::str::ascii_digits(text(v)).into_owned();
        return vm.parse_int(&s, 10);
    }
    if let Some(d) = crate::objects::bytes::bytes_like(v) {
        let s = String::from_utf8_lossy(d).into_owned();
        return vm.parse_int(&s, 10);
    }
    for name in [vm.names.int, vm.names.index] {
        if let Some(r) = vm.call_special(v, name, &[])? {
            if is_int(r) {
                return Ok(r);
            }
            let tn = vm.type_name(r);
            return Err(vm.type_error(format!("__int__ returned non-int (type {tn})")));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "bool", &args[1..], 0, 1)?;
    if args.len() == 1 {
        return Ok(Value::false_());
    }
    let t = vm.truthy(args[1])?;
    Ok(Value::bool(t))
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    arity(vm, "float", args, 0, 1)?;
    if args.is_empty() {
        return Ok(vm.new_float(0.0));
    }
    let v = args[0];
    if is_float(v) {
        return Ok(v);
    }
    if is_int(v) {
        let f = vm.int_to_f64(v)?;
        return Ok(vm.new_float(f));
    }
    if is_str(v) {
        return match parse_float(text(v)) {
            Some(f) => Ok(vm.new_float(f)),
            None => {
                let r = crate::objects::str::repr_str(text(v));
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(b) = crate::objects::bytes::bytes_like(v) {
        let parsed = std::str::from_utf8(b).ok().and_then(parse_float);
        return match parsed {
            Some(f) => Ok(vm.new_float(f)),
            None => {
                let r = vm.repr_string(v)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(r) = vm.call_special(v, vm.names.float, &[])? {
        return Ok(r);
    }
    if let Some(r) = vm.call_special(v, vm.names.index, &[])? {
        let f = vm.int_to_f64(r)?;
        return Ok(vm.new_float(f));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    only_kw(vm, "complex", kw, &["real", "imag"])?;
    let args = &args[1..];
    arity(vm, "complex", args, 0, 2)?;
    let real = args.first().copied().or_else(|| kwarg(kw, "real"));
    let imag = args.get(1).copied().or_else(|| kwarg(kw, "imag"));
    let real = real.unwrap_or(Value::small(0));
    if is_str(real) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match crate::objects::complex::parse_complex(text(real)) {
            Some((re, im)) => Ok(vm.new_complex(re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    // An object's __complex__ gives the whole first argument.
    let ck = vm.intern("__complex__");
    let real = match vm.call_special(real, ck, &[])? {
        Some(c) if has_layout(c, LayoutId::Complex) => c,
        Some(c) => {
            let tn = vm.type_name(c);
            return Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")));
        }
        None => real,
    };
    let re = complex_arg(vm, real, "first")?;
    let im = match imag {
        Some(v) => {
            if is_str(v) {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            complex_arg(vm, v, "second")?
        }
        None => (0.0, 0.0),
    };
    if imag.is_none() && has_layout(real, LayoutId::Complex) {
        return Ok(real);
    }
    // CPython adds the cross terms only for complex operands (keeps -0.0 signs).
    let re_part = if imag.is_some_and(|v| has_layout(v, LayoutId::Complex)) {
        re.0 - im.1
    } else {
        re.0
    };
    let im_part = if has_layout(real, LayoutId::Complex) {
        im.0 + re.1
    } else {
        im.0
    };
    Ok(vm.new_complex(re_part, im_part))
}

/// A number argument of complex(): complex, float, int, or __complex__/__float__/__index__.
fn complex_arg(vm: &mut Vm, v: Value, which: &str) -> PyResult<(f64, f64)> {
    if let Some(c) = vm.complex_operand(v) {
        return Ok(c);
    }
    if has_layout(v, LayoutId::Instance) {
        let name = vm.intern("__complex__");
        if let Some(r) = vm.call_special(v, name, &[])? {
            if let Some(c) = vm.complex_operand(r) {
                return Ok(c);
            }
            let tn = vm.type_name(r);
            return Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")));
        }
        for name in [vm.names.float, vm.names.index] {
            if let Some(r) = vm.call_special(v, name, &[])? {
                if let Some(c) = vm.complex_operand(r) {
                    return Ok(c);
                }
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(if which == "first" {
        format!("complex() first argument must be a string or a number, not '{tn}'")
    } else {
        format!("complex() second argument must be a number, not '{tn}'")
    }))
}

fn str_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    only_kw(vm, "str", kw, &["encoding", "errors", "object"])?;
    let args = &args[1..];
    arity(vm, "str", args, 0, 3)?;
    if args.is_empty() {
        return Ok(vm.new_str(""));
    }
    let (enc, errors) = (
        args.get(1).copied().or_else(|| kwarg(kw, "encoding")),
        args.get(2).copied().or_else(|| kwarg(kw, "errors")),
    );
    if enc.is_some() || errors.is_some() {
        if crate::objects::bytes::bytes_like(args[0]).is_none() {
            if is_str(args[0]) {
                return Err(vm.type_error("decoding str is not supported"));
            }
            let tn = vm.type_name(args[0]);
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )));
        }
        let (codec, errs) = vm.codec_args(enc, errors)?;
        let s = vm.decode_bytes(args[0], codec, &errs)?;
        return Ok(vm.new_str(&s));
    }
    vm.str(args[0])
}

fn list_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    super::no_kw(vm, "list", kw)?;
    let args = &args[1..];
    arity(vm, "list", args, 0, 1)?;
    if args.is_empty() {
        return Ok(vm.new_list(&[]));
    }
    let items = vm.collect_iterable(args[0])?;
    Ok(vm.new_list(&items))
}

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    arity(vm, "tuple", args, 0, 1)?;
    if args.is_empty() {
        return Ok(vm.new_tuple(&[]));
    }
    if has_layout(args[0], LayoutId::Tuple) {
        return Ok(args[0]);
    }
    let items = vm.collect_iterable(args[0])?;
    Ok(vm.new_tuple(&items))
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let args = &args[1..];
    arity(vm, "dict", args, 0, 1)?;
    let d = vm.new_dict();
    if let Some(&src) = args.first() {
        vm.dict_update(d, src)?;
    }
    for &(k, v) in kw {
        vm.dict_set_str(d, k, v);
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    arity(vm, "set", args, 0, 1)?;
    let s = vm.new_set(false);
    if let Some(&src) = args.first() {
        vm.set_update(s, src)?;
    }
    Ok(s)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    arity(vm, "frozenset", args, 0, 1)?;
    if let Some(&src) = args.first() {
        if crate::objects::set::is_frozenset(src) {
            return Ok(src);
        }
    }
    let s = vm.new_set(true);
    if let Some(&src) = args.first() {
        vm.set_update(s, src)?;
    }
    Ok(s)
}

/// A range() argument as an int value (`__index__` applied).
fn range_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match as_int(v) {
        Some(Int::S(n)) => Ok(vm.new_int(n)),
        Some(Int::B(_)) => Ok(v),
        None => match vm.index_hook(v)? {
            Some(n) => Ok(vm.new_int(n)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        },
    }
}

fn range_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let (zero, one) = (Value::small(0), Value::small(1));
    let (start, stop, step) = match args.len() {
        1 => (zero, range_arg(vm, args[0])?, one),
        2 => (range_arg(vm, args[0])?, range_arg(vm, args[1])?, one),
        _ => (
            range_arg(vm, args[0])?,
            range_arg(vm, args[1])?,
            range_arg(vm, args[2])?,
        ),
    };
    if step == zero {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    vm.make_range(start, stop, step)
}

fn slice_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    arity(vm, "slice", args, 1, 3)?;
    let n = Value::none();
    Ok(match args.len() {
        1 => vm.new_slice(n, args[0], n),
        2 => vm.new_slice(args[0], args[1], n),
        _ => vm.new_slice(args[0], args[1], args[2]),
    })
}

fn type_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let meta = args[0];
    let args = &args[1..];
    if args.len() == 1 && kw.is_empty() {
        return Ok(vm.type_of(args[0]));
    }
    if args.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let (name, bases, ns) = (args[0], args[1], args[2]);
    let bases = if has_layout(bases, LayoutId::Tuple) {
        heap::items(bases).to_vec()
    } else {
        Vec::new()
    };
    vm.make_class(meta, name, &bases, ns, kw)
}

fn property_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let args = &args[1..];
    let n = Value::none();
    let get = args.first().copied().or(kwarg(kw, "fget")).unwrap_or(n);
    let set = args.get(1).copied().or(kwarg(kw, "fset")).unwrap_or(n);
    let del = args.get(2).copied().or(kwarg(kw, "fdel")).unwrap_or(n);
    Ok(vm.new_wrapper(WrapKind::Property, get, set, del))
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "staticmethod", &args[1..], 1, 1)?;
    Ok(vm.new_wrapper(
        WrapKind::StaticMethod,
        args[1],
        Value::none(),
        Value::none(),
    ))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "classmethod", &args[1..], 1, 1)?;
    Ok(vm.new_wrapper(WrapKind::ClassMethod, args[1], Value::none(), Value::none()))
}

fn super_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    let (start, obj) = match args.len() {
        2 => (args[0], args[1]),
        0 => {
            // Zero-argument form: __class__ cell and the first argument of the caller.
            let Some(f) = vm.frames.last() else {
                return Err(vm.raise_msg("RuntimeError", "super(): no arguments"));
            };
            let (code, base) = (f.code, f.base);
            let cd = crate::interp::code::code_data(code);
            let first = if cd.code.argcount > 0 || !cd.varnames.is_empty() {
                vm.stack[base]
            } else {
                Value::EMPTY
            };
            let mut cls = Value::EMPTY;
            for (i, n) in cd.code.freevars.iter().enumerate() {
                if n == "__class__" {
                    let cell = vm.stack[base + cd.nvarnames + cd.ncellvars + i];
                    if !cell.is_empty() {
                        cls = get::<CellObj>(cell).value;
                    }
                }
            }
            if cls.is_empty() {
                return Err(vm.raise_msg("RuntimeError", "super(): __class__ cell not found"));
            }
            // The first argument may have been moved into a cell.
            let first = if first.is_ptr()
                && has_layout(first, LayoutId::Cell)
                && cd.code.cell2arg.contains(&Some(0))
            {
                get::<CellObj>(first).value
            } else {
                first
            };
            if first.is_empty() {
                return Err(vm.raise_msg("RuntimeError", "super(): no arguments"));
            }
            (cls, first)
        }
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    if !is_type(start) {
        return Err(vm.type_error("super() argument 1 must be a type"));
    }
    let ot = vm.type_of(obj);
    let applies = vm.is_subtype(ot, start) || (is_type(obj) && vm.is_subtype(obj, start));
    if !applies {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(vm.new_wrapper(WrapKind::Super, start, obj, Value::none()))
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    only_kw(vm, "enumerate", kw, &["start", "iterable"])?;
    let args = &args[1..];
    let src = args.first().copied().or(kwarg(kw, "iterable"));
    let Some(src) = src else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = args
        .get(1)
        .copied()
        .or(kwarg(kw, "start"))
        .unwrap_or(Value::small(0));
    if !is_int(start) {
        let tn = vm.type_name(start);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    let it = vm.get_iter(src)?;
    Ok(vm.new_iter(IterKind::Enumerate, it, start, 0, 0))
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    only_kw(vm, "zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut iters = Vec::new();
    for &a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    let t = vm.new_tuple(&iters);
    Ok(vm.new_iter(IterKind::Zip, t, Value::EMPTY, strict as i64, 0))
}

fn map_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for &a in &args[2..] {
        iters.push(vm.get_iter(a)?);
    }
    let t = vm.new_tuple(&iters);
    Ok(vm.new_iter(IterKind::Map, args[1], t, 0, 0))
}

fn filter_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "filter", &args[1..], 2, 2)?;
    let it = vm.get_iter(args[2])?;
    Ok(vm.new_iter(IterKind::Filter, args[1], it, 0, 0))
}

fn reversed_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "reversed", &args[1..], 1, 1)?;
    let v = args[1];
    if has_layout(v, LayoutId::List) {
        let n = crate::objects::seq::list_len(v) as i64;
        return Ok(vm.new_iter(IterKind::ListReverse, v, Value::EMPTY, n - 1, 0));
    }
    if crate::objects::bigrange::is_big_range(v) {
        return vm.big_range_op("reverse", v, &[]);
    }
    if has_layout(v, LayoutId::Range) {
        let r = get::<RangeObj>(v);
        let (start, step, len) = (r.start, r.step, r.len);
        let last = start + (len - 1).max(0) * step;
        return Ok(vm.heap.alloc(RangeIterObj {
            header: Header::new(LayoutId::RangeIter),
            next: last,
            step: -step,
            remaining: len,
        }));
    }
    if has_layout(v, LayoutId::Wrapper) {
        use crate::objects::types::WrapKind;
        let w = get::<WrapperObj>(v);
        let (kind, d) = (w.kind, w.a);
        if kind == WrapKind::DictKeys as u64
            || kind == WrapKind::DictValues as u64
            || kind == WrapKind::DictItems as u64
        {
            let mut items: Vec<Value> = Vec::new();
            for (k, x) in vm.dict_items_vec(d) {
                items.push(if kind == WrapKind::DictKeys as u64 {
                    k
                } else if kind == WrapKind::DictValues as u64 {
                    x
                } else {
                    vm.new_tuple(&[k, x])
                });
            }
            items.reverse();
            let l = vm.new_list(&items);
            return Ok(vm.new_iter(IterKind::List, l, Value::EMPTY, 0, 0));
        }
    }
    let mut v = v;
    if has_layout(v, LayoutId::Instance) {
        if let Some(r) = vm.call_special(v, vm.names.reversed, &[])? {
            return Ok(r);
        }
        // A dict subclass without its own __reversed__: dict's (the keys, last first).
        if let Some(d) = vm
            .base_value(v)
            .filter(|&d| crate::objects::dict::is_dict(d))
        {
            v = d;
        }
    }
    if has_layout(v, LayoutId::Tuple)
        || is_str(v)
        || has_layout(v, LayoutId::Instance)
        || has_layout(v, LayoutId::Bytes)
    {
        let mut items =
            if is_str(v) || has_layout(v, LayoutId::Bytes) || has_layout(v, LayoutId::Instance) {
                let n = vm.len(v)?;
                let mut out = Vec::with_capacity(n);
                for i in 0..n {
                    out.push(vm.getitem(v, Value::small(i as i64))?);
                }
                out
            } else {
                heap::items(v).to_vec()
            };
        items.reverse();
        let l = vm.new_list(&items);
        return Ok(vm.new_iter(IterKind::List, l, Value::EMPTY, 0, 0));
    }
    if crate::objects::dict::is_dict(v) {
        let mut keys: Vec<Value> = vm.dict_items_vec(v).into_iter().map(|(k, _)| k).collect();
        keys.reverse();
        let l = vm.new_list(&keys);
        return Ok(vm.new_iter(IterKind::List, l, Value::EMPTY, 0, 0));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object is not reversible")))
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton.
fn singleton_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let t = args[0];
    let name = type_data(t).name.clone();
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(if t == vm.types.none_type {
        Value::none()
    } else if t == vm.types.not_implemented_type {
        Value::not_implemented()
    } else {
        Value::ellipsis()
    })
}

/// `function.__call__` and the other callables' (`f.__call__(*args)` is `f(*args)`).
fn callable_call(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    vm.call_generic(args[0], &args[1..], kw)
}

/// `list.__reversed__` and `dict.__reversed__` (also reached from subclasses' instances).
fn container_reversed(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__reversed__", args, 1, 1)?;
    let v = vm.base_value(args[0]).unwrap_or(args[0]);
    if !has_layout(v, LayoutId::List) && !crate::objects::dict::is_dict(v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!(
            "descriptor '__reversed__' requires a 'list' or 'dict' object but received a '{tn}'"
        )));
    }
    let r = vm.types.reversed;
    reversed_new(vm, &[r, v], &[])
}

// ----- object -----

fn object_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::none())
}

fn object_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if !is_type(cls) {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({tn})")));
    }
    let d = type_data(cls);
    if !d.instance_based {
        // `bool.__new__(bool, ...)` and the like find object.__new__ here: the type's
        // own constructor is meant.
        if let Some(ctor) = d.ctor {
            return ctor(vm, args, kw);
        }
        let n = d.name.clone();
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    let inst = vm.new_instance(cls);
    if d.is_exception {
        let a = vm.new_tuple(&args[1..]);
        let k = vm.names.args;
        vm.instance_set(inst, k, a);
    }
    vm.init_base_value(inst, cls, &args[1..], &[])?;
    Ok(inst)
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__eq__", args, 2, 2)?;
    Ok(if args[0] == args[1] {
        Value::true_()
    } else {
        Value::not_implemented()
    })
}

/// `object.__ne__`: the inverse of the type's own `__eq__`, NotImplemented when that is.
fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__ne__", args, 2, 2)?;
    let eq = vm.names.eq;
    let r = match vm.call_special(args[0], eq, &[args[1]])? {
        Some(r) => r,
        None => vm.compare_op(2, args[0], args[1])?,
    };
    if r.is_not_implemented() {
        return Ok(r);
    }
    let t = vm.truthy(r)?;
    Ok(Value::bool(!t))
}

/// `object.__lt__` and the other orderings, `object.__subclasshook__`: NotImplemented.
fn object_not_implemented(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::not_implemented())
}

/// `object.__sizeof__`: a plausible size in bytes (CPython's basic size of an instance).
fn object_sizeof(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__sizeof__", args, 1, 1)?;
    Ok(Value::small(16))
}

/// `object.__dir__`: the default attribute names, unsorted as CPython leaves them.
fn object_dir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__dir__", args, 1, 1)?;
    let names = crate::builtins::core::dir_names(vm, args[0])?;
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(&vals))
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let h = (vm.heap.identity(args[0]) >> 4) as i64;
    Ok(vm.new_int(h))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let v = args[0];
    let t = vm.type_of(v);
    let d = type_data(t);
    let q = if d.module == "builtins" {
        d.qualname.clone()
    } else {
        format!("{}.{}", d.module, d.qualname)
    };
    let s = format!("<{q} object at {:#x}>", vm.heap.identity(v));
    Ok(vm.new_str(&s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.repr(args[0])
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__setattr__", args, 3, 3)?;
    if !is_str(args[1]) {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    let name = vm.intern_value(args[1]);
    if has_layout(args[0], LayoutId::Instance) {
        vm.generic_setattr(args[0], name, args[2])?;
    } else if is_type(args[0]) {
        vm.type_setattr_plain(args[0], name, args[2])?;
    } else {
        vm.setattr(args[0], name, args[2])?;
    }
    Ok(Value::none())
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__getattribute__", args, 2, 2)?;
    let (obj, name) = (args[0], vm.intern_value(args[1]));
    let cls = vm.type_of(obj);
    if let Some(a) = vm.lookup(cls, name) {
        if has_layout(a, LayoutId::Wrapper)
            && get::<WrapperObj>(a).kind == WrapKind::Property as u64
        {
            return vm.bind_descriptor(a, obj, cls);
        }
    }
    if has_layout(obj, LayoutId::Instance) {
        if let Some(v) = vm.instance_get(obj, name) {
            return Ok(v);
        }
    }
    if let Some(a) = vm.lookup(cls, name) {
        return vm.bind_descriptor(a, obj, cls);
    }
    if name == vm.names.dict || name == vm.names.class {
        return vm.getattr(obj, name);
    }
    Err(vm.no_attribute(obj, name))
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__delattr__", args, 2, 2)?;
    let name = vm.intern_value(args[1]);
    if has_layout(args[0], LayoutId::Instance) {
        vm.generic_delattr(args[0], name)?;
        return Ok(Value::none());
    }
    if is_type(args[0]) && vm.type_del(args[0], name) {
        return Ok(Value::none());
    }
    Err(vm.no_attribute(args[0], name))
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::none())
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__format__", args, 2, 2)?;
    if is_str(args[1]) && !text(args[1]).is_empty() {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.str(args[0])
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if has_layout(args[0], LayoutId::Instance) {
        vm.exc_init(args[0], &args[1..], kw)?;
    }
    Ok(Value::none())
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "with_traceback", args, 2, 2)?;
    let k = vm.names.traceback;
    vm.instance_set(args[0], k, args[1]);
    Ok(args[0])
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "add_note", args, 2, 2)?;
    if !is_str(args[1]) {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.instance_get(args[0], key) {
        Some(n) => n,
        None => {
            let l = vm.new_list(&[]);
            vm.instance_set(args[0], key, l);
            l
        }
    };
    if has_layout(notes, LayoutId::List) {
        vm.list_push(notes, args[1]);
    }
    Ok(Value::none())
}

fn property_copy(vm: &mut Vm, args: &[Value], which: usize) -> PyResult {
    arity(vm, "property", args, 2, 2)?;
    let w = get::<WrapperObj>(args[0]);
    let mut parts = [w.a, w.b, w.c];
    parts[which] = args[1];
    Ok(vm.new_wrapper(WrapKind::Property, parts[0], parts[1], parts[2]))
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    property_copy(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    property_copy(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    property_copy(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__get__", args, 2, 3)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    let cls = vm.type_of(args[1]);
    vm.bind_descriptor(args[0], args[1], cls)
}

/// `module(name, doc=None)`: a new empty module (not registered in sys.modules).
fn module_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "module", &args[1..], 1, 2)?;
    if !is_str(args[1]) {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {tn}"
        )));
    }
    let name = text(args[1]).to_string();
    let m = vm.new_module(&name);
    let d = vm.module_dict(m);
    let doc = args.get(2).copied().unwrap_or(Value::none());
    let dk = vm.names.doc;
    vm.dict_set_str(d, dk, doc);
    Ok(m)
}

/// `classmethod.__get__(obj, type=None)` and `staticmethod.__get__`.
fn wrapper_get(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__get__", args, 2, 3)?;
    let cls = match args.get(2) {
        Some(&t) if !t.is_none() => t,
        _ => vm.type_of(args[1]),
    };
    let obj = if args[1].is_none() {
        Value::EMPTY
    } else {
        args[1]
    };
    vm.bind_descriptor(args[0], obj, cls)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let m = type_data(args[0]).mro.clone();
    Ok(vm.new_list(&m))
}

impl Vm {
    /// Create a class from a namespace dict (type(name, bases, ns) and class statements).
    pub fn make_class(
        &mut self,
        meta: Value,
        name: Value,
        bases: &[Value],
        ns: Value,
        kw: Kwargs,
    ) -> PyResult {
        if !is_str(name) {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        }
        let bases: Vec<Value> = if bases.is_empty() {
            vec![self.types.object]
        } else {
            bases.to_vec()
        };
        let mut winner = meta;
        for &b in &bases {
            let bt = self.type_of(b);
            if !is_type(winner) || self.is_subtype(winner, bt) {
                continue;
            }
            if self.is_subtype(bt, winner) {
                winner = bt;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        if winner != meta
            && is_type(winner)
            && self.lookup(winner, self.names.new) != self.lookup(meta, self.names.new)
        {
            let bt = self.new_tuple(&bases);
            return self.call_generic(winner, &[name, bt, ns], kw);
        }
        let meta = winner;
        for &b in &bases {
            if !is_type(b) {
                let tn = self.type_name(b);
                return Err(self.type_error(format!(
                    "type.__new__() argument 2 must be tuple of types, not {tn}"
                )));
            }
        }
        let ns = match self.base_value(ns) {
            Some(d) if crate::objects::dict::is_dict(d) && !crate::objects::dict::is_dict(ns) => d,
            _ => ns,
        };
        if !crate::objects::dict::is_dict(ns) {
            let tn = self.type_name(ns);
            return Err(
                self.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"))
            );
        }
        let module = match self.dict_get_str(ns, self.names.module) {
            Some(m) if is_str(m) => text(m).to_string(),
            _ => "__main__".to_string(),
        };
        let n = text(name).to_string();
        let t = self.new_type(&n, bases, &module, false)?;
        if meta != self.types.type_ && is_type(meta) {
            type_data(t).meta = meta;
        }
        let mut classcell = Value::EMPTY;
        let items = self.dict_items_vec(ns);
        for &(k, v) in &items {
            if !is_str(k) {
                continue;
            }
            let key = self.intern_value(k);
            match text(key) {
                "__classcell__" => {
                    classcell = v;
                    continue;
                }
                "__qualname__" => {
                    if is_str(v) {
                        type_data(t).qualname = text(v).to_string();
                    }
                    continue;
                }
                _ => {}
            }
            // __new__ is an implicit staticmethod; __init_subclass__ and
            // __class_getitem__ implicit classmethods.
            let v = if has_layout(v, LayoutId::Function)
                && (text(key) == "__init_subclass__" || text(key) == "__class_getitem__")
            {
                self.new_wrapper(WrapKind::ClassMethod, v, Value::none(), Value::none())
            } else {
                v
            };
            self.type_set(t, key, v);
        }
        self.install_slots(t, ns)?;
        // type.__new__ gives every class a `__doc__` (None without a docstring).
        let doc = self.intern("__doc__");
        if !type_data(t).dict.contains_key(&doc) {
            self.type_set(t, doc, Value::none());
        }
        // A class that defines __eq__ but not __hash__ is unhashable (`__hash__ = None`).
        let (eq, hash) = (self.names.eq, self.names.hash);
        if self.dict_get_str(ns, eq).is_some() && self.dict_get_str(ns, hash).is_none() {
            self.type_set(t, hash, Value::none());
        }
        if !classcell.is_empty() && has_layout(classcell, LayoutId::Cell) {
            get::<CellObj>(classcell).value = t;
            self.heap.barrier(classcell);
        }
        // __set_name__ on descriptors.
        for (k, v) in items {
            if has_layout(v, LayoutId::Instance) {
                let vt = self.type_of(v);
                if let Some(sn) = self.lookup(vt, self.names.set_name) {
                    self.call(sn, &[v, t, k])?;
                }
            }
        }
        // __init_subclass__ of the nearest base that defines one.
        let mro = type_data(t).mro.clone();
        for &c in &mro[1..] {
            if let Some(&f) = type_data(c).dict.get(&self.names.init_subclass) {
                let func = if has_layout(f, LayoutId::Wrapper) {
                    get::<WrapperObj>(f).a
                } else {
                    f
                };
                if has_layout(func, LayoutId::Native) {
                    if !kw.is_empty() {
                        return Err(self.type_error(format!(
                            "{n}.__init_subclass__() takes no keyword arguments"
                        )));
                    }
                    break;
                }
                self.call_generic(func, &[t], kw)?;
                break;
            }
        }
        Ok(t)
    }
}
