//! The disassembler: code objects as text, laid out like `python3 -m dis` (line numbers,
//! `>>` jump-target marks, offsets, opnames, arguments resolved to names, constants and
//! jump targets), then the exception table, then nested code objects.

use crate::code::{CodeObject, Const};
use crate::opcode::{ArgKind, Opcode, BINARY_OP_SYMBOLS, COMPARE_OP_SYMBOLS};
use std::fmt::Write;

/// The whole disassembly of `code` and every code object nested in it.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out, true);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String, top: bool) {
    if !top {
        let _ = writeln!(
            out,
            "\nDisassembly of <code object {}, file \"{}\", line {}>:",
            code.name, code.filename, code.first_line
        );
    }
    header(code, out);
    let targets: std::collections::HashSet<u32> = code
        .code
        .iter()
        .filter(|i| i.op.arg_kind() == ArgKind::Jump)
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = None;
    for (pc, ins) in code.code.iter().enumerate() {
        let line = code.positions.get(pc).map_or(0, |p| p.line);
        let line_field = if Some(line) != last_line {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            if line == 0 {
                "   -".to_string()
            } else {
                format!("{line:>4}")
            }
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let mut s = format!("{line_field}    {mark} {pc:>4} {:<20}", ins.op.name());
        if ins.op.arg_kind() != ArgKind::None {
            let _ = write!(s, " {:>5}", ins.arg);
            let detail = describe_arg(code, ins.op, ins.arg);
            if !detail.is_empty() {
                let _ = write!(s, " ({detail})");
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end - 1,
                e.target,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            disassemble_into(inner, out, false);
        }
    }
}

fn header(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "# {} ({}) args={} posonly={} kwonly={} flags={} stack={} caches={}",
        code.name,
        code.qualname,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags.names().join("|"),
        code.max_stack,
        code.num_caches
    );
    for (label, list) in [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "# {label}: {}", list.join(", "));
        }
    }
}

fn describe_arg(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let i = arg as usize;
    match op.arg_kind() {
        ArgKind::None => String::new(),
        ArgKind::Const => code.consts.get(i).map(const_repr).unwrap_or_default(),
        ArgKind::Name => code.names.get(i).cloned().unwrap_or_default(),
        ArgKind::Local => code.varnames.get(i).cloned().unwrap_or_default(),
        ArgKind::Cell => code.cell_name(i).unwrap_or("").to_string(),
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinOp => BINARY_OP_SYMBOLS.get(i).copied().unwrap_or("?").to_string(),
        ArgKind::CmpOp => COMPARE_OP_SYMBOLS
            .get(i)
            .copied()
            .unwrap_or("?")
            .to_string(),
        ArgKind::Format => {
            let mut parts = Vec::new();
            match arg & 3 {
                1 => parts.push("str"),
                2 => parts.push("repr"),
                3 => parts.push("ascii"),
                _ => {}
            }
            if arg & 4 != 0 {
                parts.push("with format");
            }
            parts.join(", ")
        }
        ArgKind::Count => match op {
            Opcode::MAKE_FUNCTION => {
                let names = ["defaults", "kwdefaults", "annotations", "closure"];
                names
                    .iter()
                    .enumerate()
                    .filter(|(b, _)| arg & (1 << b) != 0)
                    .map(|(_, n)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            Opcode::IS_OP => if arg == 1 { "is not" } else { "is" }.to_string(),
            Opcode::CONTAINS_OP => if arg == 1 { "not in" } else { "in" }.to_string(),
            _ => String::new(),
        },
    }
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.clone(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { real, imag } => {
            let im = complex_part(*imag);
            if *real == 0.0 && real.is_sign_positive() {
                format!("{im}j")
            } else {
                let sign = if *imag < 0.0
                    || (imag.is_sign_negative() && *imag == 0.0)
                    || imag.is_nan() && imag.is_sign_negative()
                {
                    ""
                } else {
                    "+"
                };
                format!("({}{sign}{im}j)", complex_part(*real))
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let parts: Vec<String> = items.iter().map(const_repr).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Const::Code(code) => format!(
            "<code object {}, file \"{}\", line {}>",
            code.name, code.filename, code.first_line
        ),
        Const::Ellipsis => "Ellipsis".into(),
    }
}

fn complex_part(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Python's float repr: shortest round-trip digits, fixed notation for exponents in
/// [-4, 16), else `d.ddde+XX`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{f:e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let body = if exp >= 0 {
            if n > exp + 1 {
                format!(
                    "{}.{}",
                    &digits[..(exp + 1) as usize],
                    &digits[(exp + 1) as usize..]
                )
            } else {
                format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let es = if exp < 0 { "-" } else { "+" };
        format!("{sign}{m}e{es}{:02}", exp.abs())
    }
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_control() => {
                let n = c as u32;
                if n <= 0xff {
                    let _ = write!(out, "\\x{n:02x}");
                } else if n <= 0xffff {
                    let _ = write!(out, "\\u{n:04x}");
                } else {
                    let _ = write!(out, "\\U{n:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        for (f, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (123.456, "123.456"),
            (-0.0, "-0.0"),
            (1.5e300, "1.5e+300"),
            (0.0001, "0.0001"),
        ] {
            assert_eq!(float_repr(f), s);
        }
    }

    #[test]
    fn str_reprs() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a\nb"), "'a\\nb'");
        assert_eq!(bytes_repr(b"\x00a"), "b'\\x00a'");
    }

    #[test]
    fn complex_reprs() {
        assert_eq!(
            const_repr(&Const::Complex {
                real: 0.0,
                imag: 2.0
            }),
            "2j"
        );
        assert_eq!(
            const_repr(&Const::Complex {
                real: 1.0,
                imag: 2.0
            }),
            "(1+2j)"
        );
        assert_eq!(
            const_repr(&Const::Complex {
                real: -0.0,
                imag: -1.0
            }),
            "(-0-1j)"
        );
    }
}
