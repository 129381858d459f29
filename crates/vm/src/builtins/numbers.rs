//! The operator protocol of int and float as methods (`(5).__radd__(1)`, `x.__floor__()`),
//! plus int.as_integer_ratio and float.fromhex.

use super::arity;
use crate::heap::get;
use crate::layout::*;
use crate::objects::float::{float_value, is_float};
use crate::objects::int::is_int;
use crate::objects::types::WrapKind;
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

fn is_num(v: Value) -> bool {
    is_int(v) || is_float(v)
}

/// `a OP b` on numbers, NotImplemented for other operands.
fn fwd(vm: &mut Vm, args: &[Value], op: usize) -> PyResult {
    arity(vm, "op", &args[1..], 1, 1)?;
    if !is_num(args[1]) {
        return Ok(Value::not_implemented());
    }
    Ok(vm
        .native_binop(op, args[0], args[1])?
        .unwrap_or(Value::not_implemented()))
}

/// The reflected form: `b OP a`.
fn rev(vm: &mut Vm, args: &[Value], op: usize) -> PyResult {
    arity(vm, "op", &args[1..], 1, 1)?;
    if !is_num(args[1]) {
        return Ok(Value::not_implemented());
    }
    Ok(vm
        .native_binop(op, args[1], args[0])?
        .unwrap_or(Value::not_implemented()))
}

fn cmp(vm: &mut Vm, args: &[Value], op: u32) -> PyResult {
    arity(vm, "op", &args[1..], 1, 1)?;
    if !is_num(args[1]) {
        return Ok(Value::not_implemented());
    }
    vm.compare_op(op, args[0], args[1])
}

macro_rules! binops {
    ($($f:ident, $r:ident, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult { fwd(vm, args, $op) }
            fn $r(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult { rev(vm, args, $op) }
        )*
    };
}

binops! {
    add, radd, 0;
    and, rand, 1;
    floordiv, rfloordiv, 2;
    lshift, rlshift, 3;
    mul, rmul, 5;
    modulo, rmodulo, 6;
    or, ror, 7;
    pow, rpow, 8;
    rshift, rrshift, 9;
    sub, rsub, 10;
    truediv, rtruediv, 11;
    xor, rxor, 12;
}

macro_rules! cmps {
    ($($f:ident, $op:expr;)*) => {
        $( fn $f(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult { cmp(vm, args, $op) } )*
    };
}

cmps! { lt, 0; le, 1; eq, 2; ne, 3; gt, 4; ge, 5; }

fn divmod_pair(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let q = vm.binary_op(2, a, b)?;
    let r = vm.binary_op(6, a, b)?;
    Ok(vm.new_tuple(&[q, r]))
}
fn divmod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__divmod__", &args[1..], 1, 1)?;
    if !is_num(args[1]) {
        return Ok(Value::not_implemented());
    }
    divmod_pair(vm, args[0], args[1])
}
fn rdivmod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__rdivmod__", &args[1..], 1, 1)?;
    if !is_num(args[1]) {
        return Ok(Value::not_implemented());
    }
    divmod_pair(vm, args[1], args[0])
}

fn unary(vm: &mut Vm, args: &[Value], op: coil_compiler::opcode::Opcode) -> PyResult {
    arity(vm, "op", &args[1..], 0, 0)?;
    vm.unary_op(op, args[0])
}
fn pos(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary(vm, args, coil_compiler::opcode::Opcode::UNARY_POSITIVE)
}
fn invert(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    unary(vm, args, coil_compiler::opcode::Opcode::UNARY_INVERT)
}
fn abs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__abs__", &args[1..], 0, 0)?;
    if is_float(args[0]) {
        let f = float_value(args[0]).abs();
        return Ok(vm.new_float(f));
    }
    Ok(vm.int_abs(args[0]))
}
fn bool_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let t = vm.truthy(args[0])?;
    Ok(Value::bool(t))
}
fn float_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    if is_float(args[0]) {
        return Ok(args[0]);
    }
    let f = vm.int_to_f64(args[0])?;
    Ok(vm.new_float(f))
}
fn str_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    vm.repr(args[0])
}
fn sizeof(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let n = if is_float(args[0]) { 24 } else { 28 };
    Ok(vm.new_int(n))
}

/// The int value of a receiver (bools as 0/1).
fn int_self(v: Value) -> Value {
    if v.is_bool() {
        Value::small(get::<BoolObj>(v).value)
    } else {
        v
    }
}
fn int_identity(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(int_self(args[0]))
}
fn int_round(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__round__", &args[1..], 0, 1)?;
    let round = vm.intern("round");
    let f = vm.dict_get_str(vm.builtins, round).unwrap_or(Value::none());
    let mut a = vec![int_self(args[0])];
    a.extend_from_slice(&args[1..]);
    vm.call(f, &a)
}
fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "as_integer_ratio", &args[1..], 0, 0)?;
    let v = int_self(args[0]);
    Ok(vm.new_tuple(&[v, Value::small(1)]))
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    match crate::objects::float::float_to_big(f) {
        Some(b) => Ok(vm.new_big(b)),
        None => Ok(Value::small(0)),
    }
}
fn float_trunc(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    float_to_int(vm, float_value(args[0]).trunc())
}
fn float_floor(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    float_to_int(vm, float_value(args[0]).floor())
}
fn float_ceil(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    float_to_int(vm, float_value(args[0]).ceil())
}
fn float_round(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__round__", &args[1..], 0, 1)?;
    let round = vm.intern("round");
    let f = vm.dict_get_str(vm.builtins, round).unwrap_or(Value::none());
    vm.call(f, args)
}
fn float_getformat(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__getformat__", &args[1..], 1, 1)?;
    Ok(vm.new_str("IEEE, little-endian"))
}

