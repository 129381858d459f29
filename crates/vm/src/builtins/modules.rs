//! Native modules: sys, math, and the core of time.

use super::arity;
use crate::heap::has_layout;
use crate::layout::*;
use crate::objects::float::{float_value, is_float};
use crate::objects::int::{as_int, is_int, Int};
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};
use dashu_int::IBig;

pub fn install(vm: &mut Vm) {
    install_sys(vm);
    install_math(vm);
}

fn register(vm: &mut Vm, name: &str, m: Value) {
    let k = vm.intern(name);
    let mods = vm.modules;
    vm.dict_set_str(mods, k, m);
}

fn install_sys(vm: &mut Vm) {
    let m = vm.new_module("sys");
    vm.sys = m;
    let d = vm.module_dict(m);
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("exc_info", sys_exc_info),
        ("_getframe", sys_getframe),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getdefaultencoding),
        ("__getattr__", sys_getattr),
    ];
    for &(n, f) in fns {
        vm.def_fn(d, n, f);
    }
    let out = vm.new_file(super::io::FileKind::Stdout, "<stdout>", "w");
    let err = vm.new_file(super::io::FileKind::Stderr, "<stderr>", "w");
    let inp = vm.new_file(super::io::FileKind::Stdin, "<stdin>", "r");
    for (n, v) in [
        ("stdout", out),
        ("stderr", err),
        ("stdin", inp),
        ("__stdout__", out),
        ("__stderr__", err),
        ("__stdin__", inp),
    ] {
        vm.def_value(d, n, v);
    }
    let mods = vm.modules;
    vm.def_value(d, "modules", mods);
    vm.def_value(d, "maxsize", Value::small(i64::MAX >> 1));
    let big = vm.new_big(IBig::from(i64::MAX));
    vm.def_value(d, "maxsize", big);
    let v = vm.new_str("3.11.7 (coil)");
    vm.def_value(d, "version", v);
    let p = vm.new_str("linux");
    vm.def_value(d, "platform", p);
    let bo = vm.new_str("little");
    vm.def_value(d, "byteorder", bo);
    let imp = vm.new_str("coil");
    vm.def_value(d, "implementation_name", imp);
    let path = vm.new_list(&[]);
    vm.def_value(d, "path", path);
    let argv = vm.new_list(&[]);
    vm.def_value(d, "argv", argv);
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe = vm.new_str(&exe);
    vm.def_value(d, "executable", exe);
    register(vm, "sys", m);
}

/// The `sys` attributes built in Python by `lib/_sysinfo.py` on first access.
const SYSINFO_NAMES: &[&str] = &[
    "version_info",
    "float_info",
    "int_info",
    "hash_info",
    "flags",
    "thread_info",
    "implementation",
    "hexversion",
    "api_version",
    "dont_write_bytecode",
    "maxunicode",
    "prefix",
    "exec_prefix",
    "base_prefix",
    "base_exec_prefix",
    "platlibdir",
    "abiflags",
    "pycache_prefix",
    "float_repr_style",
    "copyright",
    "warnoptions",
    "_xoptions",
    "path_hooks",
    "path_importer_cache",
    "meta_path",
    "builtin_module_names",
    "getswitchinterval",
    "setswitchinterval",
    "is_finalizing",
    "call_tracing",
    "audit",
    "addaudithook",
    "getallocatedblocks",
    "getfilesystemencodeerrors",
    "get_coroutine_origin_tracking_depth",
    "set_coroutine_origin_tracking_depth",
    "get_asyncgen_hooks",
    "set_asyncgen_hooks",
    "gettrace",
    "getprofile",
    "settrace",
    "setprofile",
    "excepthook",
    "__excepthook__",
    "displayhook",
    "__displayhook__",
    "unraisablehook",
    "__unraisablehook__",
];

