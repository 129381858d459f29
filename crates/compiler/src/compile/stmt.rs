//! Statements: module/function/class bodies, assignments, control flow, exceptions,
//! `with`, imports, and the unwinding that `break`/`continue`/`return` perform.

use super::{CResult, Compiler, Ctx, FBlock, Futures, Mode, UnitKind};
use crate::code::Const;
use crate::fold;
use crate::opcode::{Opcode, BINARY_OP_INPLACE};
use crate::symtable::SymbolTable;
use coil_syntax::ast::*;

const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The docstring of a body, if its first statement is a string literal.
pub(crate) fn docstring<'a>(body: &'a [Stmt<'a>]) -> Option<&'a str> {
    match body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Checks `from __future__` placement and names (CPython's future.c).
pub(crate) fn check_future(body: &[Stmt<'_>]) -> CResult<Futures> {
    // Future errors carry only a start position (one caret).
    let point = |l: Loc| Loc {
        end_line: l.line,
        end_col: l.col,
        ..l
    };
    let mut fut = Futures { annotations: false };
    let mut done = false;
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some("__future__"),
                names,
                level: 0,
            } => {
                if done {
                    return Err(super::CompileError {
                        msg: "from __future__ imports must occur at the beginning of the file"
                            .into(),
                        loc: s.loc,
                    });
                }
                for a in *names {
                    if a.name == "annotations" {
                        fut.annotations = true;
                    } else if a.name == "braces" {
                        return Err(super::CompileError {
                            msg: "not a chance".into(),
                            loc: point(s.loc),
                        });
                    } else if !FUTURE_FEATURES.contains(&a.name) {
                        return Err(super::CompileError {
                            msg: format!("future feature {} is not defined", a.name),
                            loc: point(s.loc),
                        });
                    }
                }
            }
            _ if i == 0 && docstring(body).is_some() => {}
            _ => done = true,
        }
    }
    Ok(fut)
}

/// Does a body contain an annotated assignment (outside nested scopes)?
fn find_ann(body: &[Stmt<'_>]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub fn compile_module(&mut self, body: &'a [Stmt<'a>]) -> CResult<crate::code::CodeObject> {
        let loc = body.first().map_or(
            Loc {
                line: 1,
                col: 0,
                end_line: 1,
                end_col: 0,
            },
            |s| s.loc,
        );
        self.enter_unit(SymbolTable::ROOT, UnitKind::Module, "<module>", loc);
        self.u().first_line = 1;
        let mut body = body;
        if self.mode != Mode::Single {
            if let Some(doc) = docstring(body) {
                self.u().loc = body[0].loc;
                self.load_const(Const::Str(doc.to_string()));
                self.emit_name(Opcode::STORE_NAME, "__doc__");
                body = &body[1..];
            }
        }
        if find_ann(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(self.exit_unit())
    }

    /// `eval` mode: the single `Return(expr)` statement built by the caller.
    pub fn compile_eval(&mut self, s: &'a Stmt<'a>) -> CResult<crate::code::CodeObject> {
        self.enter_unit(SymbolTable::ROOT, UnitKind::Module, "<module>", s.loc);
        self.u().first_line = 1;
        if let StmtKind::Return(Some(e)) = s.kind {
            self.expr(e)?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(self.exit_unit())
    }

    pub fn stmts(&mut self, body: &'a [Stmt<'a>]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt<'a>) -> CResult {
        self.u().loc = s.loc;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(v) => self.return_stmt(s, *v),
            StmtKind::Delete(targets) => {
                for t in *targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(s, target, annotation, *value, *simple),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.async_for(s, target, iter, body, orelse)
                } else {
                    self.for_stmt(target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.with_stmt(s, *is_async, items, body),
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.u().loc = s.loc;
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except_any(body, handlers, orelse, *is_star)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)
                }
            }
            StmtKind::Assert { test, msg } => {
                if matches!(test.kind, ExprKind::Tuple(elts) if !elts.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?");
                }
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Opcode::CALL, 1);
                }
                // CPython 3.11 raises where its jump_if left the location: at the last
                // comparison it compiled, else at the statement.
                if let Some(loc) = jump_if_loc(test) {
                    self.u().loc = loc;
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in *names {
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    self.emit_mangled(Opcode::IMPORT_NAME, a.name);
                    match a.asname {
                        Some(asname) => self.import_as(a.name, asname)?,
                        None => {
                            let first = a.name.split('.').next().unwrap_or(a.name);
                            self.name_op(first, Ctx::Store)?;
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(*level as i64));
                let fromlist = names
                    .iter()
                    .map(|a| Const::Str(a.name.to_string()))
                    .collect();
                self.load_const(Const::Tuple(fromlist));
                self.emit_mangled(Opcode::IMPORT_NAME, module.unwrap_or(""));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Opcode::IMPORT_STAR, 0);
                    return Ok(());
                }
                for a in *names {
                    self.emit_mangled(Opcode::IMPORT_FROM, a.name);
                    self.name_op(a.asname.unwrap_or(a.name), Ctx::Store)?;
                }
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Opcode::PRINT_EXPR, 0);
                    return Ok(());
                }
                if let ExprKind::Constant(_) = e.kind {
                    // A bare constant (docstring-like) has no effect.
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
        }
    }

    fn import_as(&mut self, name: &str, asname: &str) -> CResult {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        for (i, attr) in attrs.iter().enumerate() {
            self.emit_mangled(Opcode::IMPORT_FROM, attr);
            if i + 1 < attrs.len() {
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        self.name_op(asname, Ctx::Store)?;
        if !attrs.is_empty() {
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    // ---- definitions ---------------------------------------------------------------

    /// Pushes defaults (tuple) and keyword-only defaults (dict); returns MAKE_FUNCTION flags.
    pub(super) fn default_args(&mut self, args: &'a Arguments<'a>) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.tuple_of(args.defaults)?;
            flags |= 1;
        }
        let mut n = 0;
        for (arg, d) in args.kwonlyargs.iter().zip(args.kw_defaults.iter()) {
            if let Some(d) = d {
                let name =
                    crate::symtable::mangle(self.ur().private.as_deref(), arg.arg).into_owned();
                self.load_const(Const::Str(name));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Opcode::BUILD_MAP, n);
            flags |= 2;
        }
        Ok(flags)
    }

    fn annotation_value(&mut self, e: &'a Expr<'a>) -> CResult {
        if let (ExprKind::Starred(v), false) = (&e.kind, self.future_annotations) {
            // `*args: *Ts` (PEP 646): the annotation is the single unpacked item.
            self.expr(v)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
            return Ok(());
        }
        if self.future_annotations {
            // CPython stores the unparsed expression (forms the unparser leaves out keep
            // their source text).
            let text = crate::unparse::unparse(e).unwrap_or_else(|| self.source_text(e.loc));
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// The source text of an expression (for `from __future__ import annotations`).
    pub fn source_text(&self, loc: Loc) -> String {
        let lines: Vec<&str> = self.source.split_inclusive('\n').collect();
        let (l0, l1) = (loc.line as usize, loc.end_line as usize);
        if l0 == 0 || l1 < l0 || l1 > lines.len() {
            return String::new();
        }
        let mut out = String::new();
        for (i, line) in lines.iter().enumerate().take(l1).skip(l0 - 1) {
            let lineno = i + 1;
            let start = if lineno == l0 { loc.col as usize } else { 0 };
            let end = if lineno == l1 {
                (loc.end_col as usize).min(line.len())
            } else {
                line.len()
            };
            out.push_str(line.get(start..end).unwrap_or(""));
        }
        out
    }

    /// Pushes the annotations tuple `(name, value, ...)`; returns whether there is one.
    fn annotations(
        &mut self,
        args: &'a Arguments<'a>,
        returns: Option<&'a Expr<'a>>,
    ) -> CResult<bool> {
        let mut n = 0;
        let groups: [&'a [Arg<'a>]; 2] = [args.args, args.posonlyargs];
        let mut all: Vec<&'a Arg<'a>> = groups.iter().flat_map(|g| g.iter()).collect();
        all.extend(args.vararg);
        all.extend(args.kwonlyargs.iter());
        all.extend(args.kwarg);
        for a in all {
            if let Some(ann) = a.annotation {
                let name =
                    crate::symtable::mangle(self.ur().private.as_deref(), a.arg).into_owned();
                self.load_const(Const::Str(name));
                self.annotation_value(ann)?;
                n += 2;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.annotation_value(r)?;
            n += 2;
        }
        if n > 0 {
            self.emit(Opcode::BUILD_TUPLE, n);
        }
        Ok(n > 0)
    }

    fn check_debug_args(&self, args: &Arguments<'_>) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args)
            .chain(args.vararg)
            .chain(args.kwonlyargs)
            .chain(args.kwarg);
        for a in all {
            if a.arg == "__debug__" {
                return self.error("cannot assign to __debug__");
            }
        }
        Ok(())
    }

    fn set_arg_counts(&mut self, args: &Arguments<'_>) {
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= crate::code::CodeFlags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= crate::code::CodeFlags::VARKEYWORDS;
        }
    }

    fn function_def(&mut self, s: &'a Stmt<'a>, f: &'a FunctionDef<'a>) -> CResult {
        self.check_debug_args(f.args)?;
        for d in f.decorator_list {
            self.expr(d)?;
        }
        self.u().loc = s.loc;
        let first_line = f.decorator_list.first().map_or(s.loc.line, |d| d.loc.line);
        let mut flags = self.default_args(f.args)?;
        if self.annotations(f.args, f.returns)? {
            flags |= 4;
        }
        let Some(scope) = self.table.scope_of(f) else {
            return self.error("internal error: no scope for function");
        };
        let kind = if f.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_unit(scope, kind, f.name, s.loc);
        self.u().first_line = first_line;
        let doc = docstring(f.body);
        self.const_index(doc.map_or(Const::None, |d| Const::Str(d.to_string())));
        self.set_arg_counts(f.args);
        let body = if doc.is_some() { &f.body[1..] } else { f.body };
        self.stmts(body)?;
        if let Some(last) = f.body.last() {
            self.u().loc = last.loc;
        }
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_unit();
        self.u().loc = s.loc;
        self.make_closure(code, flags)?;
        for _ in f.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.name_op(f.name, Ctx::Store)
    }

    fn class_def(&mut self, s: &'a Stmt<'a>, c: &'a ClassDef<'a>) -> CResult {
        for d in c.decorator_list {
            self.expr(d)?;
        }
        self.u().loc = s.loc;
        let first_line = c.decorator_list.first().map_or(s.loc.line, |d| d.loc.line);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        let Some(scope) = self.table.scope_of(c) else {
            return self.error("internal error: no scope for class");
        };
        self.enter_unit(scope, UnitKind::Class, c.name, s.loc);
        self.u().first_line = first_line;
        self.emit_name(Opcode::LOAD_NAME, "__name__");
        self.emit_name(Opcode::STORE_NAME, "__module__");
        let qualname = self.ur().qualname.clone();
        self.load_const(Const::Str(qualname));
        self.emit_name(Opcode::STORE_NAME, "__qualname__");
        let mut body = c.body;
        if let Some(doc) = docstring(body) {
            self.u().loc = body[0].loc;
            self.load_const(Const::Str(doc.to_string()));
            self.emit_name(Opcode::STORE_NAME, "__doc__");
            body = &body[1..];
        }
        if find_ann(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        self.stmts(body)?;
        if let Some(last) = c.body.last() {
            self.u().loc = last.loc;
        }
        if self.ur().cellvars.first().is_some_and(|n| n == "__class__") {
            self.emit(Opcode::LOAD_CLOSURE, 0);
            self.emit(Opcode::COPY, 1);
            self.emit_name(Opcode::STORE_NAME, "__classcell__");
        } else {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_unit();
        self.u().loc = s.loc;
        self.make_closure(code, 0)?;
        self.load_const(Const::Str(c.name.to_string()));
        self.call_helper(2, c.bases, c.keywords)?;
        for _ in c.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.name_op(c.name, Ctx::Store)
    }

    // ---- assignment ----------------------------------------------------------------

    /// Stores the value on top of the stack into an assignment target.
    pub fn store_target(&mut self, t: &'a Expr<'a>) -> CResult {
        let saved = self.ur().loc;
        self.u().loc = t.loc;
        let r = self.store_target_inner(t);
        self.u().loc = saved;
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr<'a>) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.u().loc = t.loc;
                self.emit_mangled(Opcode::STORE_ATTR, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_index(slice)?;
                self.u().loc = t.loc;
                self.emit(Opcode::STORE_SUBSCR, 0);
                Ok(())
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => self.unpack_into(elts),
            ExprKind::Starred(_) => {
                self.error("starred assignment target must be in a list or tuple")
            }
            _ => self.error(format!("cannot assign to {}", describe(t))),
        }
    }

    fn unpack_into(&mut self, elts: &'a [Expr<'a>]) -> CResult {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(_) = e.kind {
                if star.is_some() {
                    return self.error("multiple starred expressions in assignment");
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return self.error("too many expressions in star-unpacking assignment");
                }
                self.emit(Opcode::UNPACK_EX, (i | (after << 8)) as u32);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred(v) => self.store_target(v)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr<'a>) -> CResult {
        self.u().loc = t.loc;
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.u().loc = t.loc;
                self.emit_mangled(Opcode::DELETE_ATTR, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.u().loc = t.loc;
                self.emit(Opcode::DELETE_SUBSCR, 0);
                Ok(())
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                for e in *elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => self.error(format!("cannot delete {}", describe(t))),
        }
    }

    fn aug_assign(&mut self, target: &'a Expr<'a>, op: Operator, value: &'a Expr<'a>) -> CResult {
        let binop = super::expr::binop_number(op) + BINARY_OP_INPLACE;
        // CPython 3.11's positions: the target's loads and stores carry the target's
        // location, the operation itself the statement's.
        let stmt_loc = self.u().loc;
        match &target.kind {
            ExprKind::Name(n) => {
                self.u().loc = target.loc;
                self.name_op(n, Ctx::Load)?;
                self.expr(value)?;
                self.u().loc = stmt_loc;
                self.emit(Opcode::BINARY_OP, binop);
                self.u().loc = target.loc;
                self.name_op(n, Ctx::Store)
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.u().loc = target.loc;
                self.emit(Opcode::COPY, 1);
                self.emit_mangled(Opcode::LOAD_ATTR, attr);
                self.expr(value)?;
                self.u().loc = stmt_loc;
                self.emit(Opcode::BINARY_OP, binop);
                self.u().loc = target.loc;
                self.emit(Opcode::SWAP, 2);
                self.emit_mangled(Opcode::STORE_ATTR, attr);
                Ok(())
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.u().loc = target.loc;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.expr(value)?;
                self.u().loc = stmt_loc;
                self.emit(Opcode::BINARY_OP, binop);
                self.u().loc = target.loc;
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
                Ok(())
            }
            _ => self.error_at(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(target)
                ),
                target.loc,
            ),
        }
    }

    fn ann_assign(
        &mut self,
        s: &'a Stmt<'a>,
        target: &'a Expr<'a>,
        annotation: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        self.u().loc = s.loc;
        let module_or_class = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name(n) => {
                if *n == "__debug__" {
                    return self.error_at("cannot assign to __debug__", target.loc);
                }
                if simple && module_or_class {
                    self.annotation_value(annotation)?;
                    self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                    let m = crate::symtable::mangle(self.ur().private.as_deref(), n).into_owned();
                    self.load_const(Const::Str(m));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::POP_TOP, 0);
                    let parts: Vec<&'a Expr<'a>> = match &slice.kind {
                        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                            .into_iter()
                            .flatten()
                            .copied()
                            .collect(),
                        ExprKind::Tuple(elts) => elts.iter().collect(),
                        _ => vec![*slice],
                    };
                    for p in parts {
                        self.expr(p)?;
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
            }
            _ => return self.error_at(format!("cannot annotate {}", describe(target)), target.loc),
        }
        // The annotation of a complex target is evaluated last (and discarded).
        if !simple && module_or_class && !self.future_annotations {
            self.expr(annotation)?;
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    // ---- loops ---------------------------------------------------------------------

    fn for_stmt(
        &mut self,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let loc = self.ur().loc;
        self.iterable(iter)?;
        self.u().loc = loc;
        self.emit(Opcode::GET_ITER, 0);
        let head = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.bind(head);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.u().depth += 1;
        let hl = self.ur().handler_stack.len();
        self.push_fblock(FBlock::ForLoop { head, exit: end }, hl)?;
        self.store_target(target)?;
        self.stmts(body)?;
        self.u().loc = loc;
        self.emit_jump(Opcode::JUMP_FORWARD, head);
        self.pop_fblock();
        self.u().depth -= 1;
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// An iterable (`for`, comprehension, `in` operand; CPython's `fold_iter`): a list
    /// display is built as a tuple (a constant one when it can), a constant set as a
    /// frozenset.
    pub fn iterable(&mut self, e: &'a Expr<'a>) -> CResult {
        if let Some(c) = fold::fold_collection(e) {
            let saved = self.ur().loc;
            self.u().loc = e.loc;
            self.load_const(c);
            self.u().loc = saved;
            return Ok(());
        }
        if let ExprKind::List(elts) = e.kind {
            if !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred(_))) {
                let saved = self.ur().loc;
                self.u().loc = e.loc;
                let r = self.tuple_of(elts);
                self.u().loc = saved;
                return r;
            }
        }
        self.expr(e)
    }

    fn while_stmt(
        &mut self,
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let loc = self.ur().loc;
        let head = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(head);
        let w0 = self.warnings.len();
        self.jump_if(test, anchor, false)?;
        let test_warnings = self.warnings[w0..].to_vec();
        let hl = self.ur().handler_stack.len();
        self.push_fblock(FBlock::WhileLoop { head, exit: end }, hl)?;
        self.stmts(body)?;
        // CPython compiles the test again at the bottom of the loop (and warns again).
        self.warnings.extend(test_warnings);
        self.u().loc = loc;
        self.emit_jump(Opcode::JUMP_FORWARD, head);
        self.pop_fblock();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt<'a>,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        if self.ur().kind != UnitKind::AsyncFunction {
            return self.error_at("'async for' outside async function", s.loc);
        }
        self.expr(iter)?;
        self.u().loc = s.loc;
        self.emit(Opcode::GET_AITER, 0);
        let head = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.bind(head);
        let depth = self.ur().depth + 1;
        self.push_handler(except, depth, false);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Const::None);
        self.yield_from_loop(true);
        self.pop_handler();
        self.u().depth += 1;
        let hl = self.ur().handler_stack.len();
        self.push_fblock(FBlock::ForLoop { head, exit: end }, hl)?;
        self.store_target(target)?;
        self.stmts(body)?;
        self.u().loc = s.loc;
        self.emit_jump(Opcode::JUMP_FORWARD, head);
        self.pop_fblock();
        self.u().depth -= 1;
        self.bind(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ---- unwinding -----------------------------------------------------------------

    /// Emits the code that leaves one frame block (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, fb: super::FBlockEntry<'a>, preserve_tos: bool) -> CResult {
        match fb.kind {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.u().depth -= 1;
            }
            FBlock::TryExcept => self.u().handler_stack.truncate(fb.handlers),
            FBlock::FinallyTry { body } => {
                self.u().handler_stack.truncate(fb.handlers);
                if preserve_tos {
                    let hl = self.ur().handler_stack.len();
                    self.push_fblock(FBlock::PopValue, hl)?;
                }
                let loc = self.ur().loc;
                self.stmts(body)?;
                self.u().loc = loc;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.u().handler_stack.truncate(fb.handlers);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.u().depth -= 2;
            }
            FBlock::With { is_async, loc } => {
                let saved = self.ur().loc;
                self.u().loc = loc;
                self.u().handler_stack.truncate(fb.handlers);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if is_async {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Const::None);
                    self.yield_from_loop(true);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.u().depth -= 1;
                self.u().loc = saved;
            }
            FBlock::HandlerCleanup { name, .. } => {
                self.u().handler_stack.truncate(fb.handlers);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
                self.u().depth -= 1;
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.name_op(n, Ctx::Store)?;
                    self.name_op(n, Ctx::Del)?;
                }
            }
            FBlock::ExceptionGroupHandler => {
                return self
                    .error("'break', 'continue' and 'return' cannot appear in an except* block");
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.u().depth -= 1;
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks from the innermost outwards; with `want_loop`, stops at (and
    /// returns) the innermost loop without unwinding it.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<super::FBlockEntry<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else {
            return Ok(None);
        };
        if want_loop && matches!(top.kind, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, want_loop));
        self.u().fblocks.push(top);
        r
    }

    fn save_block_state(&self) -> (Vec<crate::assemble::HandlerId>, u32) {
        (self.ur().handler_stack.clone(), self.ur().depth)
    }

    fn restore_block_state(&mut self, st: (Vec<crate::assemble::HandlerId>, u32)) {
        self.u().handler_stack = st.0;
        self.u().depth = st.1;
    }

    fn return_stmt(&mut self, s: &'a Stmt<'a>, value: Option<&'a Expr<'a>>) -> CResult {
        if !self.in_function() {
            return self.error_at("'return' outside function", s.loc);
        }
        let sc = self.table.scope(self.ur().scope);
        if value.is_some() && sc.is_coroutine && sc.is_generator {
            return self.error_at("'return' with value in async generator", s.loc);
        }
        let folded = value.and_then(fold::fold);
        let preserve_tos = value.is_some() && folded.is_none();
        let saved = self.save_block_state();
        if preserve_tos {
            if let Some(v) = value {
                self.expr(v)?;
            }
            self.u().depth += 1;
        } else if let Some(v) = value {
            self.u().loc = v.loc;
        }
        // As CPython: the unwinding carries the statement's location unless a constant
        // return value sits on the same line.
        if !matches!(value, Some(v) if v.loc.line == s.loc.line) {
            self.u().loc = s.loc;
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        self.u().loc = s.loc;
        match (value, folded) {
            (None, _) => self.load_const(Const::None),
            (Some(_), Some(c)) => self.load_const(c),
            _ => {}
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        self.restore_block_state(saved);
        Ok(())
    }

    fn break_stmt(&mut self) -> CResult {
        let saved = self.save_block_state();
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return self.error("'break' outside loop");
        };
        self.unwind_fblock(lp, false)?;
        if let FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } = lp.kind {
            self.emit_jump(Opcode::JUMP_FORWARD, exit);
        }
        self.restore_block_state(saved);
        Ok(())
    }

    fn continue_stmt(&mut self) -> CResult {
        let saved = self.save_block_state();
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return self.error("'continue' not properly in loop");
        };
        if let FBlock::WhileLoop { head, .. } | FBlock::ForLoop { head, .. } = lp.kind {
            self.emit_jump(Opcode::JUMP_FORWARD, head);
        }
        self.restore_block_state(saved);
        Ok(())
    }

    // ---- exceptions ----------------------------------------------------------------

    fn try_except(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let loc = self.ur().loc;
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let d = self.ur().depth;
        let hl = self.ur().handler_stack.len();
        self.push_handler(except, d, false);
        self.push_fblock(FBlock::TryExcept, hl)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(Opcode::JUMP_FORWARD, end);

        // Exception path: [exc]
        self.bind(except);
        self.u().loc = loc;
        let hl = self.ur().handler_stack.len();
        self.push_handler(cleanup, d + 1, true);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlock::ExceptionHandler, hl)?;
        for (i, h) in handlers.iter().enumerate() {
            self.u().loc = h.loc;
            if h.typ.is_none() && i + 1 < handlers.len() {
                return self.error_at("default 'except:' must be last", h.loc);
            }
            let next = self.new_label();
            if let Some(t) = h.typ {
                self.expr(t)?;
                self.u().loc = h.loc;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
            }
            self.u().depth = d + 1;
            match h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store)?;
                    let cleanup_end = self.new_label();
                    self.push_handler(cleanup_end, d + 1, true);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name) }, hl)?;
                    self.stmts(h.body)?;
                    self.pop_fblock();
                    self.pop_handler(); // cleanup_end
                    self.pop_handler(); // cleanup
                    self.u().loc = h.loc;
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.load_const(Const::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                    // An exception inside the handler body: [prev_exc, lasti, exc2]
                    self.push_handler(cleanup, d + 1, true);
                    self.bind(cleanup_end);
                    self.load_const(Const::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, hl)?;
                    self.stmts(h.body)?;
                    self.pop_fblock();
                    self.pop_handler(); // cleanup
                    self.u().loc = h.loc;
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                    self.push_handler(cleanup, d + 1, true);
                }
            }
            self.u().depth = d;
            self.bind(next);
        }
        // No handler matched: re-raise [prev_exc, exc].
        self.pop_fblock();
        self.u().loc = loc;
        self.emit(Opcode::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn try_except_any(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        is_star: bool,
    ) -> CResult {
        if is_star {
            self.try_star_except(body, handlers, orelse)
        } else {
            self.try_except(body, handlers, orelse)
        }
    }

    /// `try: ... except* T: ...` (CPython 3.11's `compiler_try_star_except`): every
    /// handler splits the remaining exception group; what the handlers raise and what
    /// none matched is recombined by `PREP_RERAISE_STAR`.
    fn try_star_except(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let loc = self.ur().loc;
        let except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let d = self.ur().depth;
        let hl = self.ur().handler_stack.len();
        self.push_handler(except, d, false);
        self.push_fblock(FBlock::TryExcept, hl)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.emit_jump(Opcode::JUMP_FORWARD, orelse_l);

        // [exc]
        self.bind(except);
        self.u().loc = loc;
        let hl = self.ur().handler_stack.len();
        self.push_handler(cleanup, d + 1, true);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlock::ExceptionGroupHandler, hl)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.u().loc = h.loc;
            let no_match = self.new_label();
            let next = self.new_label();
            let with_error = self.new_label();
            if i == 0 {
                // [prev, exc] -> [prev, orig, [], exc]
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(t) = h.typ {
                self.expr(t)?;
                self.u().loc = h.loc;
                self.emit(Opcode::CHECK_EG_MATCH, 0);
                self.emit(Opcode::COPY, 1);
                self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            match h.name {
                Some(name) => self.name_op(name, Ctx::Store)?,
                None => self.emit(Opcode::POP_TOP, 0),
            }
            // [prev, orig, list, rest]
            let cleanup_end = self.new_label();
            self.u().depth = d + 4;
            let inner = self.ur().handler_stack.len();
            self.push_handler(cleanup_end, d + 4, true);
            self.push_fblock(FBlock::HandlerCleanup { name: h.name }, inner)?;
            self.stmts(h.body)?;
            self.pop_fblock();
            self.pop_handler();
            self.u().loc = h.loc;
            if let Some(name) = h.name {
                self.load_const(Const::None);
                self.name_op(name, Ctx::Store)?;
                self.name_op(name, Ctx::Del)?;
            }
            self.emit_jump(Opcode::JUMP_FORWARD, next);
            // An exception inside the handler: [prev, orig, list, rest, lasti, exc2]
            self.bind(cleanup_end);
            if let Some(name) = h.name {
                self.load_const(Const::None);
                self.name_op(name, Ctx::Store)?;
                self.name_op(name, Ctx::Del)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Opcode::JUMP_FORWARD, with_error);
            self.bind(next);
            self.emit_jump(Opcode::JUMP_FORWARD, with_error);
            self.bind(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.bind(with_error);
            self.u().depth = d;
            if i + 1 == n {
                self.emit(Opcode::LIST_APPEND, 1);
                self.emit_jump(Opcode::JUMP_FORWARD, reraise_star);
            }
        }
        self.pop_fblock();
        self.u().loc = loc;
        let reraise = self.new_label();
        // [prev, orig, list]
        self.bind(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.pop_handler();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        self.bind(reraise);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse_l);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `[prev_exc, lasti, exc] -> ` restore the handled exception and re-raise.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
        is_star: bool,
    ) -> CResult {
        let loc = self.ur().loc;
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let d = self.ur().depth;
        let hl = self.ur().handler_stack.len();
        self.push_handler(end, d, false);
        self.push_fblock(FBlock::FinallyTry { body: finalbody }, hl)?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except_any(body, handlers, orelse, is_star)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.emit_jump(Opcode::JUMP_FORWARD, exit);

        // Exception path: [exc]
        self.bind(end);
        self.u().loc = loc;
        let hl = self.ur().handler_stack.len();
        self.push_handler(cleanup, d + 1, true);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.u().depth = d + 2;
        self.push_fblock(FBlock::FinallyEnd, hl)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.u().depth = d;
        self.u().loc = loc;
        self.emit(Opcode::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Opcode::CALL, 3);
    }

    fn with_stmt(
        &mut self,
        s: &'a Stmt<'a>,
        is_async: bool,
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    ) -> CResult {
        if is_async && self.ur().kind != UnitKind::AsyncFunction {
            return self.error_at("'async with' outside async function", s.loc);
        }
        self.with_items(s, is_async, items, body)
    }

    fn with_items(
        &mut self,
        s: &'a Stmt<'a>,
        is_async: bool,
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(item.context_expr)?;
        self.u().loc = s.loc;
        let d = self.ur().depth;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        let hl = self.ur().handler_stack.len();
        self.push_handler(final_, d + 1, true);
        self.u().depth = d + 1;
        self.push_fblock(
            FBlock::With {
                is_async,
                loc: s.loc,
            },
            hl,
        )?;
        match item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.with_items(s, is_async, rest, body)?;
        self.pop_fblock();
        self.pop_handler();
        self.u().loc = s.loc;
        self.call_exit_with_nones();
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.u().depth = d;
        self.emit_jump(Opcode::JUMP_FORWARD, exit);

        // Exception path: [exit, lasti, exc]
        self.bind(final_);
        self.push_handler(cleanup, d + 3, true);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        }
        let suppress = self.new_label();
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.push_handler(cleanup, d + 3, true);
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.pop_handler();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(exit);
        Ok(())
    }
}

/// How CPython names an expression kind in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr<'_>) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The location CPython 3.11's `compiler_jump_if` leaves behind for `e`: a comparison
/// sets it (and `not`, `and`/`or` and conditional expressions recurse into their last
/// operand); anything else leaves the statement's.
fn jump_if_loc(e: &Expr<'_>) -> Option<coil_syntax::ast::Loc> {
    match &e.kind {
        ExprKind::Compare { .. } => Some(e.loc),
        ExprKind::UnaryOp {
            op: coil_syntax::ast::UnaryOp::Not,
            operand,
        } => jump_if_loc(operand),
        ExprKind::BoolOp { values, .. } => values.last().and_then(jump_if_loc),
        ExprKind::IfExp { orelse, .. } => jump_if_loc(orelse),
        _ => None,
    }
}