/// float.fromhex(s): `[sign]['0x']hex[.hex]['p'exp]`, or inf/nan.
fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let args = &args[1..];
    arity(vm, "fromhex", args, 1, 1)?;
    if !crate::objects::str::is_str(args[0]) {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("bad argument type for built-in operation: {tn}")));
    }
    let s = crate::objects::str::text(args[0]).trim().to_string();
    match parse_hex_float(&s) {
        Some(Ok(f)) => Ok(vm.new_float(f)),
        Some(Err(())) => {
            Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        None => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

/// None: syntax error; Some(Err): overflow.
fn parse_hex_float(s: &str) -> Option<Result<f64, ()>> {
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Some(Ok(sign * f64::INFINITY));
    }
    if lower == "nan" {
        return Some(Ok(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut e: i64 = match exp {
        Some(x) => {
            let x = x.strip_prefix('+').unwrap_or(x);
            if x.is_empty() || x == "-" {
                return None;
            }
            x.parse::<i64>().ok()?.clamp(-100_000, 100_000)
        }
        None => 0,
    };
    // Accumulate up to 30 hex digits exactly; later nonzero digits set a sticky bit.
    let mut m: u128 = 0;
    let mut sticky = false;
    let mut digits = 0;
    for (k, c) in ip.chars().chain(fp.chars()).enumerate() {
        let d = c.to_digit(16)? as u128;
        let frac = k >= ip.len();
        if m == 0 && d == 0 {
            if frac {
                e -= 4;
            }
            continue;
        }
        if digits < 30 {
            m = m * 16 + d;
            digits += 1;
            if frac {
                e -= 4;
            }
        } else {
            sticky |= d != 0;
            if !frac {
                e += 4;
            }
        }
    }
    if m == 0 {
        return Some(Ok(sign * 0.0));
    }
    // Round m * 2^e to 53 bits (subnormals to the 2^-1074 grid), half to even.
    let top = 128 - m.leading_zeros() as i64;
    let shift = (top - 53).max(-1074 - e).max(0);
    let (q, e2) = if shift >= 128 {
        (0u128, e + shift)
    } else if shift > 0 {
        let sh = shift as u32;
        let q = m >> sh;
        let rem = m & ((1u128 << sh) - 1);
        let half = 1u128 << (sh - 1);
        let up = rem > half || (rem == half && (sticky || q & 1 == 1));
        (q + up as u128, e + shift)
    } else {
        (m, e)
    };
    if e2 > 1100 {
        return Some(Err(()));
    }
    let mut f = q as f64;
    let mut ex = e2;
    // Multiply by 2^ex in steps that stay exact (the result is on the double grid).
    while ex > 0 {
        let step = ex.min(1000);
        f *= 2f64.powi(step as i32);
        ex -= step;
    }
    while ex < 0 {
        let step = (-ex).min(1000);
        f /= 2f64.powi(step as i32);
        ex += step;
    }
    if f.is_infinite() {
        return Some(Err(()));
    }
    Some(Ok(sign * f))
}

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("__add__", add),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__floordiv__", floordiv),
        ("__rfloordiv__", rfloordiv),
        ("__mod__", modulo),
        ("__rmod__", rmodulo),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__float__", float_),
        ("__str__", str_),
        ("__sizeof__", sizeof),
    ];
    let int_only: &[(&'static str, NativeFn)] = &[
        ("__and__", and),
        ("__rand__", rand),
        ("__or__", or),
        ("__ror__", ror),
        ("__xor__", xor),
        ("__rxor__", rxor),
        ("__lshift__", lshift),
        ("__rlshift__", rlshift),
        ("__rshift__", rshift),
        ("__rrshift__", rrshift),
        ("__invert__", invert),
        ("__trunc__", int_identity),
        ("__floor__", int_identity),
        ("__ceil__", int_identity),
        ("__round__", int_round),
        ("as_integer_ratio", int_as_integer_ratio),
    ];
    let float_only: &[(&'static str, NativeFn)] = &[
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
    ];
    let (ti, tf) = (vm.types.int, vm.types.float);
    for &(n, f) in shared {
        vm.add_method(ti, n, f);
        vm.add_method(tf, n, f);
    }
    for &(n, f) in int_only {
        vm.add_method(ti, n, f);
    }
    for &(n, f) in float_only {
        vm.add_method(tf, n, f);
    }
    for (name, qual, f, kind) in [
        (
            "fromhex",
            "float.fromhex",
            float_fromhex as NativeFn,
            WrapKind::ClassMethod,
        ),
        (
            "__getformat__",
            "float.__getformat__",
            float_getformat,
            WrapKind::ClassMethod,
        ),
    ] {
        let n = vm.native(name, qual, f);
        let w = vm.new_wrapper(kind, n, Value::none(), Value::none());
        let key = vm.intern(name);
        vm.type_set(tf, key, w);
    }
}
