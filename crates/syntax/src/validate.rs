//! Checks on a parsed tree that CPython's grammar makes with its invalid_* rules:
//! what may be assigned to, deleted, or annotated, with CPython's messages.

use crate::ast::*;
use crate::error::ErrorKind;
use crate::parser::Cx;

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// A location reduced to its first character (a one-character caret).
fn start_of(loc: Loc) -> Loc {
    Loc {
        end_line: loc.line,
        end_col: loc.col,
        ..loc
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Assign,
    Del,
}

/// Deepest statement/expression nesting accepted. CPython's compiler raises
/// RecursionError somewhere between 1000 and 5000 levels (`1 + 1 + ...`); every
/// recursive walker after the parser (this one, the compiler) relies on this bound.
pub const MAX_AST_DEPTH: u32 = 1000;

struct V<'c, 'a, 't> {
    cx: &'c Cx<'a, 't>,
    depth: std::cell::Cell<u32>,
}

impl<'a> V<'_, 'a, '_> {
    /// Enters one nesting level; false (after recording the error) when too deep.
    fn enter(&self, loc: Loc) -> bool {
        let d = self.depth.get() + 1;
        self.depth.set(d);
        if d > MAX_AST_DEPTH {
            self.err(
                "too many nested expressions (maximum recursion depth exceeded during compilation)"
                    .into(),
                loc,
            );
            return false;
        }
        true
    }

