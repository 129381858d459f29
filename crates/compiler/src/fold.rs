//! Constant folding as CPython's AST optimizer does it observably: unary and binary
//! operators on constant operands (with CPython's size limits, and never when the
//! operation would raise), tuples of constants, constant subscripts, and constant
//! lists/sets as `in` operands or `for` iterables (tuple / frozenset).

use crate::code::Const;
use coil_syntax::ast::{self, Expr, ExprKind, Operator, UnaryOp};
use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::IBig;

const MAX_INT_SIZE: usize = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The compile-time value of a literal.
pub fn constant(c: &ast::Constant<'_>) -> Const {
    match *c {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(b) => Const::Bool(b),
        ast::Constant::Int(i) => Const::Int(i),
        ast::Constant::BigInt { digits, radix } => match IBig::from_str_radix(digits, radix) {
            Ok(v) => from_int(v),
            Err(_) => Const::BigInt(digits.to_string()),
        },
        ast::Constant::Float(f) => Const::Float(f),
        ast::Constant::Complex { real, imag } => Const::Complex { real, imag },
        ast::Constant::Str(s) => Const::Str(s.to_string()),
        ast::Constant::Bytes(b) => Const::Bytes(b.to_vec()),
        ast::Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The folded value of `e`, when it is a constant expression CPython folds.
pub fn fold(e: &Expr<'_>) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::Name("__debug__") => Some(Const::Bool(true)),
        ExprKind::UnaryOp { op, operand } => unary(*op, fold(operand)?),
        ExprKind::BinOp { left, op, right } => {
            let l = fold(left)?;
            let r = fold(right)?;
            binary(*op, l, r)
        }
        ExprKind::Tuple(elts) => Some(Const::Tuple(
            elts.iter().map(fold).collect::<Option<Vec<_>>>()?,
        )),
        ExprKind::Subscript { value, slice } => subscript(fold(value)?, fold(slice)?),
        _ => None,
    }
}

/// A constant list as a tuple, a constant set as a frozenset (for `in` and `for`).
pub fn fold_collection(e: &Expr<'_>) -> Option<Const> {
    match &e.kind {
        ExprKind::List(elts) => Some(Const::Tuple(
            elts.iter().map(fold).collect::<Option<Vec<_>>>()?,
        )),
        ExprKind::Set(elts) => Some(Const::FrozenSet(dedup(
            elts.iter().map(fold).collect::<Option<Vec<_>>>()?,
        ))),
        _ => None,
    }
}

/// Removes later duplicates (by Python equality: `1 == 1.0 == True`).
pub fn dedup(items: Vec<Const>) -> Vec<Const> {
    let mut out: Vec<Const> = Vec::with_capacity(items.len());
    for c in items {
        if !out.iter().any(|o| py_eq(o, &c)) {
            out.push(c);
        }
    }
    out
}

/// Python `==` between constants (numbers compare by value across int/float/complex).
pub(crate) fn py_eq(a: &Const, b: &Const) -> bool {
    match (as_num(a), as_num(b)) {
        (Some(x), Some(y)) => match (x, y) {
            (Num::Int(x), Num::Int(y)) => x == y,
            (Num::Int(x), Num::Float(y)) | (Num::Float(y), Num::Int(x)) => {
                int_to_f64(&x).is_some_and(|f| f == y && y.fract() == 0.0)
            }
            (x, y) => {
                let (ar, ai) = x.complex();
                let (br, bi) = y.complex();
                ar == br && ai == bi
            }
        },
        _ => a == b,
    }
}

/// The truth value of a constant.
pub fn truth(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        Const::Ellipsis | Const::Code(_) => true,
    })
}

#[derive(Clone, Debug)]
enum Num {
    Int(IBig),
    Float(f64),
    Complex(f64, f64),
}

impl Num {
    fn complex(&self) -> (f64, f64) {
        match self {
            Num::Int(i) => (int_to_f64(i).unwrap_or(f64::NAN), 0.0),
            Num::Float(f) => (*f, 0.0),
            Num::Complex(r, i) => (*r, *i),
        }
    }
}

