//! int (and bool as an int): small-int fast paths, promotion to dashu big ints, CPython semantics.

use crate::heap::{get, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use dashu_int::ops::{BitTest, DivRem, UnsignedAbs};
use dashu_int::IBig;

/// An int operand: inline or big.
pub enum Int<'a> {
    S(i64),
    B(&'a IBig),
}

impl Int<'_> {
    pub fn to_big(&self) -> IBig {
        match self {
            Int::S(n) => IBig::from(*n),
            Int::B(b) => (*b).clone(),
        }
    }

    /// The int as a borrowed big int, a small one converted into `tmp`: no copy of a
    /// big int's digits (pidigits spent a quarter of its time cloning operands).
    pub fn big_ref<'b>(&'b self, tmp: &'b mut IBig) -> &'b IBig {
        match self {
            Int::S(n) => {
                *tmp = IBig::from(*n);
                tmp
            }
            Int::B(b) => b,
        }
    }
}

/// View `v` as an int (small int, big int or bool).
#[inline]
pub fn as_int<'a>(v: Value) -> Option<Int<'a>> {
    if v.is_small() {
        Some(Int::S(v.small_value()))
    } else if has_layout(v, LayoutId::BigInt) {
        Some(Int::B(&get::<BigIntObj>(v).value))
    } else if v.is_bool() {
        Some(Int::S(get::<BoolObj>(v).value))
    } else {
        None
    }
}

/// True for int, bool and big ints.
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small() || has_layout(v, LayoutId::BigInt) || v.is_bool()
}

/// Python floor division on i64 (caller excludes b == 0 and MIN / -1).
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python modulo on i64 (result has the sign of b).
#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

