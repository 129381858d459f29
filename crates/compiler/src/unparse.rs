//! Expressions back to source text, as CPython's `ast_unparse.c` writes them for
//! `from __future__ import annotations` (normalized spacing, reprs for literals, minimal
//! parentheses by precedence). Forms it does not know are rendered from the original
//! source text by the caller.

use crate::dis::const_repr;
use crate::fold;
use coil_syntax::ast::*;

// Precedence levels, lowest first (ast_unparse.c's PR_*).
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The unparsed text of `e`, or None when it contains a form left to the source text.
pub fn unparse(e: &Expr<'_>) -> Option<String> {
    let mut out = String::new();
    write(e, PR_TEST, &mut out)?;
    Some(out)
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", PR_ARITH),
        Operator::Sub => (" - ", PR_ARITH),
        Operator::Mult => (" * ", PR_TERM),
        Operator::MatMult => (" @ ", PR_TERM),
        Operator::Div => (" / ", PR_TERM),
        Operator::Mod => (" % ", PR_TERM),
        Operator::FloorDiv => (" // ", PR_TERM),
        Operator::LShift => (" << ", PR_SHIFT),
        Operator::RShift => (" >> ", PR_SHIFT),
        Operator::BitOr => (" | ", PR_BOR),
        Operator::BitXor => (" ^ ", PR_BXOR),
        Operator::BitAnd => (" & ", PR_BAND),
        Operator::Pow => (" ** ", PR_POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn seq(items: &[Expr<'_>], out: &mut String) -> Option<()> {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(x, PR_TEST, out)?;
    }
    Some(())
}

fn write(e: &Expr<'_>, level: u8, out: &mut String) -> Option<()> {
    let paren = |own: u8, out: &mut String, f: &dyn Fn(&mut String) -> Option<()>| {
        if own < level {
            out.push('(');
            f(out)?;
            out.push(')');
        } else {
            f(out)?;
        }
        Some(())
    };
    match &e.kind {
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Constant(c) => match c {
            Constant::Ellipsis => out.push_str("..."),
            Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
            _ => out.push_str(&const_repr(&fold::constant(c))),
        },
        ExprKind::Attribute { value, attr } => {
            write(value, PR_ATOM, out)?;
            if matches!(value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            write(value, PR_ATOM, out)?;
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(elts) if !elts.is_empty() => {
                    seq(elts, out)?;
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write(slice, PR_TUPLE, out)?,
            }
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                write(l, PR_TEST, out)?;
            }
            out.push(':');
            if let Some(u) = upper {
                write(u, PR_TEST, out)?;
            }
            if let Some(s) = step {
                out.push(':');
                write(s, PR_TEST, out)?;
            }
        }
        ExprKind::Tuple(elts) => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                paren(PR_TUPLE, out, &|o| {
                    seq(elts, o)?;
                    if elts.len() == 1 {
                        o.push(',');
                    }
                    Some(())
                })?;
            }
        }
        ExprKind::List(elts) => {
            out.push('[');
            seq(elts, out)?;
            out.push(']');
        }
        ExprKind::Set(elts) => {
            out.push('{');
            seq(elts, out)?;
            out.push('}');
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values.iter()).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write(k, PR_TEST, out)?;
                        out.push_str(": ");
                        write(v, PR_TEST, out)?;
                    }
                    None => {
                        out.push_str("**");
                        write(v, PR_BOR, out)?;
                    }
                }
            }
            out.push('}');
        }
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = binop(*op);
            // `**` is right-associative.
            let (l, r) = if *op == Operator::Pow {
                (pr + 1, pr)
            } else {
                (pr, pr + 1)
            };
            paren(pr, out, &|o| {
                write(left, l, o)?;
                o.push_str(s);
                write(right, r, o)
            })?;
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren(pr, out, &|o| {
                o.push_str(s);
                write(operand, pr, o)
            })?;
        }
        ExprKind::BoolOp { op, values } => {
            let (s, pr) = match op {
                BoolOp::And => (" and ", PR_AND),
                BoolOp::Or => (" or ", PR_OR),
            };
            paren(pr, out, &|o| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        o.push_str(s);
                    }
                    write(v, pr + 1, o)?;
                }
                Some(())
            })?;
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            paren(PR_CMP, out, &|o| {
                write(left, PR_CMP + 1, o)?;
                for (op, c) in ops.iter().zip(comparators.iter()) {
                    o.push_str(cmpop(*op));
                    write(c, PR_CMP + 1, o)?;
                }
                Some(())
            })?;
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren(PR_TEST, out, &|o| {
                write(body, PR_TEST + 1, o)?;
                o.push_str(" if ");
                write(test, PR_TEST + 1, o)?;
                o.push_str(" else ");
                write(orelse, PR_TEST, o)
            })?;
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            write(func, PR_ATOM, out)?;
            out.push('(');
            let mut first = true;
            for a in *args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(a, PR_TEST, out)?;
            }
            for k in *keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(k.value, PR_TEST, out)?;
            }
            out.push(')');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            write(v, PR_BOR, out)?;
        }
        ExprKind::Await(v) => {
            paren(PR_AWAIT, out, &|o| {
                o.push_str("await ");
                write(v, PR_ATOM, o)
            })?;
        }
        _ => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e<'a>(kind: ExprKind<'a>) -> Expr<'a> {
        Expr {
            kind,
            loc: Loc::default(),
        }
    }

    #[test]
    fn precedence_and_spacing() {
        let a = e(ExprKind::Name("a"));
        let b = e(ExprKind::Name("b"));
        let c = e(ExprKind::Name("c"));
        let sum = e(ExprKind::BinOp {
            left: &a,
            op: Operator::Add,
            right: &b,
        });
        let prod = e(ExprKind::BinOp {
            left: &sum,
            op: Operator::Mult,
            right: &c,
        });
        assert_eq!(unparse(&prod).as_deref(), Some("(a + b) * c"));
        let none = e(ExprKind::Constant(Constant::None));
        let or = e(ExprKind::BinOp {
            left: &a,
            op: Operator::BitOr,
            right: &none,
        });
        assert_eq!(unparse(&or).as_deref(), Some("a | None"));
        let s = e(ExprKind::Constant(Constant::Str("x")));
        let elts = [e(ExprKind::Name("str")), s];
        let tup = e(ExprKind::Tuple(&elts));
        let sub = e(ExprKind::Subscript {
            value: &a,
            slice: &tup,
        });
        assert_eq!(unparse(&sub).as_deref(), Some("a[str, 'x']"));
    }
}