fn as_num(c: &Const) -> Option<Num> {
    match c {
        Const::Bool(b) => Some(Num::Int(IBig::from(*b as i64))),
        Const::Int(i) => Some(Num::Int(IBig::from(*i))),
        Const::BigInt(s) => s.parse::<IBig>().ok().map(Num::Int),
        Const::Float(f) => Some(Num::Float(*f)),
        Const::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn as_int(c: &Const) -> Option<IBig> {
    match as_num(c)? {
        Num::Int(i) => Some(i),
        _ => None,
    }
}

pub(crate) fn from_int(v: IBig) -> Const {
    match i64::try_from(&v) {
        Ok(i) => Const::Int(i),
        Err(_) => Const::BigInt(v.to_string()),
    }
}

fn from_num(n: Num) -> Const {
    match n {
        Num::Int(i) => from_int(i),
        Num::Float(f) => Const::Float(f),
        Num::Complex(real, imag) => Const::Complex { real, imag },
    }
}

fn bits(v: &IBig) -> usize {
    v.unsigned_abs().bit_len()
}

/// int -> float as CPython does it (exact rounding; None on overflow). Only ints of up
/// to 64 bits are converted here; larger ones are left unfolded.
fn int_to_f64(v: &IBig) -> Option<f64> {
    i64::try_from(v).ok().map(|i| i as f64)
}

fn unary(op: UnaryOp, v: Const) -> Option<Const> {
    if op == UnaryOp::Not {
        return Some(Const::Bool(!truth(&v)?));
    }
    let n = as_num(&v)?;
    Some(from_num(match (op, n) {
        (UnaryOp::USub, Num::Int(i)) => Num::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Num::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Num::Complex(-r, -i),
        (UnaryOp::UAdd, n) => n,
        (UnaryOp::Invert, Num::Int(i)) => Num::Int(-i - IBig::from(1)),
        _ => return None,
    }))
}

fn seq_len(c: &Const) -> Option<usize> {
    match c {
        Const::Str(s) => Some(s.chars().count()),
        Const::Bytes(b) => Some(b.len()),
        Const::Tuple(t) | Const::FrozenSet(t) => Some(t.len()),
        _ => None,
    }
}

/// Counts the items of nested tuples; None when more than `limit`.
fn complexity(c: &Const, limit: isize) -> Option<isize> {
    let mut limit = limit;
    if let Const::Tuple(items) | Const::FrozenSet(items) = c {
        limit -= items.len() as isize;
        for it in items {
            if limit < 0 {
                return None;
            }
            limit = complexity(it, limit)?;
        }
    }
    (limit >= 0).then_some(limit)
}

fn repeat(seq: &Const, n: &IBig) -> Option<Const> {
    let size = seq_len(seq)?;
    let n = i64::try_from(n).ok()?;
    if matches!(seq, Const::FrozenSet(_)) {
        return None;
    }
    if size > 0 {
        let limit = if matches!(seq, Const::Str(_) | Const::Bytes(_)) {
            MAX_STR_SIZE
        } else {
            MAX_COLLECTION_SIZE
        };
        if n < 0 || limit.checked_div(size).is_some_and(|m| n as usize > m) {
            return None;
        }
        if let Const::Tuple(_) = seq {
            if n > 0 && complexity(seq, (MAX_TOTAL_ITEMS / n as usize) as isize).is_none() {
                return None;
            }
        }
    }
    let n = n.max(0) as usize;
    Some(match seq {
        Const::Str(s) => Const::Str(s.repeat(n)),
        Const::Bytes(b) => Const::Bytes(b.repeat(n)),
        Const::Tuple(t) => Const::Tuple(t.iter().cloned().cycle().take(t.len() * n).collect()),
        _ => return None,
    })
}

fn binary(op: Operator, l: Const, r: Const) -> Option<Const> {
    // Sequences.
    match (op, &l, &r) {
        (Operator::Add, Const::Str(a), Const::Str(b)) => {
            return Some(Const::Str(format!("{a}{b}")))
        }
        (Operator::Add, Const::Bytes(a), Const::Bytes(b)) => {
            return Some(Const::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (Operator::Add, Const::Tuple(a), Const::Tuple(b)) => {
            return Some(Const::Tuple(a.iter().chain(b).cloned().collect()))
        }
        (Operator::Mult, s, n) if seq_len(s).is_some() => return repeat(s, &as_int(n)?),
        (Operator::Mult, n, s) if seq_len(s).is_some() => return repeat(s, &as_int(n)?),
        _ => {}
    }
    if matches!(l, Const::Bool(_)) && matches!(r, Const::Bool(_)) {
        if let (Const::Bool(a), Const::Bool(b)) = (&l, &r) {
            match op {
                Operator::BitAnd => return Some(Const::Bool(a & b)),
                Operator::BitOr => return Some(Const::Bool(a | b)),
                Operator::BitXor => return Some(Const::Bool(a ^ b)),
                _ => {}
            }
        }
    }
    let a = as_num(&l)?;
    let b = as_num(&r)?;
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_op(op, x, y),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (ar, ai) = as_num(&l)?.complex();
            let (br, bi) = as_num(&r)?.complex();
            if [ar, ai, br, bi].iter().any(|f| f.is_nan()) {
                return None;
            }
            let (real, imag) = match op {
                Operator::Add => (ar + br, ai + bi),
                Operator::Sub => (ar - br, ai - bi),
                Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
                _ => return None,
            };
            Some(Const::Complex { real, imag })
        }
        (x, y) => {
            let fx = match x {
                Num::Int(i) => int_to_f64(&i)?,
                Num::Float(f) => f,
                Num::Complex(..) => return None,
            };
            let fy = match y {
                Num::Int(i) => int_to_f64(&i)?,
                Num::Float(f) => f,
                Num::Complex(..) => return None,
            };
            float_op(op, fx, fy).map(Const::Float)
        }
    }
}

fn int_op(op: Operator, x: IBig, y: IBig) -> Option<Const> {
    let zero = IBig::from(0);
    let v = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => {
            if x != zero && y != zero && bits(&x) + bits(&y) > MAX_INT_SIZE {
                return None;
            }
            x * y
        }
        Operator::FloorDiv | Operator::Mod => {
            if y == zero {
                return None;
            }
            let q = &x / &y;
            let r = &x - &q * &y;
            let fix = r != zero && ((r < zero) != (y < zero));
            if op == Operator::FloorDiv {
                if fix {
                    q - IBig::from(1)
                } else {
                    q
                }
            } else if fix {
                r + y
            } else {
                r
            }
        }
        Operator::Div => {
            let (fx, fy) = (i64::try_from(&x).ok()?, i64::try_from(&y).ok()?);
            const EXACT: i64 = 1 << 53;
            if fy == 0 || fx.unsigned_abs() > EXACT as u64 || fy.unsigned_abs() > EXACT as u64 {
                return None;
            }
            return Some(Const::Float(fx as f64 / fy as f64));
        }
        Operator::Pow => {
            if y < zero {
                let (fx, fy) = (int_to_f64(&x)?, int_to_f64(&y)?);
                return float_op(Operator::Pow, fx, fy).map(Const::Float);
            }
            if x != zero && y != zero {
                let w = usize::try_from(&y).ok()?;
                if bits(&x) > MAX_INT_SIZE / w {
                    return None;
                }
            }
            x.pow(usize::try_from(&y).ok()?)
        }
        Operator::LShift => {
            if y < zero {
                return None;
            }
            if x != zero && y != zero {
                let w = usize::try_from(&y).ok()?;
                if w > MAX_INT_SIZE || bits(&x) > MAX_INT_SIZE - w {
                    return None;
                }
            }
            x << usize::try_from(&y).ok()?
        }
        Operator::RShift => {
            if y < zero {
                return None;
            }
            let w = usize::try_from(&y).unwrap_or(usize::MAX);
            if w > bits(&x) {
                if x < zero {
                    IBig::from(-1)
                } else {
                    zero
                }
            } else {
                x >> w
            }
        }
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::MatMult => return None,
    };
    Some(from_int(v))
}

/// CPython's float arithmetic; None where it would raise.
fn float_op(op: Operator, x: f64, y: f64) -> Option<f64> {
    Some(match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        Operator::FloorDiv | Operator::Mod => {
            if y == 0.0 {
                return None;
            }
            let (div, m) = float_divmod(x, y);
            if op == Operator::FloorDiv {
                div
            } else {
                m
            }
        }
        Operator::Pow => {
            if !x.is_finite() || !y.is_finite() {
                return None;
            }
            if x == 0.0 && y < 0.0 {
                return None;
            }
            if x < 0.0 && y.fract() != 0.0 {
                return None;
            }
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    })
}

fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn subscript(v: Const, idx: Const) -> Option<Const> {
    let i = match idx {
        Const::Int(i) => i,
        Const::Bool(b) => b as i64,
        _ => return None,
    };
    let len = seq_len(&v)? as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return None;
    }
    let i = i as usize;
    match v {
        Const::Str(s) => s.chars().nth(i).map(|c| Const::Str(c.to_string())),
        Const::Bytes(b) => Some(Const::Int(b[i] as i64)),
        Const::Tuple(t) => Some(t[i].clone()),
        _ => None,
    }
}
