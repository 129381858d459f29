//! The abstract syntax tree: Python 3.11's `ast` module, allocated in a bumpalo arena.
//!
//! Every node borrows from one `Bump` arena (`'a`): children are `&'a` references and
//! sequences are `&'a [T]` slices, so a whole module is freed at once and the tree is
//! `Copy`-cheap to walk. Identifiers and string literals are `&'a str` (arena or source).
//!
//! The shape follows CPython's `Parser/Python.asdl` with two deliberate differences:
//! - no `ctx` (Load/Store/Del) on names, attributes, subscripts, lists and tuples: the
//!   position of an expression (assignment target, `del` operand, `for` target, ...) tells
//!   the compiler what it is, so the parser never has to rebuild a node once it learns
//!   that an expression is a target;
//! - int literals keep their digits when they do not fit in an `i64` (`Constant::BigInt`);
//!   `coil-syntax` knows nothing about big-int arithmetic.

/// A source location: 1-based lines, 0-based columns counted in UTF-8 bytes (as CPython's
/// `lineno`, `col_offset`, `end_lineno`, `end_col_offset`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Loc {
    /// The location spanning from the start of `self` to the end of `other`.
    pub fn to(self, other: Loc) -> Loc {
        Loc {
            line: self.line,
            col: self.col,
            end_line: other.end_line,
            end_col: other.end_col,
        }
    }
}

pub type Ident<'a> = &'a str;