/// sys's module `__getattr__` (PEP 562): the structured attributes, cached in sys.
fn sys_getattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__getattr__", args, 1, 1)?;
    let name = args[0];
    if !is_str(name) || !SYSINFO_NAMES.contains(&text(name)) {
        let n = if is_str(name) {
            text(name).to_string()
        } else {
            String::new()
        };
        return Err(vm.attribute_error(format!("module 'sys' has no attribute '{n}'")));
    }
    let info = vm.import_module("_sysinfo")?;
    let key = vm.intern_value(name);
    let v = vm.getattr(info, key)?;
    let d = vm.module_dict(vm.sys);
    vm.dict_set_str(d, key, v);
    Ok(v)
}

fn sys_getdefaultencoding(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getdefaultencoding", args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "exit", args, 0, 1)?;
    let cls = vm.exc_type("SystemExit");
    let e = vm.new_exception(cls, args);
    Err(vm.raise(e))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "setrecursionlimit", args, 1, 1)?;
    match as_int(args[0]) {
        Some(Int::S(n)) if n >= 1 => {
            let depth = vm.frames.len() + vm.depth;
            if (n as usize) <= depth {
                return Err(vm.raise_msg(
                    "RecursionError",
                    format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
                ));
            }
            vm.recursion_limit = (n as usize).min(1_000_000);
            Ok(Value::none())
        }
        Some(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        None => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
    }
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.new_int(vm.recursion_limit as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "set_int_max_str_digits", args, 1, 1)?;
    match as_int(args[0]) {
        Some(Int::S(n)) if n == 0 || n >= 640 => {
            vm.int_max_str_digits = n as usize;
            Ok(Value::none())
        }
        _ => Err(vm.value_error("maxdigits must be 0 or larger than 640")),
    }
}

fn sys_get_int_max_str_digits(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.new_int(vm.int_max_str_digits as i64))
}

/// `sys._getframe(depth=0)`: snapshots of the interpreter frames from the caller's
/// `depth`-th ancestor outwards (code, globals, current line, locals at this moment;
/// `f_lineno` reads the live frame's line while a frame with that code and base is at
/// that index, an approximation of "while it runs").
fn sys_getframe(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(&d) => vm.to_i64_index(d, "")?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let top = (n - 1 - depth) as usize;
    let mut back = Value::none();
    for i in 0..=top {
        let f = &vm.frames[i];
        let (code, globals, flocals, func, base, pc) =
            (f.code, f.globals, f.locals, f.func, f.base, f.pc);
        let cd = crate::interp::code::code_data(code);
        let line = Value::small(cd.code.line_of(pc.saturating_sub(1)) as i64);
        let locals = if !flocals.is_empty() {
            flocals
        } else if func.is_empty() {
            globals
        } else {
            let d = vm.new_dict();
            for (j, &name) in cd.varnames.clone().iter().enumerate() {
                let v = vm.stack[base + j];
                if !v.is_empty() {
                    vm.dict_set_str(d, name, v);
                }
            }
            d
        };
        // Index and base let `f_lineno` follow the frame while it runs (attr.rs).
        let (idx, at) = (Value::small(i as i64), Value::small(base as i64));
        let info = vm.new_tuple(&[globals, line, locals, idx, at]);
        back = vm.new_wrapper(crate::objects::types::WrapKind::Frame, code, back, info);
    }
    Ok(back)
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let e = vm.cur_handled();
    if e.is_none() {
        let n = Value::none();
        return Ok(vm.new_tuple(&[n, n, n]));
    }
    let t = vm.type_of(e);
    let tb = vm.exc_traceback(e);
    let tb = if tb.is_empty() { Value::none() } else { tb };
    Ok(vm.new_tuple(&[t, e, tb]))
}

fn sys_exception(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.cur_handled())
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "intern", args, 1, 1)?;
    Ok(vm.intern_value(args[0]))
}

fn sys_getsizeof(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "getsizeof", args, 1, 2)?;
    let v = args[0];
    let n = if v.is_ptr() {
        crate::heap::collect::object_size(v)
    } else {
        28
    };
    Ok(vm.new_int(n as i64))
}

