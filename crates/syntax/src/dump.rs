//! A text dump of the AST in the shape of CPython's `ast` module (node and field names,
//! field order, locations), for tests that compare coil's tree with CPython's.
//!
//! Format: `Name@line:col-end_line:end_col(field, ...)`; lists `[a, b]`; identifiers and
//! strings JSON-quoted with ASCII escapes; floats as `f:<bits>`; complex as
//! `c:<bits>:<bits>`; bytes as `b:<hex>`; ints outside i64 as `BIG`. Locations are
//! left out inside f-strings (CPython 3.11's are approximate there).
//! `crates/syntax/tools/ast_dump.py` prints the same format from CPython.

use std::fmt::Write;

use crate::ast::*;

/// Dumps a module.
pub fn module(m: &Module) -> String {
    let mut d = D {
        out: String::new(),
        noloc: 0,
    };
    d.open("Module", None);
    d.stmts(m.body);
    d.close();
    let n = d.out.trim_end_matches(", ").len();
    d.out.truncate(n);
    d.out
}

/// Dumps an expression (the body of `ast.parse(..., mode='eval')`).
pub fn expression(e: &Expr) -> String {
    let mut d = D {
        out: String::new(),
        noloc: 0,
    };
    d.expr(e);
    let n = d.out.trim_end_matches(", ").len();
    d.out.truncate(n);
    d.out
}

struct D {
    out: String,
    noloc: u32,
}

fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
        }
    }
    out.push('"');
}