#[derive(Clone, Copy, Debug)]
pub struct Module<'a> {
    pub body: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Stmt<'a> {
    pub kind: StmtKind<'a>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub enum StmtKind<'a> {
    FunctionDef(&'a FunctionDef<'a>),
    ClassDef(&'a ClassDef<'a>),
    Return(Option<&'a Expr<'a>>),
    Delete(&'a [Expr<'a>]),
    Assign {
        /// `a = b = value` has two targets, in source order.
        targets: &'a [Expr<'a>],
        value: &'a Expr<'a>,
    },
    AugAssign {
        target: &'a Expr<'a>,
        op: Operator,
        value: &'a Expr<'a>,
    },
    AnnAssign {
        target: &'a Expr<'a>,
        annotation: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
        /// True for a bare name target not in parentheses (CPython's `simple`).
        simple: bool,
    },
    For {
        is_async: bool,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    While {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    If {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        /// An `elif` is an `If` alone in `orelse`, as in CPython.
        orelse: &'a [Stmt<'a>],
    },
    With {
        is_async: bool,
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    },
    Match {
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    },
    Raise {
        exc: Option<&'a Expr<'a>>,
        cause: Option<&'a Expr<'a>>,
    },
    Try {
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
        /// `try ... except* ...` (CPython's `TryStar`).
        is_star: bool,
    },
    Assert {
        test: &'a Expr<'a>,
        msg: Option<&'a Expr<'a>>,
    },
    Import(&'a [Alias<'a>]),
    ImportFrom {
        /// `None` for `from . import x`.
        module: Option<Ident<'a>>,
        names: &'a [Alias<'a>],
        /// Number of leading dots.
        level: u32,
    },
    Global(&'a [Ident<'a>]),
    Nonlocal(&'a [Ident<'a>]),
    Expr(&'a Expr<'a>),
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Copy, Debug)]
pub struct FunctionDef<'a> {
    pub name: Ident<'a>,
    pub args: &'a Arguments<'a>,
    pub body: &'a [Stmt<'a>],
    pub decorator_list: &'a [Expr<'a>],
    pub returns: Option<&'a Expr<'a>>,
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct ClassDef<'a> {
    pub name: Ident<'a>,
    pub bases: &'a [Expr<'a>],
    pub keywords: &'a [Keyword<'a>],
    pub body: &'a [Stmt<'a>],
    pub decorator_list: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Expr<'a> {
    pub kind: ExprKind<'a>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub enum ExprKind<'a> {
    BoolOp {
        op: BoolOp,
        /// Two or more operands: `a or b or c` is one node.
        values: &'a [Expr<'a>],
    },
    NamedExpr {
        target: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    BinOp {
        left: &'a Expr<'a>,
        op: Operator,
        right: &'a Expr<'a>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: &'a Expr<'a>,
    },
    Lambda {
        args: &'a Arguments<'a>,
        body: &'a Expr<'a>,
    },
    IfExp {
        test: &'a Expr<'a>,
        body: &'a Expr<'a>,
        orelse: &'a Expr<'a>,
    },
    Dict {
        /// `None` marks a `**mapping` entry whose mapping is the matching value.
        keys: &'a [Option<Expr<'a>>],
        values: &'a [Expr<'a>],
    },
    Set(&'a [Expr<'a>]),
    ListComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    SetComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    DictComp {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    GeneratorExp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    Await(&'a Expr<'a>),
    Yield(Option<&'a Expr<'a>>),
    YieldFrom(&'a Expr<'a>),
    Compare {
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
    },
    Call {
        func: &'a Expr<'a>,
        /// Positional arguments; `*x` appears as `Starred`.
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    },
    /// One `{value!conv:spec}` replacement field of an f-string.
    FormattedValue {
        value: &'a Expr<'a>,
        /// `None`, or `Some('s' | 'r' | 'a')`.
        conversion: Option<char>,
        /// A `JoinedStr` when present.
        format_spec: Option<&'a Expr<'a>>,
    },
    /// An f-string (after implicit concatenation): `Constant(Str)` and `FormattedValue`
    /// parts. `f"{x=}"` is already expanded to the text `x=` plus the value (with `!r`
    /// when there is no conversion and no format spec), as CPython does.
    JoinedStr(&'a [Expr<'a>]),
    Constant(Constant<'a>),
    Attribute {
        value: &'a Expr<'a>,
        attr: Ident<'a>,
    },
    Subscript {
        value: &'a Expr<'a>,
        /// A `Slice`, a `Tuple` (for `a[1:2, 3]`), or any expression.
        slice: &'a Expr<'a>,
    },
    Starred(&'a Expr<'a>),
    Name(Ident<'a>),
    List(&'a [Expr<'a>]),
    Tuple(&'a [Expr<'a>]),
    Slice {
        lower: Option<&'a Expr<'a>>,
        upper: Option<&'a Expr<'a>>,
        step: Option<&'a Expr<'a>>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Constant<'a> {
    None,
    Bool(bool),
    /// An int literal that fits in an `i64`.
    Int(i64),
    /// An int literal that does not fit in an `i64`: its digits in `radix` (2, 8, 10 or
    /// 16), without prefix or underscores.
    BigInt {
        digits: &'a str,
        radix: u32,
    },
    Float(f64),
    /// An imaginary literal `3j` is `Complex { real: 0.0, imag: 3.0 }`.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(&'a str),
    Bytes(&'a [u8]),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug)]
pub struct Comprehension<'a> {
    pub target: &'a Expr<'a>,
    pub iter: &'a Expr<'a>,
    pub ifs: &'a [Expr<'a>],
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct ExceptHandler<'a> {
    /// `None` for a bare `except:`.
    pub typ: Option<&'a Expr<'a>>,
    pub name: Option<Ident<'a>>,
    pub body: &'a [Stmt<'a>],
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub struct Arguments<'a> {
    pub posonlyargs: &'a [Arg<'a>],
    pub args: &'a [Arg<'a>],
    pub vararg: Option<&'a Arg<'a>>,
    pub kwonlyargs: &'a [Arg<'a>],
    /// One entry per `kwonlyargs` entry; `None` when that argument has no default.
    pub kw_defaults: &'a [Option<Expr<'a>>],
    pub kwarg: Option<&'a Arg<'a>>,
    /// Defaults of the last `defaults.len()` of `posonlyargs ++ args`.
    pub defaults: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Arg<'a> {
    pub arg: Ident<'a>,
    pub annotation: Option<&'a Expr<'a>>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub struct Keyword<'a> {
    /// `None` for `**mapping`.
    pub arg: Option<Ident<'a>>,
    pub value: &'a Expr<'a>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub struct Alias<'a> {
    /// Dotted name (`a.b.c`) or `*`.
    pub name: Ident<'a>,
    pub asname: Option<Ident<'a>>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub struct WithItem<'a> {
    pub context_expr: &'a Expr<'a>,
    pub optional_vars: Option<&'a Expr<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct MatchCase<'a> {
    pub pattern: &'a Pattern<'a>,
    pub guard: Option<&'a Expr<'a>>,
    pub body: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Pattern<'a> {
    pub kind: PatternKind<'a>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub enum PatternKind<'a> {
    /// A literal or dotted-name value pattern, compared with `==`.
    MatchValue(&'a Expr<'a>),
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton(Constant<'a>),
    MatchSequence(&'a [Pattern<'a>]),
    MatchMapping {
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<Ident<'a>>,
    },
    MatchClass {
        cls: &'a Expr<'a>,
        patterns: &'a [Pattern<'a>],
        kwd_attrs: &'a [Ident<'a>],
        kwd_patterns: &'a [Pattern<'a>],
    },
    /// `*name` or `*_` (name `None`) inside a sequence pattern.
    MatchStar(Option<Ident<'a>>),
    /// `pattern as name`, a capture `name` (pattern `None`), or the wildcard `_`
    /// (both `None`).
    MatchAs {
        pattern: Option<&'a Pattern<'a>>,
        name: Option<Ident<'a>>,
    },
    MatchOr(&'a [Pattern<'a>]),
}