fn num(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if is_float(v) {
        return Ok(float_value(v));
    }
    if is_int(v) {
        return vm.int_to_f64(v);
    }
    if let Some(r) = vm.call_special(v, vm.names.float, &[])? {
        if is_float(r) {
            return Ok(float_value(r));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

macro_rules! math_unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
            arity(vm, stringify!($name), args, 1, 1)?;
            let x = num(vm, args[0])?;
            let f: fn(f64) -> f64 = $f;
            let r = f(x);
            if r.is_nan() && !x.is_nan() {
                return Err(vm.value_error("math domain error"));
            }
            if r.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("math range error"));
            }
            Ok(vm.new_float(r))
        })*
    };
}

math_unary! {
    m_sqrt => |x| if x < 0.0 { f64::NAN } else { x.sqrt() },
    m_exp => f64::exp,
    m_sin => f64::sin,
    m_cos => f64::cos,
    m_tan => f64::tan,
    m_asin => f64::asin,
    m_acos => f64::acos,
    m_atan => f64::atan,
    m_sinh => f64::sinh,
    m_cosh => f64::cosh,
    m_tanh => f64::tanh,
    m_fabs => f64::abs,
    m_log2 => |x| if x <= 0.0 { f64::NAN } else { x.log2() },
    m_log10 => |x| if x <= 0.0 { f64::NAN } else { x.log10() },
    m_degrees => f64::to_degrees,
    m_radians => f64::to_radians,
}

fn m_log(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "log", args, 1, 2)?;
    let ln = |vm: &mut Vm, v: Value| -> PyResult<f64> {
        if let Some(Int::B(b)) = as_int(v) {
            if *b > IBig::ZERO {
                // ln of a big int: scale down by bits.
                let bits = crate::objects::int::bit_length(&Int::B(b));
                let shift = bits.saturating_sub(60);
                let top = (b.clone() >> shift).to_f64().value();
                return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
            }
        }
        let x = num(vm, v)?;
        if x <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(x.ln())
    };
    let a = ln(vm, args[0])?;
    let r = if args.len() == 2 {
        let b = ln(vm, args[1])?;
        if b == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        a / b
    } else {
        a
    };
    Ok(vm.new_float(r))
}

fn int_result(vm: &mut Vm, x: f64, name: &str) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let _ = name;
    match crate::objects::float::float_to_big(x) {
        Some(b) => Ok(vm.new_big(b)),
        None => Ok(Value::small(0)),
    }
}

fn m_floor(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "floor", args, 1, 1)?;
    if is_int(args[0]) {
        return Ok(args[0]);
    }
    let x = num(vm, args[0])?;
    int_result(vm, x.floor(), "floor")
}

fn m_ceil(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "ceil", args, 1, 1)?;
    if is_int(args[0]) {
        return Ok(args[0]);
    }
    let x = num(vm, args[0])?;
    int_result(vm, x.ceil(), "ceil")
}

fn m_trunc(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "trunc", args, 1, 1)?;
    if is_int(args[0]) {
        return Ok(args[0]);
    }
    if !is_float(args[0]) {
        let tk = vm.intern("__trunc__");
        if let Some(r) = vm.call_special(args[0], tk, &[])? {
            return Ok(r);
        }
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")));
    }
    let x = num(vm, args[0])?;
    int_result(vm, x.trunc(), "trunc")
}

fn m_pow(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "pow", args, 2, 2)?;
    let (x, y) = (num(vm, args[0])?, num(vm, args[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.new_float(r))
}

fn m_atan2(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "atan2", args, 2, 2)?;
    let (y, x) = (num(vm, args[0])?, num(vm, args[1])?);
    Ok(vm.new_float(y.atan2(x)))
}

