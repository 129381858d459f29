//! complex: CPython's arithmetic (Smith's division, integer powers by squaring), hash,
//! parsing `complex("1+2j")`, format specs, and the methods of the type.

use crate::heap::{get, has_layout};
use crate::layout::*;
use crate::objects::float::{float_repr, hash_float, parse_float};
use crate::objects::format::{format_float, Spec};
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

pub type C = (f64, f64);

pub fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// a / b as CPython's `_Py_c_quot` (None: division by zero).
pub fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_powu(x: C, n: u64) -> C {
    let (mut r, mut p) = ((1.0, 0.0), x);
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// a ** b as CPython's `complex_pow`; Err(message) for ZeroDivisionError.
pub fn c_pow(a: C, b: C) -> Result<C, &'static str> {
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            return Ok(c_powu(a, n as u64));
        }
        let p = c_powu(a, n.unsigned_abs());
        return c_quot((1.0, 0.0), p).ok_or("0.0 to a negative or complex power");
    }
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err("0.0 to a negative or complex power");
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// hash(complex): hash(re) + 1000003 * hash(im) (wrapping), -1 becomes -2.
pub fn hash_complex(re: f64, im: f64) -> i64 {
    let h = (hash_float(re) as u64).wrapping_add((hash_float(im) as u64).wrapping_mul(1000003));
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Parse CPython's complex literal syntax: `1`, `2j`, `1+2j`, `(1-2.5e3J)`, `-j`...
pub fn parse_complex(s: &str) -> Option<C> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    if t.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_real(t).map(|r| (r, 0.0));
    };
    // Find the sign that starts the imaginary part (not one following an exponent 'e').
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => parse_real(x),
        }
    };
    match split {
        Some(i) => Some((parse_real(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

fn parse_real(s: &str) -> Option<f64> {
    if s.is_empty() || s.contains(char::is_whitespace) || s.contains('_') && s.contains("__") {
        return None;
    }
    parse_float(s)
}

fn part(x: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> String {
    match (ty, precision) {
        (None, None) => {
            let s = float_repr(x);
            s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
        }
        (None, Some(p)) => {
            let s = format_float(x, Some('g'), Some(p), alt);
            s.to_string()
        }
        _ => format_float(x, ty, precision, alt),
    }
}

impl Vm {
    /// format(complex, spec) per CPython's `format_complex_internal`.
    pub fn format_complex(&mut self, v: Value, sp: &Spec) -> PyResult<String> {
        let c = get::<ComplexObj>(v);
        let (re, im) = (c.re, c.im);
        if let Some(t) = sp.ty {
            if !"eEfFgGn".contains(t) {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'complex'"
                )));
            }
        }
        if sp.zero {
            return Err(self.value_error("Zero padding is not allowed in complex format specifier"));
        }
        if sp.align == Some('=') {
            return Err(
                self.value_error("'=' alignment flag is not allowed in complex format specifier")
            );
        }
        let ty = if sp.ty == Some('n') { Some('g') } else { sp.ty };
        // With no type, a zero real part is omitted and the result is parenthesised.
        let bare = ty.is_none();
        let skip_re = bare && re == 0.0 && re.is_sign_positive();
        let re_s = part(re.abs(), ty, sp.precision, sp.alt);
        let im_s = part(im.abs(), ty, sp.precision, sp.alt);
        let re_sign = if re.is_sign_negative() && !re.is_nan() {
            "-"
        } else {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        let im_sign = if im.is_sign_negative() && !im.is_nan() {
            "-"
        } else if skip_re {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        } else {
            "+"
        };
        let body = if skip_re {
            format!("{im_sign}{im_s}j")
        } else if bare {
            format!("({re_sign}{re_s}{im_sign}{im_s}j)")
        } else {
            format!("{re_sign}{re_s}{im_sign}{im_s}j")
        };
        let mut sp2 = sp.clone();
        sp2.zero = false;
        Ok(crate::objects::format::pad_text(&sp2, &body, '>'))
    }

    /// A complex operand of arithmetic: complex, int or float.
    pub fn complex_operand(&mut self, v: Value) -> Option<C> {
        if has_layout(v, LayoutId::Complex) {
            let c = get::<ComplexObj>(v);
            return Some((c.re, c.im));
        }
        if crate::objects::float::is_float(v) {
            return Some((crate::objects::float::float_value(v), 0.0));
        }
        if crate::objects::int::is_int(v) {
            return self.int_to_f64(v).ok().map(|f| (f, 0.0));
        }
        None
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.complex;
    vm.add_method(t, "conjugate", conjugate);
    vm.add_method(t, "__complex__", dunder_complex);
    vm.add_method(t, "__abs__", dunder_abs);
    vm.add_method(t, "__format__", dunder_format);
}

fn conjugate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    crate::builtins::arity(vm, "conjugate", &args[1..], 0, 0)?;
    let c = get::<ComplexObj>(args[0]);
    let (re, im) = (c.re, c.im);
    Ok(vm.new_complex(re, -im))
}
fn dunder_complex(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0])
}
fn dunder_abs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let c = get::<ComplexObj>(args[0]);
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(vm.new_float(r))
}
fn dunder_format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    crate::builtins::arity(vm, "__format__", &args[1..], 1, 1)?;
    if !crate::objects::str::is_str(args[1]) {
        let tn = vm.type_name(args[1]);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
    }
    let spec = crate::objects::str::text(args[1]).to_string();
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(&s))
}
