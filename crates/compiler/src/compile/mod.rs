//! Code generation driver: code units (one per module/function/class/lambda/comprehension),
//! name resolution to opcodes, constants and names tables, frame blocks for
//! break/continue/return unwinding, and the lexical exception-handler stack.
//!
//! Exception handling is "zero-cost" as in CPython 3.11, but the handler of each
//! instruction is tracked lexically: `push_handler` makes a handler current for every
//! instruction emitted until `pop_handler`; the assembler turns runs of instructions with
//! the same handler into exception-table rows. Every handler states its stack depth
//! explicitly, from `Unit::depth`, the number of values that enclosing blocks (loop
//! iterators, `with` exit functions, saved exceptions) keep on the stack at statement level.

mod expr;
mod pattern;
mod stmt;

pub(crate) use stmt::check_future;

use crate::assemble::{Emitter, HandlerDef, HandlerId, Label};
use crate::code::{CodeFlags, CodeObject, Const, Position};
use crate::opcode::Opcode;
use crate::symtable::{
    mangle, ScopeId, ScopeKind, SymScope, SymbolTable, DEF_FREE_CLASS, DEF_PARAM,
};
use coil_syntax::ast::*;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A compile error before it gets its source text.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub msg: String,
    pub loc: Loc,
}

pub type CResult<T = ()> = Result<T, CompileError>;

/// Which top-level form is being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`).
    Exec,
    /// One expression (`eval`): the code returns its value.
    Eval,
    /// REPL input (`single`): expression statements print their repr (`PRINT_EXPR`).
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// What a `break`/`continue`/`return` must undo when leaving a block.
#[derive(Clone, Copy)]
pub(crate) enum FBlock<'a> {
    WhileLoop { head: Label, exit: Label },
    ForLoop { head: Label, exit: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt<'a>] },
    FinallyEnd,
    With { is_async: bool, loc: Loc },
    ExceptionHandler,
    HandlerCleanup { name: Option<&'a str> },
    ExceptionGroupHandler,
    PopValue,
}

#[derive(Clone, Copy)]
pub(crate) struct FBlockEntry<'a> {
    pub kind: FBlock<'a>,
    /// Handler-stack length to restore when this block is popped by unwinding
    /// (CPython's `POP_BLOCK`).
    pub handlers: usize,
}

pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub consts: Vec<Const>,
    const_map: FxHashMap<Const, u32>,
    pub names: Vec<String>,
    name_map: FxHashMap<String, u32>,
    pub varnames: Vec<String>,
    var_map: FxHashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub em: Emitter,
    pub handler_stack: Vec<HandlerId>,
    pub fblocks: Vec<FBlockEntry<'a>>,
    pub depth: u32,
    pub loc: Loc,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
}

pub(crate) struct Compiler<'a> {
    pub table: SymbolTable,
    pub filename: String,
    pub source: &'a str,
    pub units: Vec<Unit<'a>>,
    pub mode: Mode,
    pub future_annotations: bool,
    /// SyntaxWarnings (message, location) in emission order.
    pub warnings: Vec<(String, Loc)>,
}

/// `FUTURE_ANNOTATIONS` etc. found at the top of a module.
pub(crate) struct Futures {
    pub annotations: bool,
}