fn m_hypot(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut acc = 0.0f64;
    for &a in args {
        let x = num(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(vm.new_float(acc))
}

fn m_copysign(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "copysign", args, 2, 2)?;
    let (x, y) = (num(vm, args[0])?, num(vm, args[1])?);
    Ok(vm.new_float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "fmod", args, 2, 2)?;
    let (x, y) = (num(vm, args[0])?, num(vm, args[1])?);
    if y == 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.new_float(x % y))
}

fn m_modf(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "modf", args, 1, 1)?;
    let x = num(vm, args[0])?;
    let (f, i) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    let a = vm.new_float(f);
    let b = vm.new_float(i);
    Ok(vm.new_tuple(&[a, b]))
}

fn m_isnan(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isnan", args, 1, 1)?;
    Ok(Value::bool(num(vm, args[0])?.is_nan()))
}
fn m_isinf(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isinf", args, 1, 1)?;
    Ok(Value::bool(num(vm, args[0])?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isfinite", args, 1, 1)?;
    Ok(Value::bool(num(vm, args[0])?.is_finite()))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "isclose", args, 2, 2)?;
    let (a, b) = (num(vm, args[0])?, num(vm, args[1])?);
    let rel = match super::kwarg(kw, "rel_tol") {
        Some(v) => num(vm, v)?,
        None => 1e-9,
    };
    let abs = match super::kwarg(kw, "abs_tol") {
        Some(v) => num(vm, v)?,
        None => 0.0,
    };
    if a == b {
        return Ok(Value::true_());
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::false_());
    }
    let d = (a - b).abs();
    Ok(Value::bool(
        d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs,
    ))
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<IBig> {
    match as_int(v) {
        Some(i) => Ok(i.to_big()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn gcd2(mut a: IBig, mut b: IBig) -> IBig {
    if a < IBig::ZERO {
        a = -a;
    }
    if b < IBig::ZERO {
        b = -b;
    }
    while b != IBig::ZERO {
        let r = &a % &b;
        a = b;
        b = r;
    }
    a
}

fn m_gcd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut g = IBig::ZERO;
    for &a in args {
        let x = int_arg(vm, a)?;
        g = gcd2(g, x);
    }
    Ok(vm.new_big(g))
}

fn m_lcm(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut l = IBig::ONE;
    for &a in args {
        let x = int_arg(vm, a)?;
        if x == IBig::ZERO {
            return Ok(Value::small(0));
        }
        let g = gcd2(l.clone(), x.clone());
        l = &l * &x / g;
        if l < IBig::ZERO {
            l = -l;
        }
    }
    Ok(vm.new_big(l))
}

fn m_factorial(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "factorial", args, 1, 1)?;
    if is_float(args[0]) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, args[0])?;
    if n < IBig::ZERO {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = u64::try_from(&n).unwrap_or(0);
    let mut r = IBig::ONE;
    for i in 2..=n {
        r *= IBig::from(i);
    }
    Ok(vm.new_big(r))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "isqrt", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n < IBig::ZERO {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    if n == IBig::ZERO {
        return Ok(Value::small(0));
    }
    // Newton iteration on big ints.
    let bits = crate::objects::int::bit_length(&Int::B(&n));
    let mut x = IBig::ONE << bits.div_ceil(2);
    loop {
        let y = (&x + &n / &x) >> 1;
        if y >= x {
            break;
        }
        x = y;
    }
    Ok(vm.new_big(x))
}

fn m_comb(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "comb", args, 2, 2)?;
    let n = int_arg(vm, args[0])?;
    let k = int_arg(vm, args[1])?;
    if n < IBig::ZERO {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < IBig::ZERO {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let k = u64::try_from(&k).unwrap_or(0);
    let mut r = IBig::ONE;
    for i in 0..k {
        r = r * (&n - IBig::from(i)) / IBig::from(i + 1);
    }
    Ok(vm.new_big(r))
}

fn m_perm(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "perm", args, 1, 2)?;
    let n = int_arg(vm, args[0])?;
    let k = if args.len() == 2 && !args[1].is_none() {
        int_arg(vm, args[1])?
    } else {
        if n < IBig::ZERO {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        n.clone()
    };
    if n < IBig::ZERO {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < IBig::ZERO {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let k = u64::try_from(&k).unwrap_or(0);
    let mut r = IBig::ONE;
    for i in 0..k {
        r *= &n - IBig::from(i);
    }
    Ok(vm.new_big(r))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "prod", args, 1, 1)?;
    let mut acc = super::kwarg(kw, "start").unwrap_or(Value::small(1));
    for x in vm.collect_iterable(args[0])? {
        acc = vm.binary_op(5, acc, x)?;
    }
    Ok(acc)
}

fn m_fsum(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "fsum", args, 1, 1)?;
    // Neumaier compensated summation (exact enough for typical inputs).
    let mut sum = 0.0f64;
    let mut c = 0.0f64;
    for x in vm.collect_iterable(args[0])? {
        let v = num(vm, x)?;
        let t = sum + v;
        if sum.abs() >= v.abs() {
            c += (sum - t) + v;
        } else {
            c += (v - t) + sum;
        }
        sum = t;
    }
    Ok(vm.new_float(sum + c))
}

/// Raise ValueError("math domain error") / OverflowError("math range error") for a
/// libm-style result: NaN from a non-NaN input, infinity from a finite one.
fn math_checked(vm: &mut Vm, x: f64, r: f64) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_float(r))
}

macro_rules! math_unary_more {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
            arity(vm, stringify!($name), args, 1, 1)?;
            let x = num(vm, args[0])?;
            let f: fn(f64) -> f64 = $f;
            math_checked(vm, x, f(x))
        })*
    };
}

