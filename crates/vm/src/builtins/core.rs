//! Built-in functions: print, len, repr, isinstance, min/max/sum/sorted, getattr & co, iter/next,
//! numeric helpers, exec/eval, __build_class__.

use super::{arity, kwarg, no_kw, only_kw};
use crate::heap::{self, get, has_layout};
use crate::interp::gen::Sink;
use crate::layout::*;
use crate::objects::float::{float_value, is_float};
use crate::objects::int::{as_int, int_radix_text, is_int, Int};
use crate::objects::seq::{is_list, list_items};
use crate::objects::str::{is_str, text};
use crate::objects::types::{is_type, type_data, IterKind};
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

pub fn install(vm: &mut Vm, b: Value) {
    let fns: &[(&'static str, crate::vm::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("bin", bin),
        ("hex", hex),
        ("oct", oct),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("hash", hash),
        ("id", id),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("max", max),
        ("min", min),
        ("sum", sum),
        ("sorted", sorted),
        ("pow", pow),
        ("round", round),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
        ("globals", globals),
        ("locals", locals),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__build_class__", build_class),
        ("__import__", import),
        ("__coil_mro__", type_mro),
        ("__coil_subclasses__", type_subclasses),
        ("__coil_add_note__", add_note),
    ];
    for &(n, f) in fns {
        vm.def_fn(b, n, f);
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    for (k, _) in kw {
        let n = text(*k);
        if !["sep", "end", "file", "flush"].contains(&n) {
            return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for print()")));
        }
    }
    let sep = match kwarg(kw, "sep") {
        Some(v) if is_str(v) => text(v).to_string(),
        Some(v) if v.is_none() => " ".into(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("sep must be None or a string, not {tn}")));
        }
        None => " ".into(),
    };
    let end = match kwarg(kw, "end") {
        Some(v) if is_str(v) => text(v).to_string(),
        Some(v) if v.is_none() => "\n".into(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("end must be None or a string, not {tn}")));
        }
        None => "\n".into(),
    };
    // file=None means sys.stdout, looked up at each call (it may be replaced).
    let file = match kwarg(kw, "file").filter(|f| !f.is_none()) {
        Some(f) => f,
        None => {
            let d = vm.module_dict(vm.sys);
            let k = vm.intern("stdout");
            match vm.dict_get_str(d, k) {
                Some(f) if f.is_none() => return Ok(Value::none()),
                Some(f) => f,
                None => return Err(vm.raise_msg("RuntimeError", "lost sys.stdout")),
            }
        }
    };
    let flush = match kwarg(kw, "flush") {
        Some(fl) => vm.truthy(fl)?,
        None => false,
    };
    if has_layout(file, LayoutId::File) {
        // The VM's own files: one write of the whole line.
        let mut out = String::new();
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            let piece = vm.str_string(a)?;
            if crate::objects::codecs::has_surrogates(&piece) {
                // CPython writes piece by piece: an encoding error's position is in this one.
                if let Err(e) = super::io::encode_text(vm, file, &piece) {
                    super::io::write_to(vm, file, &out)?;
                    return Err(e);
                }
            }
            out.push_str(&piece);
        }
        out.push_str(&end);
        super::io::write_to(vm, file, &out)?;
        if flush {
            super::io::flush_file(vm, file)?;
        }
        return Ok(Value::none());
    }
    // Any other object: CPython calls its write() once per piece, then flush().
    let w = vm.intern("write");
    let write = vm.getattr(file, w)?;
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(&sep);
            vm.call(write, &[s])?;
        }
        let s = vm.str_string(a)?;
        let s = vm.new_str(&s);
        vm.call(write, &[s])?;
    }
    let s = vm.new_str(&end);
    vm.call(write, &[s])?;
    if flush {
        let f = vm.intern("flush");
        let m = vm.getattr(file, f)?;
        vm.call(m, &[])?;
    }
    Ok(Value::none())
}

fn len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw(vm, "len", kw)?;
    arity(vm, "len", args, 1, 1)?;
    let n = vm.len(args[0])?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "repr", args, 1, 1)?;
    vm.repr(args[0])
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "ascii", args, 1, 1)?;
    let s = vm.repr_string(args[0])?;
    let s = crate::objects::format::ascii_escape(&s);
    Ok(vm.new_str(&s))
}