impl<'a> Compiler<'a> {
    pub fn new(
        table: SymbolTable,
        filename: &str,
        source: &'a str,
        mode: Mode,
        fut: Futures,
    ) -> Self {
        Compiler {
            table,
            filename: filename.to_string(),
            source,
            units: Vec::new(),
            mode,
            future_annotations: fut.annotations,
            warnings: Vec::new(),
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open")
    }

    pub fn error<T>(&self, msg: impl Into<String>) -> CResult<T> {
        Err(CompileError {
            msg: msg.into(),
            loc: self.ur().loc,
        })
    }

    /// Records a SyntaxWarning at the current location (CPython's `compiler_warn`).
    pub fn warn(&mut self, msg: impl Into<String>) {
        let loc = self.ur().loc;
        self.warnings.push((msg.into(), loc));
    }

    pub fn error_at<T>(&self, msg: impl Into<String>, loc: Loc) -> CResult<T> {
        Err(CompileError {
            msg: msg.into(),
            loc,
        })
    }

    // ---- units ---------------------------------------------------------------------

    pub fn enter_unit(&mut self, scope: ScopeId, kind: UnitKind, name: &str, loc: Loc) {
        let sc = self.table.scope(scope);
        let private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut cellvars = sc.names_with(SymScope::Cell);
        if kind == UnitKind::Class && sc.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let mut freevars: Vec<String> = sc
            .symbols
            .iter()
            .filter(|(_, s)| {
                s.scope == SymScope::Free
                    || (s.flags & DEF_FREE_CLASS != 0 && kind == UnitKind::Class)
            })
            .map(|(n, _)| n.clone())
            .collect();
        freevars.sort();
        let params: Vec<String> = sc.params.clone();
        let qualname = self.qualname_for(name, kind);
        let mut unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            private,
            consts: Vec::new(),
            const_map: FxHashMap::default(),
            names: Vec::new(),
            name_map: FxHashMap::default(),
            varnames: Vec::new(),
            var_map: FxHashMap::default(),
            cellvars,
            freevars,
            em: Emitter::default(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            loc,
            first_line: loc.line.max(1),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
        };
        for p in params {
            unit.var_index(&p);
        }
        self.units.push(unit);
        // Cells and free variables are set up before anything else runs.
        let ncells = self.ur().cellvars.len();
        for i in 0..ncells {
            self.emit(Opcode::MAKE_CELL, i as u32);
        }
        let nfree = self.ur().freevars.len();
        if nfree > 0 {
            self.emit(Opcode::COPY_FREE_VARS, nfree as u32);
        }
    }

    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if kind == UnitKind::Module {
            return name.to_string();
        }
        match parent.kind {
            UnitKind::Module => name.to_string(),
            UnitKind::Class | UnitKind::Comprehension => {
                // A name declared global in the class body is not nested.
                let mangled = mangle(parent.private.as_deref(), name);
                let s = self.table.scope(parent.scope).lookup(&mangled);
                if s == Some(SymScope::GlobalExplicit) {
                    name.to_string()
                } else {
                    format!("{}.{}", parent.qualname, name)
                }
            }
            _ => {
                let mangled = mangle(parent.private.as_deref(), name);
                let s = self.table.scope(parent.scope).lookup(&mangled);
                if s == Some(SymScope::GlobalExplicit) {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", parent.qualname, name)
                }
            }
        }
    }

