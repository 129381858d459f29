//! Native modules: sys, math, gc, and the core of time.

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
    install_gc(vm);
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
    let a = vm.new_float(x.fract());
    let b = vm.new_float(x.trunc());
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
    if n < IBig::ZERO || k < IBig::ZERO {
        return Err(vm.value_error("n must be a non-negative integer"));
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
        n.clone()
    };
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
        ("process_time", t_perf),
        ("perf_counter_ns", t_perf_ns),
        ("sleep", t_sleep),
    ] {
        vm.def_fn(d, n, f);
    }
    register(vm, "time", m);
}

fn gc_collect(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    if vm.gc_inhibit == 0 {
        vm.heap.major_requested = true;
        vm.collect();
    }
    Ok(Value::small(0))
}

fn gc_noop(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::none())
}

fn gc_isenabled(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::true_())
}

fn install_gc(vm: &mut Vm) {
    let m = vm.new_module("gc");
    let d = vm.module_dict(m);
    for &(n, f) in &[
        ("collect", gc_collect as NativeFn),
        ("enable", gc_noop),
        ("disable", gc_noop),
        ("isenabled", gc_isenabled),
    ] {
        vm.def_fn(d, n, f);
    }
    register(vm, "gc", m);
    let _ = has_layout;
}
