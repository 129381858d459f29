//! Code objects: the compiler's output, plain owned Rust data (no VM types).

use crate::opcode::Opcode;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// An inline-cache slot index (dense per code object), or `CacheSlot::NONE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CacheSlot(pub u32);

impl CacheSlot {
    pub const NONE: CacheSlot = CacheSlot(u32::MAX);

    pub fn index(self) -> Option<usize> {
        (self != CacheSlot::NONE).then_some(self.0 as usize)
    }
}

/// One instruction: 12 bytes, decoded by a plain field load.
///
/// ```text
///  byte 0      4          8          12
///  +----+------+----------+----------+
///  | op | pad  |   arg    |  cache   |
///  +----+------+----------+----------+
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
    /// Inline-cache slot for ops with `Opcode::uses_cache()`, else `CacheSlot::NONE`.
    pub cache: CacheSlot,
}

/// A source range, as CPython 3.11's `co_positions()`: 1-based lines, 0-based UTF-8 byte
/// columns; all zero when the instruction has no location.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the zero-cost exception table: an exception raised by an instruction in
/// `start..end` unwinds the value stack to `depth` items, pushes the raising instruction's
/// index as an int when `lasti` is set, pushes the exception, and jumps to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Code flags, with CPython's `CO_*` values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// `from __future__ import annotations` (CPython's CO_FUTURE_ANNOTATIONS).
    pub const FUTURE_ANNOTATIONS: u32 = 0x1000000;

    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }

    /// Names of the set flags, CPython's spelling (`OPTIMIZED, NEWLOCALS, ...`).
    pub fn names(self) -> Vec<&'static str> {
        const NAMES: [(u32, &str); 11] = [
            (CodeFlags::OPTIMIZED, "OPTIMIZED"),
            (CodeFlags::NEWLOCALS, "NEWLOCALS"),
            (CodeFlags::VARARGS, "VARARGS"),
            (CodeFlags::VARKEYWORDS, "VARKEYWORDS"),
            (CodeFlags::NESTED, "NESTED"),
            (CodeFlags::GENERATOR, "GENERATOR"),
            (CodeFlags::NOFREE, "NOFREE"),
            (CodeFlags::COROUTINE, "COROUTINE"),
            (CodeFlags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
            (CodeFlags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
            (CodeFlags::FUTURE_ANNOTATIONS, "FUTURE_ANNOTATIONS"),
        ];
        NAMES
            .iter()
            .filter(|(f, _)| self.has(*f))
            .map(|(_, n)| *n)
            .collect()
    }
}

/// A compile-time constant. Equality and hashing follow `co_consts` de-duplication:
/// floats compare by bits (so `0.0` and `-0.0` stay apart), nested code objects by
/// identity, and `1`, `1.0` and `True` are distinct.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// An int outside the `i64` range, as decimal digits with an optional leading `-`.
    BigInt(String),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// Elements in the order the source listed them (duplicates removed).
    FrozenSet(Vec<Const>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

impl PartialEq for Const {
    fn eq(&self, other: &Const) -> bool {
        use Const::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Const {}

impl Hash for Const {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Const::None | Const::Ellipsis => {}
            Const::Bool(b) => b.hash(state),
            Const::Int(i) => i.hash(state),
            Const::BigInt(s) | Const::Str(s) => s.hash(state),
            Const::Float(f) => f.to_bits().hash(state),
            Const::Complex { real, imag } => {
                real.to_bits().hash(state);
                imag.to_bits().hash(state);
            }
            Const::Bytes(b) => b.hash(state),
            Const::Tuple(items) | Const::FrozenSet(items) => items.hash(state),
            Const::Code(c) => (Rc::as_ptr(c) as usize).hash(state),
        }
    }
}

/// A compiled unit: module, function, lambda, class body or comprehension.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Local variable names: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes (cells created by `MAKE_CELL`).
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes (from the function's closure).
    pub freevars: Vec<String>,
    /// For each cellvar, the varnames index of the parameter of the same name, if any.
    pub cell2arg: Vec<Option<u32>>,
    /// Global, attribute and imported names used by the `Name`-argument ops.
    pub names: Vec<String>,
    /// For functions and lambdas, `consts[0]` is the docstring, or None without one.
    pub consts: Vec<Const>,
    pub code: Vec<Instr>,
    /// One per instruction.
    pub positions: Vec<Position>,
    /// Sorted by `start`, non-overlapping.
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
    pub num_caches: u32,
}

impl CodeObject {
    /// Total number of positional and keyword parameters plus `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + self.flags.has(CodeFlags::VARARGS) as usize
            + self.flags.has(CodeFlags::VARKEYWORDS) as usize
    }

    /// The function's docstring (`consts[0]` when a string, for functions only).
    pub fn docstring(&self) -> Option<&str> {
        if !self.flags.has(CodeFlags::OPTIMIZED) {
            return None;
        }
        match self.consts.first() {
            Some(Const::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The line of instruction `pc` (0 when it has no location).
    pub fn line_of(&self, pc: usize) -> u32 {
        self.positions.get(pc).map_or(0, |p| p.line)
    }

    /// The exception-table entry that handles an exception raised at `pc`.
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionEntry> {
        let i = self.exception_table.partition_point(|e| e.end <= pc);
        self.exception_table
            .get(i)
            .filter(|e| e.start <= pc && pc < e.end)
    }

    /// Number of frame slots: locals then cells (`cellvars ++ freevars`).
    pub fn num_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The name of cell slot `i` (`cellvars ++ freevars`).
    pub fn cell_name(&self, i: usize) -> Option<&str> {
        if i < self.cellvars.len() {
            Some(&self.cellvars[i])
        } else {
            self.freevars
                .get(i - self.cellvars.len())
                .map(|s| s.as_str())
        }
    }
}