fn floor_divmod_big(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let (q, r) = a.div_rem(b);
    let zero = IBig::ZERO;
    if r != zero && ((r < zero) != (*b < zero)) {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

/// hash() of an int: sign * (|n| mod (2**61 - 1)), -1 -> -2.
pub fn hash_int(i: &Int) -> i64 {
    const P: u64 = (1 << 61) - 1;
    let h = match i {
        Int::S(n) => {
            // Only ints of 61 bits or more need the division.
            let a = n.unsigned_abs();
            let m = (if a < P { a } else { a % P }) as i64;
            if *n < 0 {
                -m
            } else {
                m
            }
        }
        Int::B(b) => {
            let p = IBig::from(P);
            let r = *b % p;
            i64::try_from(&r).unwrap_or(0)
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Vm {
    /// An int value from an i64 (boxed if outside 63 bits).
    #[inline]
    pub fn new_int(&mut self, n: i64) -> Value {
        match Value::try_small(n) {
            Some(v) => v,
            None => self.new_big(IBig::from(n)),
        }
    }

    pub fn new_int_i128(&mut self, n: i128) -> Value {
        if let Ok(x) = i64::try_from(n) {
            self.new_int(x)
        } else {
            self.new_big(IBig::from(n))
        }
    }

    /// An int value from a big int (normalised to a small int when it fits).
    pub fn new_big(&mut self, b: IBig) -> Value {
        if let Ok(n) = i64::try_from(&b) {
            if let Some(v) = Value::try_small(n) {
                return v;
            }
        }
        let v = self.heap.alloc(BigIntObj {
            header: Header::new(LayoutId::BigInt),
            value: b,
        });
        let external = crate::heap::collect::external_size(v);
        if external > 0 {
            self.heap.note_external(external);
        }
        v
    }

    /// Binary int operation by operator symbol; None if the operands are not both ints.
    pub fn int_binop(&mut self, op: &str, a: Value, b: Value) -> Option<PyResult> {
        if op == "@" {
            return None;
        }
        let x = as_int(a)?;
        let y = as_int(b)?;
        Some(self.int_binop_inner(op, x, y))
    }

    fn int_binop_inner(&mut self, op: &str, x: Int, y: Int) -> PyResult {
        if let (Int::S(a), Int::S(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let r: Option<i64> = match op {
                "+" => a.checked_add(b),
                "-" => a.checked_sub(b),
                "*" => a.checked_mul(b),
                "//" | "%" if b == 0 => {
                    return Err(self.zero_division(if op == "//" {
                        "integer division or modulo by zero"
                    } else {
                        "integer modulo by zero"
                    }))
                }
                "//" => a.checked_div(b).map(|_| floordiv_i64(a, b)),
                "%" => a.checked_rem(b).map(|_| mod_i64(a, b)),
                "&" => Some(a & b),
                "|" => Some(a | b),
                "^" => Some(a ^ b),
                "<<" => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    if b < 63 && (a == 0 || (a.unsigned_abs().leading_zeros() as i64) > b + 1) {
                        Some(a << b)
                    } else {
                        None
                    }
                }
                ">>" => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    Some(if b >= 64 {
                        if a < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        a >> b
                    })
                }
                "/" => {
                    if b == 0 {
                        return Err(self.zero_division("division by zero"));
                    }
                    return self.true_divide_ints(&IBig::from(a), &IBig::from(b));
                }
                "**" => return self.int_pow(Int::S(a), Int::S(b)),
                _ => unreachable_op(op),
            };
            if let Some(r) = r {
                return Ok(self.new_int(r));
            }
        }
        let (mut ta, mut tb) = (IBig::ZERO, IBig::ZERO);
        let (a, b) = (x.big_ref(&mut ta), y.big_ref(&mut tb));
        let zero = IBig::ZERO;
        let r = match op {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "//" | "%" if *b == zero => {
                return Err(self.zero_division(if op == "//" {
                    "integer division or modulo by zero"
                } else {
                    "integer modulo by zero"
                }))
            }
            "//" => floor_divmod_big(a, b).0,
            "%" => floor_divmod_big(a, b).1,
            "&" => a & b,
            "|" => a | b,
            "^" => a ^ b,
            "<<" | ">>" => {
                if *b < zero {
                    return Err(self.value_error("negative shift count"));
                }
                let Ok(s) = usize::try_from(b) else {
                    if op == ">>" {
                        return Ok(Value::small(if *a < zero { -1 } else { 0 }));
                    }
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if op == "<<" {
                    // a result past 2**36 bits (8 GiB) cannot be allocated
                    if *a != zero && s as u64 + a.unsigned_abs().bit_len() as u64 > 1 << 36 {
                        return Err(self.raise_msg("MemoryError", ""));
                    }
                    a << s
                } else {
                    a >> s
                }
            }
            "/" => {
                if *b == zero {
                    return Err(self.zero_division("division by zero"));
                }
                return self.true_divide_ints(a, b);
            }
            "**" => return self.int_pow(Int::B(a), Int::B(b)),
            _ => unreachable_op(op),
        };
        Ok(self.new_big(r))
    }

    /// int / int, correctly rounded (CPython's long_true_divide; b is non-zero).
    fn true_divide_ints(&mut self, a: &IBig, b: &IBig) -> PyResult {
        const MANT: i64 = 53;
        const MIN_EXP: i64 = -1021;
        const MAX_EXP: i64 = 1024;
        let neg = (*a < IBig::ZERO) != (*b < IBig::ZERO);
        let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
        let (la, lb) = (a.bit_len() as i64, b.bit_len() as i64);
        let sign = |x: f64| if neg { -x } else { x };
        if la <= MANT && lb <= MANT {
            // Both exact as floats: one IEEE division rounds correctly.
            let r = a.to_f64().value() / b.to_f64().value();
            return Ok(self.new_float(sign(r)));
        }
        let diff = la - lb;
        if diff > MAX_EXP {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        if diff < MIN_EXP - MANT - 1 {
            return Ok(self.new_float(sign(0.0)));
        }
        // Scale so that the quotient has MANT+2 or MANT+3 bits, remembering lost bits.
        let shift = diff.max(MIN_EXP) - MANT - 2;
        let mut inexact = false;
        let x = if shift <= 0 {
            &a << (-shift) as usize
        } else {
            let x = &a >> shift as usize;
            inexact = (&x << shift as usize) != a;
            x
        };
        let (q, r) = (&x / &b, &x % &b);
        inexact |= r != dashu_int::UBig::ZERO;
        let qbits = q.bit_len() as i64;
        let extra = qbits.max(MIN_EXP - shift) - MANT;
        let mut low = u64::try_from(&q).unwrap_or(u64::MAX);
        let mask = 1u64 << (extra - 1);
        let sticky = low | u64::from(inexact);
        if sticky & mask != 0 && sticky & (3 * mask - 1) != 0 {
            low += mask;
        }
        low &= !(2 * mask - 1);
        let dx = low as f64;
        if shift + qbits >= MAX_EXP && (shift + qbits > MAX_EXP || dx == 2f64.powi(qbits as i32)) {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        // ldexp in two exact steps (one power of two alone may underflow).
        let half = shift / 2;
        let r = dx * 2f64.powi(half as i32) * 2f64.powi((shift - half) as i32);
        Ok(self.new_float(sign(r)))
    }

    pub fn int_pow(&mut self, x: Int, y: Int) -> PyResult {
        let e = y.to_big();
        if e < IBig::ZERO {
            let fx = x.to_big().to_f64().value();
            let fe = e.to_f64().value();
            if fx == 0.0 {
                return Err(self.zero_division("0.0 cannot be raised to a negative power"));
            }
            return Ok(self.new_float(fx.powf(fe)));
        }
        if let (Int::S(a), Ok(b)) = (&x, u32::try_from(&e)) {
            if let Some(r) = a.checked_pow(b) {
                return Ok(self.new_int(r));
            }
        }
        let Ok(ee) = usize::try_from(&e) else {
            return Err(self.overflow_error("exponent too large"));
        };
        let base = x.to_big();
        if base.bit_len().saturating_mul(ee) > 64_000_000 {
            return Err(self.raise_msg("MemoryError", ""));
        }
        Ok(self.new_big(base.pow(ee)))
    }

    /// Three-argument pow(a, b, m) for ints.
    pub fn int_powmod(&mut self, a: Value, b: Value, m: Value) -> PyResult {
        let (Some(a), Some(b), Some(m)) = (as_int(a), as_int(b), as_int(m)) else {
            return Err(
                self.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        let (mut base, mut e, m) = (a.to_big(), b.to_big(), m.to_big());
        if m == IBig::ZERO {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        base = floor_divmod_big(&base, &m).1;
        if e < IBig::ZERO {
            // base**-1 mod m by the extended Euclidean algorithm (CPython's long_invmod).
            let am = if m < IBig::ZERO {
                -m.clone()
            } else {
                m.clone()
            };
            let (mut a, mut b) = (floor_divmod_big(&base, &am).1, am.clone());
            let (mut x0, mut x1) = (IBig::ONE, IBig::ZERO);
            while b != IBig::ZERO {
                let (q, r) = floor_divmod_big(&a, &b);
                a = std::mem::replace(&mut b, r);
                let nx = &x0 - &q * &x1;
                x0 = std::mem::replace(&mut x1, nx);
            }
            if a != IBig::ONE {
                return Err(self.value_error("base is not invertible for the given modulus"));
            }
            base = floor_divmod_big(&x0, &m).1;
            e = -e;
        }
        let mut result = floor_divmod_big(&IBig::ONE, &m).1;
        while e > IBig::ZERO {
            if e.bit(0) {
                result = floor_divmod_big(&(result * &base), &m).1;
            }
            base = floor_divmod_big(&(&base * &base), &m).1;
            e >>= 1;
        }
        Ok(self.new_big(result))
    }

    pub fn int_neg(&mut self, v: Value) -> Value {
        match as_int(v) {
            Some(Int::S(n)) => self.new_int_i128(-(n as i128)),
            Some(Int::B(b)) => {
                let r = -b.clone();
                self.new_big(r)
            }
            None => v,
        }
    }

    pub fn int_abs(&mut self, v: Value) -> Value {
        match as_int(v) {
            Some(Int::S(n)) => self.new_int_i128((n as i128).abs()),
            Some(Int::B(b)) => {
                let r = if *b < IBig::ZERO {
                    -b.clone()
                } else {
                    b.clone()
                };
                self.new_big(r)
            }
            None => v,
        }
    }

    pub fn int_invert(&mut self, v: Value) -> Value {
        match as_int(v) {
            Some(Int::S(n)) => self.new_int(!n),
            Some(Int::B(b)) => {
                let r = -b.clone() - IBig::ONE;
                self.new_big(r)
            }
            None => v,
        }
    }

    /// Decimal text of an int, honouring the 4300-digit limit.
    pub fn int_repr(&mut self, v: Value) -> PyResult<String> {
        match as_int(v) {
            Some(Int::S(n)) => Ok(n.to_string()),
            Some(Int::B(b)) => {
                let limit = self.int_max_str_digits;
                if limit > 0 && b.bit_len() > 10 * limit / 3 + 10 {
                    let s = b.to_string();
                    let digits = s.trim_start_matches('-').len();
                    if digits > limit {
                        return Err(self.value_error(format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")));
                    }
                    return Ok(s);
                }
                Ok(b.to_string())
            }
            None => Ok(String::new()),
        }
    }

    /// int(text, base) following CPython's literal rules (underscores, prefixes, spaces).
    pub fn parse_int(&mut self, text: &str, base: u32) -> PyResult {
        let orig = text;
        let s = text.trim_matches(|c: char| c.is_whitespace());
        let err = |vm: &mut Vm| {
            let r = crate::objects::str::repr_str(orig);
            vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
        };
        let (neg, mut body) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let mut radix = base;
        let lower = body.to_ascii_lowercase();
        for (p, r) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if lower.starts_with(p) && (base == r || base == 0) {
                radix = r;
                body = &body[2..];
                if body.starts_with('_') {
                    body = &body[1..];
                }
                break;
            }
        }
        if radix == 0 {
            radix = 10;
            if body.len() > 1
                && body.starts_with('0')
                && body.bytes().any(|c| c != b'0' && c != b'_')
            {
                return Err(err(self));
            }
        }
        if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
            return Err(err(self));
        }
        let digits: String = body.chars().filter(|&c| c != '_').collect();
        if !digits
            .chars()
            .all(|c| c.is_ascii_alphanumeric() && c.is_digit(radix))
        {
            return Err(err(self));
        }
        if radix == 10 && self.int_max_str_digits > 0 && digits.len() > self.int_max_str_digits {
            let limit = self.int_max_str_digits;
            return Err(self.value_error(format!("Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit", digits.len())));
        }
        if let Ok(n) = i64::from_str_radix(&digits, radix) {
            return Ok(self.new_int(if neg { -n } else { n }));
        }
        match IBig::from_str_radix(&digits, radix) {
            Ok(b) => Ok(self.new_big(if neg { -b } else { b })),
            Err(_) => Err(err(self)),
        }
    }

    /// Compare two ints: Less/Equal/Greater.
    pub fn int_cmp(&self, a: Value, b: Value) -> Option<std::cmp::Ordering> {
        match (as_int(a)?, as_int(b)?) {
            (Int::S(x), Int::S(y)) => Some(x.cmp(&y)),
            (x, y) => {
                let (mut ta, mut tb) = (IBig::ZERO, IBig::ZERO);
                Some(x.big_ref(&mut ta).cmp(y.big_ref(&mut tb)))
            }
        }
    }

    /// The int as f64 (OverflowError if too large).
    pub fn int_to_f64(&mut self, v: Value) -> PyResult<f64> {
        match as_int(v) {
            Some(Int::S(n)) => Ok(n as f64),
            Some(Int::B(b)) => {
                let f = b.to_f64().value();
                if f.is_infinite() {
                    Err(self.overflow_error("int too large to convert to float"))
                } else {
                    Ok(f)
                }
            }
            None => Ok(0.0),
        }
    }

    /// An index-like int as i64 (for indexing, range, repetition).
    pub fn to_i64_index(&mut self, v: Value, what: &str) -> PyResult<i64> {
        match as_int(v) {
            Some(Int::S(n)) => Ok(n),
            Some(Int::B(_)) => Err(self.raise_msg(
                "IndexError",
                format!("cannot fit 'int' into an index-sized integer{what}"),
            )),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }
}

fn unreachable_op(op: &str) -> ! {
    panic!("internal error: unknown int operator {op}")
}

/// Round-half-even of an int to 10**-ndigits (ndigits < 0).
pub fn round_int(b: &IBig, ndigits: i64) -> IBig {
    // |b| < 10**(k-1) rounds to 0 at 10**k (and 10**k itself may not fit in memory)
    let bits = b.unsigned_abs().bit_len() as u64;
    if ndigits.unsigned_abs() > bits * 30103 / 100000 + 2 {
        return IBig::ZERO;
    }
    let p = IBig::from(10).pow((-ndigits) as usize);
    let (q, r) = floor_divmod_big(b, &p);
    let twice = &r * IBig::from(2);
    let q = if twice > p || (twice == p && q.bit(0)) {
        q + IBig::ONE
    } else {
        q
    };
    q * p
}

/// Binary/octal/hex text of an int with its prefix (`bin`, `oct`, `hex`).
pub fn int_radix_text(i: &Int, radix: u32, prefix: &str) -> String {
    let b = i.to_big();
    let neg = b < IBig::ZERO;
    let mag = if neg { -b } else { b };
    let digits = format!("{}", mag.in_radix(radix as u8));
    format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        digits.to_lowercase()
    )
}

/// Number of bits (int.bit_length()).
pub fn bit_length(i: &Int) -> usize {
    match i {
        Int::S(n) => 64 - n.unsigned_abs().leading_zeros() as usize,
        Int::B(b) => {
            let m = if **b < IBig::ZERO {
                -(*b).clone()
            } else {
                (*b).clone()
            };
            m.bit_len()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_semantics_match_python() {
        assert_eq!(floordiv_i64(7, 2), 3);
        assert_eq!(floordiv_i64(-7, 2), -4);
        assert_eq!(floordiv_i64(7, -2), -4);
        assert_eq!(mod_i64(-7, 2), 1);
        assert_eq!(mod_i64(7, -2), -1);
        let (q, r) = floor_divmod_big(&IBig::from(-7), &IBig::from(2));
        assert_eq!((q, r), (IBig::from(-4), IBig::from(1)));
    }

    #[test]
    fn int_hash_matches_cpython() {
        assert_eq!(hash_int(&Int::S(-1)), -2);
        assert_eq!(hash_int(&Int::S(5)), 5);
        assert_eq!(hash_int(&Int::S((1 << 61) - 1)), 0);
        assert_eq!(hash_int(&Int::S(-(1 << 61))), -2);
    }
}