/// glibc's (fdlibm's) asinh, acosh and atanh, which CPython's math module calls: Rust's
/// own formulas differ from them in the last place for some arguments.
fn fdlibm_asinh(x: f64) -> f64 {
    let xa = x.abs();
    if !x.is_finite() {
        return x + x;
    }
    if xa < 2f64.powi(-28) {
        return x;
    }
    let w = if xa > 2f64.powi(28) {
        xa.ln() + std::f64::consts::LN_2
    } else if xa > 2.0 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn fdlibm_acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + std::f64::consts::LN_2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn fdlibm_atanh(x: f64) -> f64 {
    let xa = x.abs();
    if x.is_nan() || xa >= 1.0 {
        return f64::NAN;
    }
    let t = if xa < 0.5 {
        if xa < 2f64.powi(-28) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    };
    t.copysign(x)
}

math_unary_more! {
    m_acosh => fdlibm_acosh,
    m_asinh => fdlibm_asinh,
    m_atanh => fdlibm_atanh,
    m_cbrt => cbrt,
    m_exp2 => f64::exp2,
    m_expm1 => f64::exp_m1,
    m_log1p => |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() },
    m_erf => erf,
    m_erfc => erfc,
}

#[allow(clippy::excessive_precision)]
/// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial guess refined by one
/// Halley step, so results match CPython on Linux to the last bit.
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(ym, xe / 3).copysign(x)
}

/// (mantissa in [0.5, 1), exponent) with x = m * 2**e, for finite non-zero x.
fn frexp(x: f64) -> (f64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        let y = x * 2f64.powi(64);
        let b = y.to_bits();
        let e = ((b >> 52) & 0x7ff) as i64 - 1022 - 64;
        (f64::from_bits((b & !(0x7ffu64 << 52)) | (1022u64 << 52)), e)
    } else {
        (
            f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)),
            exp - 1022,
        )
    }
}

/// x * 2**e without intermediate overflow of the power of two.
fn ldexp(x: f64, e: i64) -> f64 {
    let mut r = x;
    let mut k = e.clamp(-10000, 10000) as i32;
    while k > 1000 {
        r *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        r *= 2f64.powi(-1000);
        k += 1000;
    }
    r * 2f64.powi(k)
}

