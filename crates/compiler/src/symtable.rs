//! Symbol tables: which scope each name lives in (local, global, nonlocal/free, cell),
//! for module, class, function, lambda and comprehension scopes, with CPython's checks.
//!
//! Two passes, as CPython's `symtable.c`: a walk records, per scope, how each name is used
//! (`DEF_*` flags); `analyze` then resolves every name top-down, passing the set of names
//! bound by enclosing function scopes (`bound`) and collecting free variables bottom-up,
//! turning captured locals into cells. Class scopes bind nothing for their children, except
//! the implicit `__class__` cell that `super()` and `__class__` in methods refer to.

use coil_syntax::ast::*;
use rustc_hash::{FxHashMap, FxHashSet};

pub const DEF_GLOBAL: u16 = 1;
pub const DEF_LOCAL: u16 = 2;
pub const DEF_PARAM: u16 = 4;
pub const DEF_NONLOCAL: u16 = 8;
pub const USE: u16 = 16;
pub const DEF_FREE_CLASS: u16 = 32;
pub const DEF_IMPORT: u16 = 64;
pub const DEF_ANNOT: u16 = 128;
pub const DEF_COMP_ITER: u16 = 256;
const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// A scope's index in `SymbolTable::scopes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Where a name resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u16,
    pub scope: SymScope,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: FxHashMap<String, Symbol>,
    /// Symbol names in first-seen order (for deterministic output).
    pub order: Vec<String>,
    /// Parameters in declaration order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub comprehension: Option<CompKind>,
    pub returns_value: bool,
    /// A class whose methods use `__class__` / `super()`.
    pub needs_class_closure: bool,
    /// Where `global`/`nonlocal` named each name (for error locations).
    directives: FxHashMap<String, Loc>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    pub loc: Loc,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, loc: Loc) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: FxHashMap::default(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            comprehension: None,
            returns_value: false,
            needs_class_closure: false,
            directives: FxHashMap::default(),
            comp_iter_target: false,
            comp_iter_expr: 0,
            loc,
        }
    }

    pub fn flags(&self, name: &str) -> u16 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of a (mangled) name; names never seen are implicit globals.
    pub fn lookup(&self, name: &str) -> Option<SymScope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    /// Names with the given resolution, sorted (CPython orders cellvars/freevars so).
    pub fn names_with(&self, scope: SymScope) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// A compile-time error found by the symbol-table pass.
#[derive(Clone, Debug)]
pub struct SymError {
    pub msg: String,
    pub loc: Loc,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// The scope created for an AST node (function def, class def, lambda, comprehension).
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    pub const ROOT: ScopeId = ScopeId(0);
}

/// `_Class__name` mangling of private names inside a class.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}

/// Builds and analyzes the symbol table of a module (or an expression: pass one `Expr`
/// statement).
pub fn build(body: &[Stmt<'_>], future_annotations: bool) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", Loc::default())],
        by_node: FxHashMap::default(),
        stack: vec![ScopeId(0)],
        private: None,
        future_annotations,
        depth: 0,
    };
    for s in body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    let mut free = FxHashSet::default();
    analyze(
        &mut table,
        ScopeId(0),
        None,
        &mut free,
        &FxHashSet::default(),
    )?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: FxHashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    private: Option<String>,
    future_annotations: bool,
    /// Nesting of statements and expressions being visited (CPython's
    /// `recursion_depth`, limited to 3 x the default recursion limit).
    depth: u32,
}

/// The message of the RecursionError CPython raises for too deeply nested code; callers
/// that can raise RecursionError recognise it (`SyntaxError::msg`).
pub const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";
const MAX_DEPTH: u32 = 2990;

fn err<T>(msg: String, loc: Loc) -> Result<T, SymError> {
    Err(SymError { msg, loc })
}

type R = Result<(), SymError>;