    fn leave(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    fn err(&self, msg: String, loc: Loc) {
        let (ls, _) = self.cx.index.line_range(self.cx.src, loc.line);
        let (els, _) = self.cx.index.line_range(self.cx.src, loc.end_line);
        self.cx.defer(
            ErrorKind::SyntaxError,
            msg,
            ls + loc.col as usize,
            els + loc.end_col as usize,
        );
    }

    /// The first sub-expression of a target that cannot be a target.
    fn invalid_target<'e>(&self, e: &'e Expr<'a>, ctx: Ctx) -> Option<&'e Expr<'a>> {
        match e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Starred(inner) if ctx == Ctx::Assign => self.invalid_target(inner, ctx),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().find_map(|x| self.invalid_target(x, ctx))
            }
            _ => Some(e),
        }
    }

    fn target(&self, e: &Expr<'a>, ctx: Ctx, here_hint: bool) {
        if let Some(bad) = self.invalid_target(e, ctx) {
            let verb = if ctx == Ctx::Del {
                "delete"
            } else {
                "assign to"
            };
            let name = expr_name(bad);
            let last_of_bare_tuple = match e.kind {
                ExprKind::Tuple(items) => {
                    items.last().is_some_and(|l| std::ptr::eq(l, bad))
                        && items
                            .first()
                            .is_some_and(|f| f.loc.line == e.loc.line && f.loc.col == e.loc.col)
                }
                _ => false,
            };
            // CPython's hint rule matches a `bitwise_or` left of `=`.
            let hinted = here_hint
                && (std::ptr::eq(bad, e) || last_of_bare_tuple)
                && !matches!(
                    bad.kind,
                    ExprKind::Constant(Constant::None | Constant::Bool(_))
                        | ExprKind::IfExp { .. }
                        | ExprKind::Lambda { .. }
                        | ExprKind::BoolOp { .. }
                        | ExprKind::Compare { .. }
                        | ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            ..
                        }
                        | ExprKind::NamedExpr { .. }
                        | ExprKind::Yield(_)
                        | ExprKind::YieldFrom(_)
                );
            let msg = if hinted
                && !matches!(
                    bad.kind,
                    ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::GeneratorExp { .. }
                ) {
                format!("cannot {verb} {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot {verb} {name}")
            };
            self.err(msg, bad.loc);
        }
    }

    fn body(&self, body: &[Stmt<'a>]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&self, s: &Stmt<'a>) {
        if self.enter(s.loc) {
            self.stmt_inner(s);
        }
        self.leave();
    }

    fn stmt_inner(&self, s: &Stmt<'a>) {
        match s.kind {
            StmtKind::FunctionDef(f) => {
                for d in f.decorator_list {
                    self.expr(d);
                }
                self.args(f.args);
                if let Some(r) = f.returns {
                    self.expr(r);
                }
                self.body(f.body);
            }
            StmtKind::ClassDef(c) => {
                for d in c.decorator_list.iter().chain(c.bases) {
                    self.expr(d);
                }
                for k in c.keywords {
                    self.expr(k.value);
                }
                self.body(c.body);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t, Ctx::Del, false);
                    self.expr(t);
                }
            }
            StmtKind::Assign { targets, value } => {
                let single = targets.len() == 1;
                for t in targets {
                    if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
                        self.err("assignment to yield expression not possible".into(), t.loc);
                    } else {
                        self.target(t, Ctx::Assign, single);
                    }
                    self.expr(t);
                }
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                if !matches!(
                    target.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    self.err(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(target)
                        ),
                        target.loc,
                    );
                }
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                match target.kind {
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    }
                    ExprKind::Tuple(_) => self.err(
                        "only single target (not tuple) can be annotated".into(),
                        start_of(target.loc),
                    ),
                    ExprKind::List(_) => self.err(
                        "only single target (not list) can be annotated".into(),
                        start_of(target.loc),
                    ),
                    _ => self.err("illegal target for annotation".into(), start_of(target.loc)),
                }
                self.expr(target);
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target, Ctx::Assign, false);
                self.expr(target);
                self.expr(iter);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(it.context_expr);
                    if let Some(v) = it.optional_vars {
                        self.target(v, Ctx::Assign, false);
                        self.expr(v);
                    }
                }
                self.body(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    if let Some(g) = c.guard {
                        self.expr(g);
                    }
                    self.body(c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = h.typ {
                        self.expr(t);
                    }
                    self.body(h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn args(&self, a: &Arguments<'a>) {
        for d in a.defaults {
            self.expr(d);
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        for arg in a
            .posonlyargs
            .iter()
            .chain(a.args)
            .chain(a.vararg)
            .chain(a.kwonlyargs)
            .chain(a.kwarg)
        {
            if let Some(ann) = arg.annotation {
                self.expr(ann);
            }
        }
    }

    fn comps(&self, gens: &[Comprehension<'a>]) {
        for g in gens {
            self.target(g.target, Ctx::Assign, false);
            self.expr(g.target);
            self.expr(g.iter);
            for i in g.ifs {
                self.expr(i);
            }
        }
    }

    fn expr(&self, e: &Expr<'a>) {
        if self.enter(e.loc) {
            self.expr_inner(e);
        }
        self.leave();
    }

    fn expr_inner(&self, e: &Expr<'a>) {
        match e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().for_each(|k| self.expr(k));
                values.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().for_each(|v| self.expr(v))
            }
            ExprKind::JoinedStr(items) => items.iter().for_each(|v| self.expr(v)),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                if let ExprKind::Starred(_) = elt.kind {
                    self.err(
                        "iterable unpacking cannot be used in comprehension".into(),
                        elt.loc,
                    );
                }
                self.comps(generators);
                self.expr(elt);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comps(generators);
                self.expr(key);
                self.expr(value);
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => self.expr(v),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                comparators.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|v| self.expr(v));
                keywords.iter().for_each(|k| self.expr(k.value));
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(s) = format_spec {
                    self.expr(s);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Constant(_) | ExprKind::Name(_) => {}
        }
    }
}

/// Validates a module body, recording the first problem as a deferred error in `cx`.
/// Defers "cannot assign to ..." for the first invalid one of `targets` (assignment
/// targets left of `=`s); true when that error is now the one to report.
pub fn invalid_assignment<'a>(cx: &Cx<'a, '_>, targets: &[Expr<'a>]) -> bool {
    let v = V {
        cx,
        depth: std::cell::Cell::new(0),
    };
    let Some(t) = targets
        .iter()
        .find(|t| v.invalid_target(t, Ctx::Assign).is_some())
    else {
        return false;
    };
    let before = cx
        .deferred
        .borrow()
        .as_ref()
        .map(|d| (d.start, d.msg.clone()));
    if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
        v.err("assignment to yield expression not possible".into(), t.loc);
    } else {
        v.target(t, Ctx::Assign, false);
    }
    let after = cx
        .deferred
        .borrow()
        .as_ref()
        .map(|d| (d.start, d.msg.clone()));
    after.is_some() && after != before
}

pub fn module<'a>(cx: &Cx<'a, '_>, body: &[Stmt<'a>]) {
    V {
        cx,
        depth: std::cell::Cell::new(0),
    }
    .body(body);
}

/// Validates an `eval` expression.
pub fn expression<'a>(cx: &Cx<'a, '_>, e: &Expr<'a>) {
    V {
        cx,
        depth: std::cell::Cell::new(0),
    }
    .expr(e);
}