/// erf by its Maclaurin series (small |x|) and erfc's continued fraction (large |x|).
fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 2.0 {
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        let mut n = 0.0;
        loop {
            n += 1.0;
            term *= -x2 / n;
            let add = term / (2.0 * n + 1.0);
            sum += add;
            if add.abs() <= 1e-17 * sum.abs() {
                break;
            }
        }
        sum * std::f64::consts::FRAC_2_SQRT_PI
    } else {
        let r = 1.0 - erfc(x.abs());
        if x < 0.0 {
            -r
        } else {
            r
        }
    }
}

fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 2.0 {
        return 1.0 - erf(x);
    }
    if x > 27.3 {
        return 0.0;
    }
    // Lentz's continued fraction: erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))).
    let mut f = x;
    let (mut c, mut d) = (x, 0.0);
    for k in 1..300 {
        let a = k as f64 / 2.0;
        d = x + a * d;
        d = if d == 0.0 { 1e-300 } else { d };
        c = x + a / c;
        c = if c == 0.0 { 1e-300 } else { c };
        d = 1.0 / d;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    (-x * x).exp() / f / std::f64::consts::PI.sqrt()
}

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the multiples of 1/2 (CPython's m_sinpi).
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Result of a math function: a value, or the C errno it would set.
enum MathR {
    Ok(f64),
    Domain,
    Range,
}

/// CPython's m_tgamma (Lanczos approximation, exact at small integers).
fn tgamma(x: f64) -> MathR {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            MathR::Ok(x)
        } else {
            MathR::Domain
        };
    }
    if x == 0.0 {
        return MathR::Domain;
    }
    if x == x.floor() {
        if x < 0.0 {
            return MathR::Domain;
        }
        if x <= 23.0 {
            return MathR::Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            MathR::Range
        } else {
            MathR::Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            MathR::Ok(0.0 / sinpi(x))
        } else {
            MathR::Range
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let (q, z) = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        (q, q - LANCZOS_G_MINUS_HALF)
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        (q, q - absx)
    };
    let _ = q;
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    if r.is_infinite() {
        MathR::Range
    } else {
        MathR::Ok(r)
    }
}

/// CPython's m_lgamma.
fn lgamma(x: f64) -> MathR {
    #[allow(clippy::excessive_precision)]
    const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
    if !x.is_finite() {
        return MathR::Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            MathR::Domain
        } else {
            MathR::Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return MathR::Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        MathR::Range
    } else {
        MathR::Ok(r)
    }
}

fn math_r(vm: &mut Vm, r: MathR) -> PyResult {
    match r {
        MathR::Ok(v) => Ok(vm.new_float(v)),
        MathR::Domain => Err(vm.value_error("math domain error")),
        MathR::Range => Err(vm.overflow_error("math range error")),
    }
}

fn m_gamma(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "gamma", args, 1, 1)?;
    let x = num(vm, args[0])?;
    math_r(vm, tgamma(x))
}

fn m_lgamma(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "lgamma", args, 1, 1)?;
    let x = num(vm, args[0])?;
    math_r(vm, lgamma(x))
}

fn m_remainder(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "remainder", args, 2, 2)?;
    let (x, y) = (num(vm, args[0])?, num(vm, args[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    if y.is_infinite() {
        return Ok(vm.new_float(x));
    }
    // IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even
    // (CPython's algorithm, exact in binary floating point).
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: choose the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(vm.new_float(1f64.copysign(x) * r))
}

fn m_frexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "frexp", args, 1, 1)?;
    let x = num(vm, args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0i64)
    } else {
        frexp(x)
    };
    let mv = vm.new_float(m);
    Ok(vm.new_tuple(&[mv, Value::small(e)]))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "ldexp", args, 2, 2)?;
    let x = num(vm, args[0])?;
    if !is_int(args[1]) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = match as_int(args[1]) {
        Some(Int::S(n)) => n,
        Some(Int::B(b)) => {
            if *b > IBig::ZERO {
                i64::MAX
            } else {
                i64::MIN
            }
        }
        None => 0,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = ldexp(x, e);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.new_float(r))
}