impl Builder {
    fn cur_id(&self) -> ScopeId {
        *self.stack.last().expect("scope stack never empty")
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id.0 as usize]
    }

    fn enter<T>(&mut self, kind: ScopeKind, name: &str, node: &T, loc: Loc) {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope::new(kind, name, loc));
        self.cur().children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u16, loc: Loc) -> R {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, loc)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u16, loc: Loc) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.scopes[id.0 as usize];
        let mut val = match scope.symbols.get(mangled.as_ref()) {
            Some(sym) => {
                if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                    return err(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    );
                }
                sym.flags | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    loc,
                );
            }
            val |= DEF_COMP_ITER;
        }
        set_flags(scope, &mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled.to_string());
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.scopes[0];
            let v = module.flags(&mangled) | flag;
            set_flags(module, &mangled, v);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt<'_>]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, es: &[Expr<'_>]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn annotation(&mut self, e: Option<&Expr<'_>>) -> R {
        match e {
            Some(e) if !self.future_annotations => self.expr(e),
            _ => Ok(()),
        }
    }

    fn stmt(&mut self, s: &Stmt<'_>) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err(RECURSION_MSG.into(), s.loc);
        }
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt<'_>) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(f.name, DEF_LOCAL, s.loc)?;
                self.exprs(f.args.defaults)?;
                for d in f.args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.arg_annotations(f.args)?;
                self.annotation(f.returns)?;
                self.exprs(f.decorator_list)?;
                self.enter(ScopeKind::Function, f.name, *f, s.loc);
                if f.is_async {
                    self.cur().is_coroutine = true;
                }
                self.params(f.args)?;
                self.stmts(f.body)?;
                self.exit();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(c.name, DEF_LOCAL, s.loc)?;
                self.exprs(c.bases)?;
                for k in c.keywords {
                    self.expr(k.value)?;
                }
                self.exprs(c.decorator_list)?;
                self.enter(ScopeKind::Class, c.name, *c, s.loc);
                let saved = self.private.replace(c.name.to_string());
                self.stmts(c.body)?;
                self.private = saved;
                self.exit();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            StmtKind::Delete(ts) => {
                for t in *ts {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in *targets {
                    self.target(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(name) = target.kind {
                    let mangled = mangle(self.private.as_deref(), name).into_owned();
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id().0 != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(format!("annotated name '{name}' can't be {what}"), s.loc);
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.target(target)?;
                }
                self.annotation(Some(annotation))?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in *items {
                    self.expr(item.context_expr)?;
                    if let Some(v) = item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in *cases {
                    self.pattern(case.pattern)?;
                    if let Some(g) = case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in *handlers {
                    if let Some(t) = h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in *names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return err("import * only allowed at module level".into(), a.loc);
                        }
                        continue;
                    }
                    let stored = match a.asname {
                        Some(n) => n,
                        None => a.name.split('.').next().unwrap_or(a.name),
                    };
                    self.add_def(stored, DEF_IMPORT, a.loc)?;
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let global = matches!(s.kind, StmtKind::Global(_));
                let word = if global { "global" } else { "nonlocal" };
                for name in *names {
                    let mangled = mangle(self.private.as_deref(), name).into_owned();
                    let cur = self.cur().flags(&mangled);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and {word}")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to {word} declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be {word}")
                        } else {
                            format!("name '{name}' is assigned to before {word} declaration")
                        };
                        return err(msg, s.loc);
                    }
                    self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, s.loc)?;
                    self.cur().directives.entry(mangled).or_insert(s.loc);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn arg_annotations(&mut self, a: &Arguments<'_>) -> R {
        let all = a
            .posonlyargs
            .iter()
            .chain(a.args)
            .chain(a.vararg)
            .chain(a.kwonlyargs)
            .chain(a.kwarg);
        for arg in all {
            self.annotation(arg.annotation)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments<'_>) -> R {
        for arg in a.posonlyargs.iter().chain(a.args).chain(a.kwonlyargs) {
            self.add_def(arg.arg, DEF_PARAM, arg.loc)?;
        }
        // co_varnames order: positional, keyword-only, then *args and **kwargs.
        if let Some(v) = a.vararg {
            self.add_def(v.arg, DEF_PARAM, v.loc)?;
        }
        if let Some(k) = a.kwarg {
            self.add_def(k.arg, DEF_PARAM, k.loc)?;
        }
        Ok(())
    }

    /// An assignment / deletion / loop target.
    fn target(&mut self, e: &Expr<'_>) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err(RECURSION_MSG.into(), e.loc);
        }
        let r = self.target_inner(e);
        self.depth -= 1;
        r
    }

    fn target_inner(&mut self, e: &Expr<'_>) -> R {
        match &e.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, e.loc),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Starred(v) => self.target(v),
            ExprKind::List(es) | ExprKind::Tuple(es) => es.iter().try_for_each(|x| self.target(x)),
            // Anything else is rejected by the compiler; visit it for uses.
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr<'_>) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err(RECURSION_MSG.into(), e.loc);
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr<'_>) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.cur().comp_iter_expr > 0 {
                    return err(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .into(),
                        e.loc,
                    );
                }
                self.expr(value)?;
                if let ExprKind::Name(name) = target.kind {
                    if self.cur().comprehension.is_some() {
                        self.extend_namedexpr_scope(name, target.loc)?;
                    } else {
                        self.target(target)?;
                    }
                } else {
                    self.target(target)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter(ScopeKind::Function, "lambda", e, e.loc);
                self.params(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values.iter()) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(es)
            | ExprKind::List(es)
            | ExprKind::Tuple(es)
            | ExprKind::JoinedStr(es) => self.exprs(es)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_check(e.loc)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_check(e.loc)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in *keywords {
                    self.expr(k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => {
                self.add_def(n, USE, e.loc)?;
                if *n == "super" && self.cur().kind == ScopeKind::Function {
                    self.add_def("__class__", USE, e.loc)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, loc: Loc) -> R {
        let cur = self.cur();
        cur.is_generator = true;
        if let Some(kind) = cur.comprehension {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Generator => "generator expression",
            };
            return err(format!("'yield' inside {what}"), loc);
        }
        Ok(())
    }

    /// `(x := v)` inside a comprehension binds `x` in the nearest enclosing function or
    /// module scope.
    fn extend_namedexpr_scope(&mut self, name: &str, tloc: Loc) -> R {
        let cur_id = self.cur_id();
        if self.scopes[cur_id.0 as usize].flags(name) & DEF_COMP_ITER != 0 {
            return err(
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                ),
                tloc,
            );
        }
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.scopes[id.0 as usize];
            if scope.comprehension.is_some() {
                if scope.flags(name) & DEF_COMP_ITER != 0 {
                    return err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        tloc,
                    );
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, tloc)?;
                    self.cur()
                        .directives
                        .entry(name.to_string())
                        .or_insert(tloc);
                    return self.add_def_in(id, name, DEF_LOCAL, tloc);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, tloc)?;
                    return self.add_def_in(id, name, DEF_GLOBAL, tloc);
                }
                ScopeKind::Class => {
                    return err(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .into(),
                        tloc,
                    );
                }
            }
        }
        Ok(())
    }

    fn comprehension<'a>(
        &mut self,
        node: &Expr<'a>,
        kind: CompKind,
        generators: &[Comprehension<'a>],
        elt: &Expr<'a>,
        value: Option<&Expr<'a>>,
    ) -> R {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let r = self.expr(first.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        let name = match kind {
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
            CompKind::Generator => "genexpr",
        };
        self.enter(ScopeKind::Function, name, node, node.loc);
        self.cur().comprehension = Some(kind);
        if first.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, node.loc)?;
        self.cur().comp_iter_target = true;
        let r = self.target(first.target);
        self.cur().comp_iter_target = false;
        r?;
        self.exprs(first.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            let r = self.target(g.target);
            self.cur().comp_iter_target = false;
            r?;
            self.cur().comp_iter_expr += 1;
            let r = self.expr(g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.exprs(g.ifs)?;
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        if kind == CompKind::Generator {
            self.cur().is_generator = true;
        }
        self.exit();
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern<'_>) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err(RECURSION_MSG.into(), p.loc);
        }
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &Pattern<'_>) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                ps.iter().try_for_each(|x| self.pattern(x))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|x| self.pattern(x))?;
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
                Ok(())
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|x| self.pattern(x))?;
                kwd_patterns.iter().try_for_each(|x| self.pattern(x))
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                None => Ok(()),
            },
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                    None => Ok(()),
                }
            }
        }
    }
}