impl D {
    fn open(&mut self, name: &str, loc: Option<Loc>) {
        self.out.push_str(name);
        if let (Some(l), 0) = (loc, self.noloc) {
            let _ = write!(
                self.out,
                "@{}:{}-{}:{}",
                l.line, l.col, l.end_line, l.end_col
            );
        }
        self.out.push('(');
    }
    fn close(&mut self) {
        if self.out.ends_with(", ") {
            self.out.truncate(self.out.len() - 2);
        }
        self.out.push_str("), ");
    }
    fn sep(&mut self) {
        self.out.push_str(", ");
    }
    fn none(&mut self) {
        self.out.push_str("None, ");
    }
    fn str(&mut self, s: &str) {
        quote(&mut self.out, s);
        self.sep();
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.none(),
        }
    }
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
        self.sep();
    }
    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for it in items {
            f(self, it);
        }
        if self.out.ends_with(", ") {
            self.out.truncate(self.out.len() - 2);
        }
        self.out.push_str("], ");
    }
    fn stmts(&mut self, s: &[Stmt]) {
        self.list(s, |d, s| d.stmt(s));
    }
    fn exprs(&mut self, e: &[Expr]) {
        self.list(e, |d, e| d.expr(e));
    }
    fn opt_expr(&mut self, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.none(),
        }
    }
    fn names(&mut self, n: &[&str]) {
        self.list(n, |d, n| d.str(n));
    }
    fn unit(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push_str("(), ");
    }

    fn stmt(&mut self, s: &Stmt) {
        let loc = Some(s.loc);
        match s.kind {
            StmtKind::FunctionDef(f) => {
                self.open(
                    if f.is_async {
                        "AsyncFunctionDef"
                    } else {
                        "FunctionDef"
                    },
                    loc,
                );
                self.str(f.name);
                self.arguments(f.args);
                self.stmts(f.body);
                self.exprs(f.decorator_list);
                self.opt_expr(f.returns);
            }
            StmtKind::ClassDef(c) => {
                self.open("ClassDef", loc);
                self.str(c.name);
                self.exprs(c.bases);
                self.list(c.keywords, |d, k| d.keyword(k));
                self.stmts(c.body);
                self.exprs(c.decorator_list);
            }
            StmtKind::Return(v) => {
                self.open("Return", loc);
                self.opt_expr(v);
            }
            StmtKind::Delete(t) => {
                self.open("Delete", loc);
                self.exprs(t);
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign", loc);
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign", loc);
                self.expr(target);
                self.unit(op_name(op));
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign", loc);
                self.expr(target);
                self.expr(annotation);
                self.opt_expr(value);
                self.raw(if simple { "1" } else { "0" });
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                self.open(if is_async { "AsyncFor" } else { "For" }, loc);
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.open("While", loc);
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.open("If", loc);
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                self.open(if is_async { "AsyncWith" } else { "With" }, loc);
                self.list(items, |d, it| {
                    d.open("withitem", None);
                    d.expr(it.context_expr);
                    d.opt_expr(it.optional_vars);
                    d.close();
                });
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match", loc);
                self.expr(subject);
                self.list(cases, |d, c| {
                    d.open("match_case", None);
                    d.pattern(c.pattern);
                    d.opt_expr(c.guard);
                    d.stmts(c.body);
                    d.close();
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise", loc);
                self.opt_expr(exc);
                self.opt_expr(cause);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.open(if is_star { "TryStar" } else { "Try" }, loc);
                self.stmts(body);
                self.list(handlers, |d, h| {
                    d.open("ExceptHandler", Some(h.loc));
                    d.opt_expr(h.typ);
                    d.opt_str(h.name);
                    d.stmts(h.body);
                    d.close();
                });
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert", loc);
                self.expr(test);
                self.opt_expr(msg);
            }
            StmtKind::Import(names) => {
                self.open("Import", loc);
                self.list(names, |d, a| d.alias(a));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom", loc);
                self.opt_str(module);
                self.list(names, |d, a| d.alias(a));
                self.raw(&level.to_string());
            }
            StmtKind::Global(n) => {
                self.open("Global", loc);
                self.names(n);
            }
            StmtKind::Nonlocal(n) => {
                self.open("Nonlocal", loc);
                self.names(n);
            }
            StmtKind::Expr(e) => {
                self.open("Expr", loc);
                self.expr(e);
            }
            StmtKind::Pass => self.open("Pass", loc),
            StmtKind::Break => self.open("Break", loc),
            StmtKind::Continue => self.open("Continue", loc),
        }
        self.close();
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias", Some(a.loc));
        self.str(a.name);
        self.opt_str(a.asname);
        self.close();
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword", Some(k.loc));
        self.opt_str(k.arg);
        self.expr(k.value);
        self.close();
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg", Some(a.loc));
        self.str(a.arg);
        self.opt_expr(a.annotation);
        self.close();
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments", None);
        self.list(a.posonlyargs, |d, a| d.arg(a));
        self.list(a.args, |d, a| d.arg(a));
        match a.vararg {
            Some(v) => self.arg(v),
            None => self.none(),
        }
        self.list(a.kwonlyargs, |d, a| d.arg(a));
        self.list(a.kw_defaults, |d, e| d.opt_expr(e.as_ref()));
        match a.kwarg {
            Some(v) => self.arg(v),
            None => self.none(),
        }
        self.exprs(a.defaults);
        self.close();
    }

    fn comps(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, g| {
            d.open("comprehension", None);
            d.expr(g.target);
            d.expr(g.iter);
            d.exprs(g.ifs);
            d.raw(if g.is_async { "1" } else { "0" });
            d.close();
        });
    }

    fn constant(&mut self, c: &Constant) {
        match *c {
            Constant::None => self.raw("None"),
            Constant::Bool(b) => self.raw(if b { "True" } else { "False" }),
            Constant::Int(i) => self.raw(&i.to_string()),
            Constant::BigInt { .. } => self.raw("BIG"),
            Constant::Float(f) => self.raw(&format!("f:{}", f.to_bits())),
            Constant::Complex { real, imag } => {
                self.raw(&format!("c:{}:{}", real.to_bits(), imag.to_bits()))
            }
            Constant::Str(s) => self.str(s),
            Constant::Bytes(b) => {
                let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
                self.raw(&format!("b:{hex}"))
            }
            Constant::Ellipsis => self.raw("Ellipsis"),
        }
    }

    fn expr(&mut self, e: &Expr) {
        let loc = Some(e.loc);
        match e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp", loc);
                self.unit(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                });
                self.exprs(values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr", loc);
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp", loc);
                self.expr(left);
                self.unit(op_name(op));
                self.expr(right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp", loc);
                self.unit(match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                });
                self.expr(operand);
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda", loc);
                self.arguments(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp", loc);
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict", loc);
                self.list(keys, |d, k| d.opt_expr(k.as_ref()));
                self.exprs(values);
            }
            ExprKind::Set(elts) => {
                self.open("Set", loc);
                self.exprs(elts);
            }
            ExprKind::ListComp { elt, generators } => {
                self.open("ListComp", loc);
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::SetComp { elt, generators } => {
                self.open("SetComp", loc);
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp", loc);
                self.expr(key);
                self.expr(value);
                self.comps(generators);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.open("GeneratorExp", loc);
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::Await(v) => {
                self.open("Await", loc);
                self.expr(v);
            }
            ExprKind::Yield(v) => {
                self.open("Yield", loc);
                self.opt_expr(v);
            }
            ExprKind::YieldFrom(v) => {
                self.open("YieldFrom", loc);
                self.expr(v);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare", loc);
                self.expr(left);
                self.list(ops, |d, op| {
                    d.unit(match op {
                        CmpOp::Eq => "Eq",
                        CmpOp::NotEq => "NotEq",
                        CmpOp::Lt => "Lt",
                        CmpOp::LtE => "LtE",
                        CmpOp::Gt => "Gt",
                        CmpOp::GtE => "GtE",
                        CmpOp::Is => "Is",
                        CmpOp::IsNot => "IsNot",
                        CmpOp::In => "In",
                        CmpOp::NotIn => "NotIn",
                    })
                });
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call", loc);
                self.expr(func);
                self.exprs(args);
                self.list(keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue", loc);
                self.expr(value);
                self.raw(&conversion.map_or(-1, |c| c as i32).to_string());
                self.opt_expr(format_spec);
            }
            ExprKind::JoinedStr(values) => {
                self.open("JoinedStr", loc);
                self.noloc += 1;
                self.exprs(values);
                self.noloc -= 1;
            }
            ExprKind::Constant(ref c) => {
                self.open("Constant", loc);
                self.constant(c);
            }
            ExprKind::Attribute { value, attr } => {
                self.open("Attribute", loc);
                self.expr(value);
                self.str(attr);
            }
            ExprKind::Subscript { value, slice } => {
                self.open("Subscript", loc);
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred(v) => {
                self.open("Starred", loc);
                self.expr(v);
            }
            ExprKind::Name(n) => {
                self.open("Name", loc);
                self.str(n);
            }
            ExprKind::List(elts) => {
                self.open("List", loc);
                self.exprs(elts);
            }
            ExprKind::Tuple(elts) => {
                self.open("Tuple", loc);
                self.exprs(elts);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice", loc);
                self.opt_expr(lower);
                self.opt_expr(upper);
                self.opt_expr(step);
            }
        }
        self.close();
    }

    fn pattern(&mut self, p: &Pattern) {
        let loc = Some(p.loc);
        match p.kind {
            PatternKind::MatchValue(v) => {
                self.open("MatchValue", loc);
                self.expr(v);
            }
            PatternKind::MatchSingleton(ref c) => {
                self.open("MatchSingleton", loc);
                self.constant(c);
            }
            PatternKind::MatchSequence(ps) => {
                self.open("MatchSequence", loc);
                self.list(ps, |d, p| d.pattern(p));
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping", loc);
                self.exprs(keys);
                self.list(patterns, |d, p| d.pattern(p));
                self.opt_str(rest);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass", loc);
                self.expr(cls);
                self.list(patterns, |d, p| d.pattern(p));
                self.names(kwd_attrs);
                self.list(kwd_patterns, |d, p| d.pattern(p));
            }
            PatternKind::MatchStar(n) => {
                self.open("MatchStar", loc);
                self.opt_str(n);
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs", loc);
                match pattern {
                    Some(p) => self.pattern(p),
                    None => self.none(),
                }
                self.opt_str(name);
            }
            PatternKind::MatchOr(ps) => {
                self.open("MatchOr", loc);
                self.list(ps, |d, p| d.pattern(p));
            }
        }
        self.close();
    }
}

fn op_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}