/// sqrt of a sum of squares, scaled by the largest magnitude (hypot and dist).
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        nan |= x.is_nan();
        max = max.max(x.abs());
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let mut sum = 0.0;
    for &x in v {
        let s = x / max;
        sum += s * s;
    }
    max * sum.sqrt()
}

fn m_dist(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "dist", args, 2, 2)?;
    let mut pts = Vec::new();
    for &a in args {
        if !has_layout(a, LayoutId::Tuple) && !has_layout(a, LayoutId::List) {
            let l = vm.new_list(&[]);
            vm.list_extend(l, a)?;
            pts.push(crate::objects::seq::list_items(l).to_vec());
        } else {
            pts.push(crate::objects::seq::seq_items(a).to_vec());
        }
    }
    if pts[0].len() != pts[1].len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(pts[0].len());
    let (p0, p1) = (pts[0].clone(), pts[1].clone());
    for (&a, &b) in p0.iter().zip(p1.iter()) {
        let (p, q) = (num(vm, a)?, num(vm, b)?);
        diffs.push((p - q).abs());
    }
    Ok(vm.new_float(vector_norm(&diffs)))
}

fn m_nextafter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "nextafter", args, 2, 2)?;
    let (x, y) = (num(vm, args[0])?, num(vm, args[1])?);
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else {
        let b = x.to_bits();
        let up = (y > x) == (x > 0.0);
        f64::from_bits(if up { b + 1 } else { b - 1 })
    };
    Ok(vm.new_float(r))
}

fn m_ulp(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "ulp", args, 1, 1)?;
    let x = num(vm, args[0])?.abs();
    let r = if x.is_nan() || x.is_infinite() {
        x
    } else if x == f64::MAX {
        x - f64::from_bits(x.to_bits() - 1)
    } else {
        f64::from_bits(x.to_bits() + 1) - x
    };
    Ok(vm.new_float(r))
}

fn install_math(vm: &mut Vm) {
    let m = vm.new_module("math");
    let d = vm.module_dict(m);
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("fabs", m_fabs),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("atan2", m_atan2),
        ("hypot", m_hypot),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("modf", m_modf),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("isclose", m_isclose),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
        ("prod", m_prod),
        ("fsum", m_fsum),
        ("acosh", m_acosh),
        ("asinh", m_asinh),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("log1p", m_log1p),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("remainder", m_remainder),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("dist", m_dist),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
    ];
    for &(n, f) in fns {
        vm.def_fn(d, n, f);
    }
    for (n, x) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let v = vm.heap.alloc_old(FloatObj {
            header: Header::new(LayoutId::Float),
            value: x,
        });
        vm.def_value(d, n, v);
    }
    register(vm, "math", m);
}

fn t_time(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(vm.new_float(t))
}

fn t_perf(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let t = vm.start_time.elapsed().as_secs_f64();
    Ok(vm.new_float(t))
}

fn t_process_time(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let t = crate::heap::process_cpu_time_ns() as f64 / 1e9;
    Ok(vm.new_float(t))
}

fn t_perf_ns(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let t = vm.start_time.elapsed().as_nanos() as i64;
    Ok(vm.new_int(t))
}

fn t_sleep(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "sleep", args, 1, 1)?;
    let s = num(vm, args[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::none())
}

/// The `time` module's core functions (created on first import, see `crate::modules`).
pub(crate) fn install_time(vm: &mut Vm) {
    let m = vm.new_module("time");
    let d = vm.module_dict(m);
    for &(n, f) in &[
        ("time", t_time as NativeFn),
        ("perf_counter", t_perf),
        ("monotonic", t_perf),
        ("process_time", t_process_time),
        ("perf_counter_ns", t_perf_ns),
        ("sleep", t_sleep),
    ] {
        vm.def_fn(d, n, f);
    }
    register(vm, "time", m);
}