    pub fn exit_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("a unit is open");
        let sc = self.table.scope(unit.scope);
        let mut flags = unit.flags;
        match unit.kind {
            UnitKind::Function
            | UnitKind::AsyncFunction
            | UnitKind::Lambda
            | UnitKind::Comprehension => {
                flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
                if self.nested() {
                    flags |= CodeFlags::NESTED;
                }
                match (sc.is_generator, sc.is_coroutine) {
                    (true, true) => flags |= CodeFlags::ASYNC_GENERATOR,
                    (true, false) => flags |= CodeFlags::GENERATOR,
                    (false, true) => flags |= CodeFlags::COROUTINE,
                    (false, false) => {}
                }
            }
            // CPython sets no flags on class bodies, nested or not.
            UnitKind::Class | UnitKind::Module => {}
        }
        if self.future_annotations {
            flags |= CodeFlags::FUTURE_ANNOTATIONS;
        }
        let cell2arg = unit
            .cellvars
            .iter()
            .map(|c| {
                if sc.flags(c) & DEF_PARAM != 0 {
                    unit.var_map.get(c).copied()
                } else {
                    None
                }
            })
            .collect();
        let asm = unit.em.assemble();
        CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags: CodeFlags(flags),
            varnames: unit.varnames,
            cellvars: unit.cellvars,
            freevars: unit.freevars,
            cell2arg,
            names: unit.names,
            consts: unit.consts,
            code: asm.code,
            positions: asm.positions,
            exception_table: asm.exception_table,
            max_stack: asm.max_stack,
            num_caches: asm.num_caches,
        }
    }

    /// True when an enclosing unit is a function (CPython's `CO_NESTED`).
    fn nested(&self) -> bool {
        self.units
            .iter()
            .any(|p| !matches!(p.kind, UnitKind::Module | UnitKind::Class))
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.table.scope(self.ur().scope).kind
    }

    // ---- emission ------------------------------------------------------------------

    fn pos(&self) -> Position {
        let l = self.ur().loc;
        Position {
            line: l.line,
            end_line: l.end_line,
            col: l.col,
            end_col: l.end_col,
        }
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let pos = self.pos();
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        u.em.instrs.push(crate::assemble::PendingInstr {
            op,
            arg,
            target: None,
            pos,
            handler,
        });
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        let pos = self.pos();
        let u = self.u();
        let handler = u.handler_stack.last().copied();
        u.em.instrs.push(crate::assemble::PendingInstr {
            op,
            arg: 0,
            target: Some(target),
            pos,
            handler,
        });
    }

    pub fn new_label(&mut self) -> Label {
        self.u().em.new_label()
    }

    pub fn bind(&mut self, l: Label) {
        self.u().em.bind(l)
    }

    pub fn load_const(&mut self, c: Const) {
        let i = self.u().const_index(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn const_index(&mut self, c: Const) -> u32 {
        self.u().const_index(c)
    }

    pub fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.u().name_index(name);
        self.emit(op, i);
    }

    /// Like `emit_name` with the name mangled for the enclosing class.
    pub fn emit_mangled(&mut self, op: Opcode, name: &str) {
        let m = mangle(self.ur().private.as_deref(), name);
        self.emit_name(op, &m);
    }

    /// Makes a handler current: instructions emitted from now on jump to `target` when
    /// they raise, with the stack unwound to `depth` values.
    pub fn push_handler(&mut self, target: Label, depth: u32, lasti: bool) {
        let u = self.u();
        let id = u.em.new_handler(HandlerDef {
            target,
            depth,
            lasti,
        });
        u.handler_stack.push(id);
    }

    pub fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    /// Enters a frame block; CPython allows 20 (`CO_MAXBLOCKS`) nested in one unit.
    pub fn push_fblock(&mut self, kind: FBlock<'a>, handlers: usize) -> CResult {
        if self.ur().fblocks.len() >= 20 {
            return self.error("too many statically nested blocks");
        }
        self.u().fblocks.push(FBlockEntry { kind, handlers });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ---- names ---------------------------------------------------------------------

    /// Emits the load/store/delete of a variable, choosing FAST/DEREF/GLOBAL/NAME ops
    /// from the symbol table.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult {
        if name == "__debug__" && ctx != Ctx::Load {
            return self.error(if ctx == Ctx::Del {
                "cannot delete __debug__"
            } else {
                "cannot assign to __debug__"
            });
        }
        let mangled = mangle(self.ur().private.as_deref(), name);
        let u = self.ur();
        let scope = self.table.scope(u.scope);
        let function = scope.kind == ScopeKind::Function;
        let class = u.kind == UnitKind::Class;
        enum Kind {
            Fast,
            Global,
            Deref,
            Name,
        }
        let kind = match scope.lookup(&mangled) {
            Some(SymScope::Free) | Some(SymScope::Cell) => Kind::Deref,
            Some(SymScope::Local) if function => Kind::Fast,
            Some(SymScope::GlobalImplicit) if function => Kind::Global,
            Some(SymScope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        match kind {
            Kind::Fast => {
                let i = self.u().var_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_FAST,
                    Ctx::Store => Opcode::STORE_FAST,
                    Ctx::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            Kind::Deref => {
                let Some(i) = self.ur().cell_index(&mangled) else {
                    return self.error(format!("internal error: no cell for '{mangled}'"));
                };
                let op = match ctx {
                    Ctx::Load if class => Opcode::LOAD_CLASSDEREF,
                    Ctx::Load => Opcode::LOAD_DEREF,
                    Ctx::Store => Opcode::STORE_DEREF,
                    Ctx::Del => Opcode::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            Kind::Global => {
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_GLOBAL,
                    Ctx::Store => Opcode::STORE_GLOBAL,
                    Ctx::Del => Opcode::DELETE_GLOBAL,
                };
                self.emit_name(op, &mangled);
            }
            Kind::Name => {
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_NAME,
                    Ctx::Store => Opcode::STORE_NAME,
                    Ctx::Del => Opcode::DELETE_NAME,
                };
                self.emit_name(op, &mangled);
            }
        }
        Ok(())
    }

    /// Pushes a new function object for `code`, with its closure when it has free
    /// variables; `flags` says which of defaults/kwdefaults/annotations are on the stack.
    pub fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let Some(i) = self.ur().cell_index(name) else {
                    return self.error(format!("internal error: no closure cell for '{name}'"));
                };
                self.emit(Opcode::LOAD_CLOSURE, i);
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    pub fn in_function(&self) -> bool {
        self.scope_kind() == ScopeKind::Function
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Unit<'a> {
    pub fn const_index(&mut self, c: Const) -> u32 {
        if let Some(&i) = self.const_map.get(&c) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c.clone());
        self.const_map.insert(c, i);
        i
    }

    pub fn name_index(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_map.get(n) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(n.to_string());
        self.name_map.insert(n.to_string(), i);
        i
    }

    pub fn var_index(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.var_map.get(n) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(n.to_string());
        self.var_map.insert(n.to_string(), i);
        i
    }

    /// Index of `n` among `cellvars ++ freevars`.
    pub fn cell_index(&self, n: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == n) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|c| c == n)
            .map(|i| (i + self.cellvars.len()) as u32)
    }
}