fn abs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "abs", args, 1, 1)?;
    let v = args[0];
    if is_int(v) {
        return Ok(vm.int_abs(v));
    }
    if is_float(v) {
        return Ok(vm.new_float(float_value(v).abs()));
    }
    if has_layout(v, LayoutId::Complex) {
        let c = get::<ComplexObj>(v);
        let r = c.re.hypot(c.im);
        return Ok(vm.new_float(r));
    }
    if let Some(r) = vm.call_special(v, vm.names.abs, &[])? {
        return Ok(r);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
}

fn all(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    let mut sink = Sink::SkipTrue;
    while let Some(x) = vm.iter_next_sunk(it, &mut sink)? {
        if !vm.truthy(x)? {
            return Ok(Value::false_());
        }
    }
    Ok(Value::true_())
}

fn any(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    let mut sink = Sink::SkipFalse;
    while let Some(x) = vm.iter_next_sunk(it, &mut sink)? {
        if vm.truthy(x)? {
            return Ok(Value::true_());
        }
    }
    Ok(Value::false_())
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, r: u32, prefix: &str) -> PyResult {
    arity(vm, name, args, 1, 1)?;
    let v = args[0];
    let i = match as_int(v) {
        Some(i) => i,
        None => match vm.index_hook(v)? {
            Some(n) => Int::S(n),
            None => {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    let s = int_radix_text(&i, r, prefix);
    Ok(vm.new_str(&s))
}

fn bin(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    radix(vm, args, "bin", 2, "0b")
}
fn hex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    radix(vm, args, "hex", 16, "0x")
}
fn oct(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    radix(vm, args, "oct", 8, "0o")
}

fn callable(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let c = if v.is_ptr() {
        match heap::layout_of(v) {
            LayoutId::Function | LayoutId::Native | LayoutId::BoundMethod | LayoutId::Type => true,
            LayoutId::Instance => {
                let t = vm.type_of(v);
                vm.lookup(t, vm.names.call).is_some()
            }
            _ => false,
        }
    } else {
        false
    };
    Ok(Value::bool(c))
}

fn chr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "chr", args, 1, 1)?;
    let n = match as_int(args[0]) {
        Some(Int::S(n)) => n,
        Some(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        None => {
            let tn = vm.type_name(args[0]);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    match u32::try_from(n)
        .ok()
        .and_then(coil_syntax::strings::code_point_char)
    {
        Some(c) => {
            let mut b = [0u8; 4];
            let s = c.encode_utf8(&mut b);
            Ok(vm.new_str(s))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "ord", args, 1, 1)?;
    let v = args[0];
    if is_str(v) {
        let s = text(v);
        let n = crate::objects::str::char_len(v);
        if n != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {n} found"
            )));
        }
        return Ok(Value::small(
            s.chars()
                .next()
                .map(|c| coil_syntax::strings::char_code_point(c) as i64)
                .unwrap_or(0),
        ));
    }
    if let Some(d) = crate::objects::bytes::bytes_like(v) {
        if d.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                d.len()
            )));
        }
        return Ok(Value::small(d[0] as i64));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if (is_int(a) || is_float(a)) && (is_int(b) || is_float(b)) {
        if (is_float(a) || is_float(b)) && vm.truthy(b).ok() == Some(false) {
            return Err(vm.zero_division("float divmod()"));
        }
        let q = vm.binary_op(2, a, b)?;
        let r = vm.binary_op(6, a, b)?;
        return Ok(vm.new_tuple(&[q, r]));
    }
    let dm = vm.intern("__divmod__");
    if let Some(r) = vm.call_special(a, dm, &[b])? {
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    let rdm = vm.intern("__rdivmod__");
    if has_layout(b, LayoutId::Instance) {
        if let Some(r) = vm.call_special(b, rdm, &[a])? {
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    let (x, y) = (vm.type_name(a), vm.type_name(b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{x}' and '{y}'"
    )))
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult {
    if !is_str(v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    Ok(vm.intern_value(v))
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    if args.len() == 3 {
        match vm.getattr(args[0], name) {
            Ok(v) => Ok(v),
            Err(e) => {
                let ae = vm.exc_type("AttributeError");
                if vm.isinstance(vm.exc, ae) {
                    Ok(args[2])
                } else {
                    Err(e)
                }
            }
        }
    } else {
        vm.getattr(args[0], name)
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args[1])?;
    vm.setattr(args[0], name, args[2])?;
    Ok(Value::none())
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.getattr(args[0], name) {
        Ok(_) => Ok(Value::true_()),
        Err(e) => {
            let ae = vm.exc_type("AttributeError");
            if vm.isinstance(vm.exc, ae) {
                Ok(Value::false_())
            } else {
                Err(e)
            }
        }
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.delattr(args[0], name)?;
    Ok(Value::none())
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    Ok(vm.new_int(h))
}

fn id(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "id", args, 1, 1)?;
    let id = vm.heap.identity(args[0]) as i64;
    Ok(vm.new_int(id))
}

fn class_matches(vm: &mut Vm, v: Value, cls: Value, sub: bool) -> PyResult<bool> {
    if has_layout(cls, LayoutId::Tuple) {
        for c in heap::items(cls).to_vec() {
            if class_matches(vm, v, c, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let hook = if sub {
        vm.names.subclasscheck
    } else {
        vm.names.instancecheck
    };
    if has_layout(cls, LayoutId::Instance) {
        // types.UnionType, types.GenericAlias and other objects with the hooks.
        if let Some(r) = vm.call_special(cls, hook, &[v])? {
            return vm.truthy(r);
        }
    }
    if !is_type(cls) {
        let what = if sub {
            "issubclass() arg 2"
        } else {
            "isinstance() arg 2"
        };
        let (one, many) = if sub {
            ("class", "classes")
        } else {
            ("type", "types")
        };
        return Err(vm.type_error(format!(
            "{what} must be a {one}, a tuple of {many}, or a union"
        )));
    }
    if let Some(meta) = type_data(cls).meta_opt() {
        if let Some(h) = vm.lookup(meta, hook) {
            let r = vm.call(h, &[cls, v])?;
            return vm.truthy(r);
        }
    }
    if sub {
        Ok(vm.is_subtype(v, cls))
    } else {
        Ok(vm.isinstance(v, cls))
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isinstance", args, 2, 2)?;
    let r = class_matches(vm, args[0], args[1], false)?;
    Ok(Value::bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "issubclass", args, 2, 2)?;
    if !is_type(args[0]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_matches(vm, args[0], args[1], true)?;
    Ok(Value::bool(r))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !callable(vm, &args[..1], &[])?.is_true_obj() {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterKind::Callable, args[0], args[1], 0, 0));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "next", args, 1, 2)?;
    let it = args[0];
    let is_iter = it.is_ptr()
        && match heap::layout_of(it) {
            LayoutId::Iter | LayoutId::RangeIter | LayoutId::File => true,
            LayoutId::Generator => crate::interp::coro::is_plain_generator(it),
            LayoutId::Wrapper => crate::interp::coro::is_await_iter(it),
            LayoutId::Instance => {
                let t = vm.type_of(it);
                vm.lookup(t, vm.names.next).is_some()
            }
            _ => false,
        };
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    if has_layout(it, LayoutId::Instance) {
        // Let a user __next__'s StopIteration (with its value) propagate as is.
        let t = vm.type_of(it);
        let m = vm.lookup(t, vm.names.next).expect("checked");
        return match vm.call(m, &[it]) {
            Ok(v) => Ok(v),
            Err(e) => {
                let stop = vm.exc_type("StopIteration");
                if args.len() == 2 && vm.isinstance(vm.exc, stop) {
                    Ok(args[1])
                } else {
                    Err(e)
                }
            }
        };
    }
    if has_layout(it, LayoutId::Generator) || crate::interp::coro::is_await_iter(it) {
        vm.gc_inhibit += 1;
        let r = match vm.asend_send_step(it, Value::none()) {
            Some(r) => r,
            None => vm.gen_resume(it, Value::none(), None),
        };
        vm.gc_inhibit -= 1;
        return match r? {
            crate::interp::gen::GenStep::Yield(v) => Ok(v),
            crate::interp::gen::GenStep::Return(v) => {
                if args.len() == 2 {
                    return Ok(args[1]);
                }
                let stop = vm.exc_type("StopIteration");
                let e = if v.is_none() {
                    vm.new_exception(stop, &[])
                } else {
                    vm.new_exception(stop, &[v])
                };
                Err(vm.raise(e))
            }
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => {
            if args.len() == 2 {
                Ok(args[1])
            } else {
                Err(vm.stop_iteration())
            }
        }
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, want_max: bool) -> PyResult {
    only_kw(vm, name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if args.len() == 1 {
        vm.collect_iterable(args[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best])?,
        None => best,
    };
    for &x in &items[1..] {
        let k = match key {
            Some(kf) => vm.call(kf, &[x])?,
            None => x,
        };
        let better = vm.compare_op(if want_max { 4 } else { 0 }, k, best_key)?;
        if vm.truthy(better)? {
            best = x;
            best_key = k;
        }
    }
    Ok(best)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    min_max(vm, args, kw, "max", true)
}
fn min(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    min_max(vm, args, kw, "min", false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    only_kw(vm, "sum", kw, &["start"])?;
    arity(vm, "sum", args, 1, 2)?;
    let mut acc = if args.len() == 2 {
        args[1]
    } else {
        kwarg(kw, "start").unwrap_or(Value::small(0))
    };
    if is_str(acc) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if has_layout(acc, LayoutId::Bytes) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(args[0])?;
    // A generator adds its small ints itself (`Sink::SumInt`).
    let sink_of = |acc: Value| {
        if acc.is_small() {
            Sink::SumInt(acc)
        } else {
            Sink::Off
        }
    };
    let mut sink = sink_of(acc);
    while let Some(x) = vm.iter_next_sunk(it, &mut sink)? {
        if let Sink::SumInt(a) = sink {
            acc = a;
        }
        acc = match (acc.is_small() && x.is_small())
            .then(|| Value::try_small(acc.small_value() + x.small_value()))
            .flatten()
        {
            Some(v) => v,
            None => vm.binary_op(0, acc, x)?,
        };
        sink = sink_of(acc);
    }
    if let Sink::SumInt(a) = sink {
        acc = a;
    }
    Ok(acc)
}

/// Stable merge sort with a fallible less-than.
pub fn merge_sort(vm: &mut Vm, items: &mut Vec<(Value, Value)>, reverse: bool) -> PyResult<()> {
    // Fast paths: all small ints or all strs (total orders, Rust's stable sort).
    if items.iter().all(|(k, _)| k.is_small()) {
        if reverse {
            items.sort_by_key(|a| std::cmp::Reverse(a.0.small_value()));
        } else {
            items.sort_by_key(|a| a.0.small_value());
        }
        return Ok(());
    }
    if items.iter().all(|(k, _)| is_str(*k)) {
        if reverse {
            items.sort_by(|a, b| heap::str_bytes(b.0).cmp(heap::str_bytes(a.0)));
        } else {
            items.sort_by(|a, b| heap::str_bytes(a.0).cmp(heap::str_bytes(b.0)));
        }
        return Ok(());
    }
    let n = items.len();
    let mut buf = items.clone();
    let mut width = 1;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut l, mut r, mut o) = (i, mid, i);
            while l < mid && r < hi {
                // take right first only when right < left (stability)
                let take_right = if reverse {
                    let c = vm.compare_op(0, items[l].0, items[r].0)?;
                    vm.truthy(c)?
                } else {
                    let c = vm.compare_op(0, items[r].0, items[l].0)?;
                    vm.truthy(c)?
                };
                if take_right {
                    buf[o] = items[r];
                    r += 1;
                } else {
                    buf[o] = items[l];
                    l += 1;
                }
                o += 1;
            }
            while l < mid {
                buf[o] = items[l];
                l += 1;
                o += 1;
            }
            while r < hi {
                buf[o] = items[r];
                r += 1;
                o += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(items, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// Sort values by an optional key function (sorted() and list.sort()).
pub fn sort_values(
    vm: &mut Vm,
    vals: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs = Vec::with_capacity(vals.len());
    for v in vals {
        let k = match key {
            Some(f) => vm.call(f, &[v])?,
            None => v,
        };
        pairs.push((k, v));
    }
    merge_sort(vm, &mut pairs, reverse)?;
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    // sorted() hands its keywords to list.sort().
    super::clinic_kw(vm, "sort", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let vals = vm.collect_iterable(args[0])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let out = sort_values(vm, vals, key, reverse)?;
    Ok(vm.new_list(&out))
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let mut a = args.to_vec();
    for (k, v) in kw {
        match text(*k) {
            "base" => a.insert(0, *v),
            "exp" => a.push(*v),
            "mod" => a.push(*v),
            _ => {}
        }
    }
    arity(vm, "pow", &a, 2, 3)?;
    if a.len() == 3 && !a[2].is_none() {
        if has_layout(a[0], LayoutId::Instance) {
            let pw = vm.intern("__pow__");
            if let Some(r) = vm.call_special(a[0], pw, &[a[1], a[2]])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        return vm.int_powmod(a[0], a[1], a[2]);
    }
    vm.binary_op(8, a[0], a[1])
}

fn round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let mut a = args.to_vec();
    if let Some(n) = kwarg(kw, "ndigits") {
        a.push(n);
    }
    arity(vm, "round", &a, 1, 2)?;
    let v = a[0];
    let nd = if a.len() == 2 && !a[1].is_none() {
        match as_int(a[1]) {
            Some(Int::S(n)) => Some(n),
            _ => {
                let tn = vm.type_name(a[1]);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        }
    } else {
        None
    };
    if is_int(v) {
        let v = if v.is_bool() {
            Value::small(get::<BoolObj>(v).value)
        } else {
            v
        };
        return match nd {
            Some(n) if n < 0 => {
                let b = as_int(v).expect("int").to_big();
                let r = crate::objects::int::round_int(&b, n);
                Ok(vm.new_big(r))
            }
            _ => Ok(v),
        };
    }
    if is_float(v) {
        let x = float_value(v);
        return match nd {
            None => {
                if x.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if x.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = x.round_ties_even();
                match crate::objects::float::float_to_big(r) {
                    Some(b) => Ok(vm.new_big(b)),
                    None => Ok(Value::small(0)),
                }
            }
            Some(n) => {
                if !x.is_finite() {
                    return Ok(v);
                }
                let r = if n >= 0 {
                    if n > 300 {
                        x
                    } else {
                        format!("{:.*}", n as usize, x).parse::<f64>().unwrap_or(x)
                    }
                } else {
                    round_float_to_tens(x, (-n) as u64)
                };
                Ok(vm.new_float(r))
            }
        };
    }
    let rn = vm.names.round;
    let extra: Vec<Value> = a[1..].to_vec();
    if let Some(r) = vm.call_special(v, rn, &extra)? {
        return Ok(r);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
}

/// round(x, -k) for a finite float, exactly (CPython rounds the exact binary value
/// half-to-even at 10**k, then converts back with correct rounding).
fn round_float_to_tens(x: f64, k: u64) -> f64 {
    use dashu_int::IBig;
    if x == 0.0 || k > 400 {
        return 0.0f64.copysign(x);
    }
    let bits = x.abs().to_bits();
    let (e, m) = ((bits >> 52) as i64 & 0x7ff, bits & ((1u64 << 52) - 1));
    let (mant, exp) = if e == 0 {
        (m, -1074)
    } else {
        (m | (1u64 << 52), e - 1075)
    };
    let p = IBig::from(10u8).pow(k as usize);
    let (num, den) = if exp >= 0 {
        (IBig::from(mant) << exp as usize, p.clone())
    } else {
        (IBig::from(mant), &p << (-exp) as usize)
    };
    let (mut q, r) = (&num / &den, &num % &den);
    let twice = r * IBig::from(2u8);
    if twice > den || (twice == den && (&q % IBig::from(2u8)) == IBig::ONE) {
        q += IBig::ONE;
    }
    let y = (q * p).to_f64().value();
    if y == 0.0 {
        0.0f64.copysign(x)
    } else {
        y.copysign(x)
    }
}

fn format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "format", args, 1, 2)?;
    let spec = if args.len() == 2 {
        text(args[1]).to_string()
    } else {
        String::new()
    };
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(&s))
}

fn vars(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "vars", args, 0, 1)?;
    if args.is_empty() {
        return locals(vm, args, &[]);
    }
    let d = vm.names.dict;
    match vm.getattr(args[0], d) {
        Ok(v) => Ok(v),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    if args.is_empty() {
        let l = locals(vm, &[], &[])?;
        for (k, _) in vm.dict_items_vec(l) {
            names.push(text(k).to_string());
        }
    } else {
        let v = args[0];
        let t = vm.type_of(v);
        let dk = vm.intern("__dir__");
        // A module's own `__dir__` function (PEP 562).
        if has_layout(v, LayoutId::Module) {
            let d = vm.module_dict(v);
            if let Some(f) = vm.dict_get_str(d, dk) {
                let r = vm.call(f, &[])?;
                let l = vm.new_list(&[]);
                vm.list_extend(l, r)?;
                let items = list_items(l).to_vec();
                let sorted = sort_values(vm, items, None, false)?;
                return Ok(vm.new_list(&sorted));
            }
        }
        if let Some(m) = vm.lookup(t, dk) {
            if !has_layout(m, LayoutId::Native) {
                let r = vm.call_special(v, dk, &[])?.unwrap_or(Value::none());
                let l = vm.new_list(&[]);
                vm.list_extend(l, r)?;
                let items = list_items(l).to_vec();
                let sorted = sort_values(vm, items, None, false)?;
                return Ok(vm.new_list(&sorted));
            }
        }
        names = dir_names(vm, v)?;
    }
    names.sort();
    names.dedup();
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(&vals))
}

/// The default `dir(v)` names (unsorted, may repeat): a module's globals, else the
/// instance's attributes and those of its class and bases.
pub fn dir_names(vm: &mut Vm, v: Value) -> PyResult<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    if has_layout(v, LayoutId::Module) {
        let d = vm.module_dict(v);
        for (k, _) in vm.dict_items_vec(d) {
            if is_str(k) {
                names.push(text(k).to_string());
            }
        }
        return Ok(names);
    }
    if has_layout(v, LayoutId::Instance) {
        for (k, _) in vm.instance_attrs(v) {
            if !text(k).starts_with(' ') {
                names.push(text(k).to_string());
            }
        }
    }
    let t = if is_type(v) { v } else { vm.type_of(v) };
    names.push("__class__".to_string());
    for c in type_data(t).mro.clone() {
        for k in type_data(c).order.clone() {
            names.push(text(k).to_string());
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.frames.last().map(|f| f.globals).unwrap_or(vm.builtins))
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.builtins);
    };
    if !f.locals.is_empty() {
        return Ok(f.locals);
    }
    if f.func.is_empty() {
        return Ok(f.globals);
    }
    let (code, base) = (f.code, f.base);
    let cd = crate::interp::code::code_data(code);
    let d = vm.new_dict();
    for (i, &n) in cd.varnames.clone().iter().enumerate() {
        let v = vm.stack[base + i];
        if !v.is_empty() {
            vm.dict_set_str(d, n, v);
        }
    }
    Ok(d)
}

fn compile_source(vm: &mut Vm, src: Value, mode_eval: bool) -> PyResult {
    if has_layout(src, LayoutId::Code) {
        return Ok(src);
    }
    if !is_str(src) {
        let what = if mode_eval { "eval" } else { "exec" };
        return Err(vm.type_error(format!(
            "{what}() arg 1 must be a string, bytes or code object"
        )));
    }
    let s = text(src).to_string();
    let r = if mode_eval {
        coil_compiler::compile_expression(s.trim_start_matches([' ', '\t']), "<string>")
    } else {
        coil_compiler::compile_module(&s, "<string>")
    };
    match r {
        Ok(code) => {
            vm.sources.insert(
                "<string>".into(),
                s.lines().map(|l| l.to_string()).collect(),
            );
            Ok(vm.load_code(std::rc::Rc::new(code)))
        }
        Err(e) => Err(vm.syntax_error(&e)),
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code
/// object for `exec`/`eval`. Future-feature and incomplete-input flags are accepted and
/// ignored; `ast.PyCF_ONLY_AST` (0x400) raises, coil having no `ast` module.
fn compile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if args.len() > NAMES.len() {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            args.len()
        )));
    }
    let mut a: [Option<Value>; 6] = [None; 6];
    for (i, &v) in args.iter().enumerate() {
        a[i] = Some(v);
    }
    for (k, v) in kw {
        let n = text(*k);
        match NAMES.iter().position(|&x| x == n) {
            Some(i) if a[i].is_none() => a[i] = Some(*v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for compile() given by name ('{n}') and position ({})",
                    i + 1
                )))
            }
            None if n == "_feature_version" => {}
            None => {
                return Err(vm.type_error(format!(
                    "compile() got an unexpected keyword argument '{n}'"
                )))
            }
        }
    }
    for (i, n) in NAMES.iter().enumerate().take(3) {
        if a[i].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    let none = Value::none();
    let (src, fname, mode) = (
        a[0].unwrap_or(none),
        a[1].unwrap_or(none),
        a[2].unwrap_or(none),
    );
    let filename = if is_str(fname) {
        text(fname).to_string()
    } else if let Some(b) = crate::objects::bytes::bytes_like(fname) {
        String::from_utf8_lossy(b).into_owned()
    } else {
        let tn = vm.type_name(fname);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {tn}"
        )));
    };
    if !is_str(mode) {
        let tn = vm.type_name(mode);
        return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {tn}")));
    }
    let mode = match text(mode) {
        "exec" => coil_compiler::Mode::Exec,
        "eval" => coil_compiler::Mode::Eval,
        "single" => coil_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let flags = match a[3] {
        Some(f) => match as_int(f) {
            Some(Int::S(n)) => n,
            _ => return Err(vm.type_error("compile() argument 'flags' must be int")),
        },
        None => 0,
    };
    if flags & 0x400 != 0 {
        return Err(vm.raise_msg(
            "NotImplementedError",
            "compile() with ast.PyCF_ONLY_AST: coil has no ast module",
        ));
    }
    if has_layout(src, LayoutId::Code) {
        return Ok(src);
    }
    let source = if is_str(src) {
        text(src).to_string()
    } else if let Some(b) = crate::objects::bytes::bytes_like(src) {
        match coil_syntax::decode_source(b, &filename) {
            Ok(s) => s.into_owned(),
            Err(e) => return Err(vm.syntax_error(&e)),
        }
    } else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    if source.contains('\0') {
        return Err(vm.raise_msg(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    // CPython's tokenizer ends the last line of a statement source as if it had a newline.
    let mut source = source;
    if mode != coil_compiler::Mode::Eval && !source.ends_with('\n') {
        source.push('\n');
    }
    match coil_compiler::compile(&source, &filename, mode) {
        Ok(code) => {
            vm.sources.insert(
                filename.clone(),
                source.lines().map(|l| l.to_string()).collect(),
            );
            Ok(vm.load_code(std::rc::Rc::new(code)))
        }
        Err(e) => Err(vm.syntax_error(&e)),
    }
}

fn exec_eval(vm: &mut Vm, args: &[Value], name: &str, mode_eval: bool) -> PyResult {
    arity(vm, name, args, 1, 3)?;
    let code = compile_source(vm, args[0], mode_eval)?;
    let caller = vm.frames.last().map(|f| (f.globals, f.locals));
    let globals = match args.get(1) {
        Some(&g) if !g.is_none() => g,
        _ => caller.map(|c| c.0).unwrap_or(vm.builtins),
    };
    let locals = match args.get(2) {
        Some(&l) if !l.is_none() => l,
        _ => {
            if args.len() >= 2 && !args[1].is_none() {
                globals
            } else {
                match caller {
                    Some((_, l)) if !l.is_empty() => l,
                    _ => locals(vm, &[], &[])?,
                }
            }
        }
    };
    let bkey = vm.names.builtins;
    if vm.dict_get_str(globals, bkey).is_none() {
        let bk = vm.intern("builtins");
        let bm = vm.dict_get_str(vm.modules, bk).unwrap_or(Value::none());
        vm.dict_set_str(globals, bkey, bm);
    }
    vm.gc_inhibit += 1;
    let r = vm.run_code(code, globals, locals);
    vm.gc_inhibit -= 1;
    let v = r?;
    Ok(if mode_eval { v } else { Value::none() })
}

fn exec(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    exec_eval(vm, args, "exec", false)
}

fn eval(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    exec_eval(vm, args, "eval", true)
}

/// __build_class__(func, name, *bases, metaclass=None, **kwds): resolve `__mro_entries__`
/// (PEP 560), find the most derived metaclass, run the body in the namespace its
/// `__prepare__` returns, then call the metaclass.
fn build_class(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (args[0], args[1]);
    let orig_bases: Vec<Value> = args[2..].to_vec();
    let mut bases = Vec::with_capacity(orig_bases.len());
    let mut changed = false;
    let mro_entries = vm.intern("__mro_entries__");
    for &b in &orig_bases {
        if !is_type(b) {
            if let Some(me) = vm.getattr_opt(b, mro_entries)? {
                let orig = vm.new_tuple(&orig_bases);
                let r = vm.call(me, &[orig])?;
                if !has_layout(r, LayoutId::Tuple) {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                }
                bases.extend_from_slice(heap::items(r));
                changed = true;
                continue;
            }
        }
        bases.push(b);
    }
    for &b in &bases {
        if !is_type(b) {
            continue;
        }
        let d = type_data(b);
        const FINAL: &[&str] = &[
            "bool",
            "NoneType",
            "NotImplementedType",
            "ellipsis",
            "function",
            "builtin_function_or_method",
            "method",
            "slice",
            "range",
            "generator",
            "coroutine",
            "async_generator",
            "code",
            "cell",
            "frame",
            "traceback",
            "wrapper_descriptor",
            "method_descriptor",
            "method-wrapper",
            "member_descriptor",
        ];
        if d.builtin && FINAL.contains(&d.name.as_str()) {
            let n = d.name.clone();
            return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
        }
        if d.builtin
            && !d.instance_based
            && b != vm.types.object
            && b != vm.types.type_
            && !crate::objects::types::WRAPPABLE.contains(&d.name.as_str())
        {
            let n = d.name.clone();
            return Err(vm.not_supported(format!("subclassing the built-in type '{n}'")));
        }
    }
    let explicit = kwarg(kw, "metaclass");
    let mut meta = match explicit {
        Some(m) => m,
        None => match bases.first() {
            Some(&b) => vm.type_of(b),
            None => vm.types.type_,
        },
    };
    if is_type(meta) {
        for &b in &bases {
            let bt = vm.type_of(b);
            if vm.is_subtype(meta, bt) {
                continue;
            }
            if vm.is_subtype(bt, meta) {
                meta = bt;
                continue;
            }
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let other_kw: Vec<(Value, Value)> = kw
        .iter()
        .filter(|(k, _)| text(*k) != "metaclass")
        .copied()
        .collect();
    let bases_t = vm.new_tuple(&bases);
    let prepare = vm.intern("__prepare__");
    let ns = if meta == vm.types.type_ {
        vm.new_dict()
    } else {
        match vm.getattr_opt(meta, prepare)? {
            Some(p) => vm.call_generic(p, &[name, bases_t], &other_kw)?,
            None => vm.new_dict(),
        }
    };
    let module = vm
        .dict_get_str(get::<FunctionObj>(func).globals, vm.names.name)
        .unwrap_or(Value::none());
    let (mkey, qual_key) = (vm.names.module, vm.names.qualname);
    vm.mapping_set(ns, mkey, module)?;
    let fq = get::<FunctionObj>(func).qualname;
    vm.mapping_set(ns, qual_key, fq)?;
    vm.run_class_body(func, ns)?;
    if changed {
        let k = vm.intern("__orig_bases__");
        let orig = vm.new_tuple(&orig_bases);
        vm.mapping_set(ns, k, orig)?;
    }
    if meta != vm.types.type_ {
        return vm.call_generic(meta, &[name, bases_t, ns], &other_kw);
    }
    vm.make_class(vm.types.type_, name, &bases, ns, &other_kw)
}

fn import(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "__import__", args, 1, 5)?;
    super::only_kw(
        vm,
        "__import__",
        kw,
        &["globals", "locals", "fromlist", "level"],
    )?;
    if !is_str(args[0]) {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("__import__() argument 1 must be str, not {tn}")));
    }
    let name = vm.intern_value(args[0]);
    let arg = |i: usize, k: &str| args.get(i).copied().or_else(|| super::kwarg(kw, k));
    let globals = arg(1, "globals")
        .filter(|g| crate::objects::dict::is_dict(*g))
        .unwrap_or(vm.builtins);
    let fromlist = arg(3, "fromlist").unwrap_or(Value::none());
    let level = arg(4, "level").unwrap_or(Value::small(0));
    vm.import_name(name, fromlist, level, globals)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let t = args[0];
    let m = type_data(t).mro.clone();
    Ok(vm.new_list(&m))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let t = args[0];
    let m = type_data(t).subclasses.clone();
    Ok(vm.new_list(&m))
}

fn add_note(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "add_note", args, 2, 2)?;
    let key = vm.intern("__notes__");
    let notes = match vm.instance_get(args[0], key) {
        Some(n) => n,
        None => {
            let l = vm.new_list(&[]);
            vm.instance_set(args[0], key, l);
            l
        }
    };
    if is_list(notes) {
        vm.list_push(notes, args[1]);
    }
    let _ = list_items;
    Ok(Value::none())
}
