//! float: boxing, CPython's repr (shortest digits via ryu, CPython's placement), hash, floor ops.

use crate::heap::{get, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    #[inline]
    pub fn new_float(&mut self, f: f64) -> Value {
        self.heap.alloc(FloatObj {
            header: Header::new(LayoutId::Float),
            value: f,
        })
    }
}

#[inline]
pub fn is_float(v: Value) -> bool {
    has_layout(v, LayoutId::Float)
}

#[inline]
pub fn float_value(v: Value) -> f64 {
    get::<FloatObj>(v).value
}

/// Shortest round-trip digits and decimal exponent of a finite, non-zero |f|:
/// f = 0.d1d2d3... * 10^(exp+1), i.e. d1 is at position 10^exp.
pub fn shortest_digits(f: f64) -> (String, i32) {
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(f.abs());
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let point = mant.find('.').unwrap_or(mant.len()) as i32;
    let mut digits: String = mant.chars().filter(|&c| c != '.').collect();
    let mut e10 = point - 1 + exp;
    while digits.starts_with('0') && digits.len() > 1 {
        digits.remove(0);
        e10 -= 1;
    }
    while digits.ends_with('0') && digits.len() > 1 {
        digits.pop();
    }
    (digits, e10)
}

/// repr(float) exactly as CPython prints it.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, e) = shortest_digits(f);
    let sign = if f < 0.0 { "-" } else { "" };
    let n = digits.len() as i32;
    let body = if (-4..16).contains(&e) {
        if e >= 0 {
            if n > e + 1 {
                format!(
                    "{}.{}",
                    &digits[..(e + 1) as usize],
                    &digits[(e + 1) as usize..]
                )
            } else {
                format!("{}{}.0", digits, "0".repeat((e + 1 - n) as usize))
            }
        } else {
            format!("0.{}{}", "0".repeat((-e - 1) as usize), digits)
        }
    } else {
        let mant = if n > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        format!("{}e{}{:02}", mant, if e < 0 { '-' } else { '+' }, e.abs())
    };
    format!("{sign}{body}")
}

/// hash(float) as CPython's _Py_HashDouble (so hash(1.0) == hash(1)).
pub fn hash_float(v: f64) -> i64 {
    const BITS: i32 = 61;
    const P: u64 = (1 << BITS) - 1;
    if !v.is_finite() {
        return if v.is_infinite() {
            if v > 0.0 {
                314159
            } else {
                -314159
            }
        } else {
            0
        };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & P) | (x >> (BITS - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// frexp: v = m * 2^e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022u64 << 52));
    (m, e)
}

/// Python's float floor division and modulo (caller excludes b == 0).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// float(text) per CPython: spaces, sign, underscores between digits, inf/nan words.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim();
    let lower = s.to_ascii_lowercase();
    let (neg, body) = match lower.as_bytes().first() {
        Some(b'-') => (true, &lower[1..]),
        Some(b'+') => (false, &lower[1..]),
        _ => (false, &lower[..]),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with(['_', '+', '-'])
                || body.ends_with('_')
                || body.contains("__")
                || body.contains("_.")
                || body.contains("._")
                || body.contains("_e")
                || body.contains("e_")
                || !body
                    .bytes()
                    .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-' | b'_'))
            {
                return None;
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// The exact int value of an integral finite float.
pub fn float_to_big(f: f64) -> Option<dashu_int::IBig> {
    if !f.is_finite() || f.fract() != 0.0 {
        return None;
    }
    if f.abs() < 9.0e18 {
        return Some(dashu_int::IBig::from(f as i64));
    }
    let (m, e) = frexp(f);
    // f = m * 2^e with 53 significant bits in m.
    let mant = (m * (1u64 << 53) as f64) as i64;
    let b = dashu_int::IBig::from(mant);
    Some(if e >= 53 {
        b << (e - 53) as usize
    } else {
        b >> (53 - e) as usize
    })
}

fn complex_part(f: f64) -> String {
    let s = float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// repr(complex) as CPython prints it: `2j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", complex_part(im));
    }
    let ims = complex_part(im);
    let sign = if ims.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", complex_part(re), sign, ims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_places_exponent_like_cpython() {
        let cases = [
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123.0, "123.0"),
            (0.1, "0.1"),
            (1.5, "1.5"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (2.5e-7, "2.5e-07"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e100, "1e+100"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "{f:e}");
        }
    }

    #[test]
    fn float_hash_agrees_with_int_hash() {
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(0.5), 1152921504606846976);
        assert_eq!(
            hash_float(1e20),
            crate::objects::int::hash_int(&crate::objects::int::Int::B(&dashu_int::IBig::from(
                100000000000000000000u128
            )))
        );
    }

    #[test]
    fn float_floor_ops_follow_python() {
        assert_eq!(float_divmod(7.0, 2.0), (3.0, 1.0));
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("1__0"), None);
        assert!(parse_float("-InF").unwrap().is_infinite());
    }
}