fn set_flags(scope: &mut Scope, name: &str, flags: u16) {
    match scope.symbols.get_mut(name) {
        Some(sym) => sym.flags = flags,
        None => {
            scope.order.push(name.to_string());
            scope.symbols.insert(
                name.to_string(),
                Symbol {
                    flags,
                    scope: SymScope::GlobalImplicit,
                },
            );
        }
    }
}

type NameSet = FxHashSet<String>;

/// Resolves every name of scope `id` and its children. `bound`: names bound by enclosing
/// function scopes (None at module level); `free` collects this scope's free names for its
/// parent; `global`: names known global.
fn analyze(
    t: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&NameSet>,
    free: &mut NameSet,
    global: &NameSet,
) -> Result<(), SymError> {
    let kind = t.scope(id).kind;
    let mut local = NameSet::default();
    let mut global = global.clone();
    let mut scopes: FxHashMap<String, SymScope> = FxHashMap::default();
    let names = t.scope(id).order.clone();
    for name in &names {
        let scope = t.scope(id);
        let flags = scope.flags(name);
        let directive = scope.directives.get(name).copied().unwrap_or(scope.loc);
        let s = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return err(format!("name '{name}' is nonlocal and global"), directive);
            }
            global.insert(name.clone());
            SymScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(bound) = bound else {
                return err(
                    "nonlocal declaration not allowed at module level".into(),
                    directive,
                );
            };
            if !bound.contains(name) {
                return err(format!("no binding for nonlocal '{name}' found"), directive);
            }
            free.insert(name.clone());
            SymScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            SymScope::Local
        } else if bound.is_some_and(|b| b.contains(name)) {
            free.insert(name.clone());
            SymScope::Free
        } else {
            SymScope::GlobalImplicit
        };
        scopes.insert(name.clone(), s);
    }

    let mut newbound = NameSet::default();
    if kind == ScopeKind::Function {
        newbound.extend(local.iter().cloned());
    }
    if let Some(b) = bound {
        newbound.extend(b.iter().cloned());
    }
    if kind == ScopeKind::Class {
        newbound.insert("__class__".to_string());
    }

    let mut newfree = NameSet::default();
    let children = t.scope(id).children.clone();
    for child in children {
        let mut child_free = NameSet::default();
        analyze(t, child, Some(&newbound), &mut child_free, &global)?;
        newfree.extend(child_free);
    }
    // A module's children see no `bound` set: top-level names are globals.
    if kind == ScopeKind::Module {
        // Nothing to bind: children of the module got `Some(newbound)` with only
        // function locals, which is empty here.
    }

    if kind == ScopeKind::Function {
        for name in &local {
            if newfree.remove(name) {
                scopes.insert(name.clone(), SymScope::Cell);
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        t.scopes[id.0 as usize].needs_class_closure = true;
    }

    let scope = &mut t.scopes[id.0 as usize];
    for (name, s) in &scopes {
        if let Some(sym) = scope.symbols.get_mut(name) {
            sym.scope = *s;
        }
    }
    for name in &newfree {
        if let Some(sym) = scope.symbols.get_mut(name) {
            if kind == ScopeKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if !bound.is_some_and(|b| b.contains(name)) {
            continue;
        }
        scope.order.push(name.clone());
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: SymScope::Free,
            },
        );
    }
    free.extend(newfree);
    Ok(())
}
