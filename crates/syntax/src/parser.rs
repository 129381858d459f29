//! The chumsky 0.13 grammar over the token stream: Python 3.11's statements, expressions
//! and patterns, building arena AST nodes.
//!
//! The grammar is factored LL-style wherever PEG alternatives would share a long prefix
//! (`(` then tuple / group / generator, `[` then list / comprehension, `{` then dict /
//! set / comprehensions, call arguments, slices, patterns), so backtracking never
//! re-parses nested brackets and parse time stays linear. Errors carry a token index and
//! optionally a message (`PErr`); `report` turns the furthest failure into CPython's
//! message. Checks that need a finished node (assignment targets, parameter order, ...)
//! run in `validate` after parsing.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};

use bumpalo::Bump;
use chumsky::error::LabelError;
use chumsky::input::InputRef;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;
use smallvec::SmallVec;

use crate::ast::*;
use crate::error::ErrorKind;
use crate::lexer::LineIndex;
use crate::strings;
use crate::token::{BytePos, Tok, TokSpan};

pub type In<'t, 'a> = &'t [Tok<'a>];
type Ex = extra::Err<PErr>;
type B<'t, 'a, O> = Boxed<'t, 't, In<'t, 'a>, O, Ex>;

/// Nesting allowed before the parser gives up, in expression levels (a parenthesis
/// costs three, a block four). Keeps the parse within a 2 MiB thread stack even in
/// debug builds (see `examples/stack_probe.rs`); CPython's 200 parentheses fit.
pub const MAX_DEPTH: u32 = 1000;

/// What went wrong, beyond "this token was not expected".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrMsg {
    Custom(&'static str),
    /// A block header's `:` NEWLINE was not followed by INDENT.
    NeedIndent,
    TooDeep,
}

/// A parse failure at token index `pos`.
#[derive(Clone, Copy, Debug)]
pub struct PErr {
    pub pos: usize,
    pub msg: Option<ErrMsg>,
}

impl<'t, 'a> chumsky::error::Error<'t, In<'t, 'a>> for PErr {
    fn merge(self, other: Self) -> Self {
        if self.msg.is_none() && other.msg.is_some() {
            other
        } else {
            self
        }
    }
}

impl<'t, 'a, L> LabelError<'t, In<'t, 'a>, L> for PErr {
    fn expected_found<E: IntoIterator<Item = L>>(
        _expected: E,
        _found: Option<MaybeRef<'t, Tok<'a>>>,
        span: SimpleSpan,
    ) -> Self {
        PErr {
            pos: span.start,
            msg: None,
        }
    }
}

/// An error found after a node was built (bad string escape, parameter order, ...):
/// byte range and message. The earliest one is reported.
#[derive(Clone, Debug)]
pub struct Deferred {
    pub kind: ErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
}

/// What the grammar closures share: the arena, token positions, the nesting counter
/// and the first deferred error.
pub struct Cx<'a, 't> {
    pub arena: &'a Bump,
    pub src: &'a str,
    pub spans: &'t [TokSpan],
    pub index: &'t LineIndex,
    pub kinds: &'t [Tok<'a>],
    /// Each token's start and end as lines and columns (`lexer::positions`).
    pub positions: &'t [Loc],
    pub depth: Cell<u32>,
    pub deferred: RefCell<Option<Deferred>>,
    /// The deferred error is reported even when the parse fails later (an `invalid_*`
    /// rule of CPython's grammar that fires before the generic failure point).
    pub deferred_wins: Cell<bool>,
}

impl<'a, 't> Cx<'a, 't> {
    /// Byte range of a token-index span, skipping layout tokens at its end.
    pub fn bytes(&self, s: SimpleSpan) -> (u32, u32) {
        if s.end <= s.start || s.start >= self.spans.len() {
            let p = self
                .spans
                .get(s.start)
                .map_or(self.src.len() as u32, |t| t.start.0);
            return (p, p);
        }
        let mut last = s.end.min(self.spans.len()) - 1;
        while last > s.start && matches!(self.kinds[last], Tok::Newline | Tok::Dedent | Tok::Indent)
        {
            last -= 1;
        }
        (self.spans[s.start].start.0, self.spans[last].end.0)
    }

    pub fn loc(&self, s: SimpleSpan) -> Loc {
        if s.end <= s.start || s.start >= self.spans.len() {
            let (a, _) = self.bytes(s);
            let (line, col) = self.index.line_col(BytePos(a));
            return Loc {
                line,
                col,
                end_line: line,
                end_col: col,
            };
        }
        let mut last = s.end.min(self.spans.len()) - 1;
        while last > s.start && matches!(self.kinds[last], Tok::Newline | Tok::Dedent | Tok::Indent)
        {
            last -= 1;
        }
        let a = self.positions[s.start];
        let b = self.positions[last];
        Loc {
            line: a.line,
            col: a.col,
            end_line: b.end_line,
            end_col: b.end_col,
        }
    }

    pub fn alloc<T>(&self, v: T) -> &'a T {
        self.arena.alloc(v)
    }

    pub fn slice<T: Copy>(&self, v: &[T]) -> &'a [T] {
        if v.is_empty() {
            return &[];
        }
        self.arena.alloc_slice_copy(v)
    }

    pub fn expr(&self, kind: ExprKind<'a>, s: SimpleSpan) -> Expr<'a> {
        Expr {
            kind,
            loc: self.loc(s),
        }
    }

    /// Records an error found in a finished node; the earliest wins.
    pub fn defer(&self, kind: ErrorKind, msg: impl Into<String>, start: usize, end: usize) {
        let mut d = self.deferred.borrow_mut();
        if d.as_ref().is_none_or(|old| start < old.start) {
            *d = Some(Deferred {
                kind,
                msg: msg.into(),
                start,
                end,
            });
        }
    }

    fn defer_span(&self, msg: impl Into<String>, s: SimpleSpan) {
        let (a, b) = self.bytes(s);
        self.defer(ErrorKind::SyntaxError, msg, a as usize, b as usize);
    }
}

/// Matches one token kind (a kind without data: operators, keywords, layout). Compares
/// discriminants only, which is cheaper than `Tok`'s derived equality.
fn t<'t, 'a: 't>(k: Tok<'a>) -> impl Parser<'t, In<'t, 'a>, (), Ex> + Clone {
    debug_assert!(
        k.fixed_text().is_some()
            || matches!(
                k,
                Tok::Newline
                    | Tok::Indent
                    | Tok::Dedent
                    | Tok::EndMarker
                    | Tok::FEnd
                    | Tok::FFieldOpen
                    | Tok::FFieldClose
                    | Tok::FSpec
            )
    );
    let d = std::mem::discriminant(&k);
    any()
        .filter(move |x: &Tok<'a>| std::mem::discriminant(x) == d)
        .ignored()
}

/// Matches `k`, or fails here with `msg`.
fn expect<'t, 'a: 't>(
    k: Tok<'a>,
    msg: &'static str,
) -> impl Parser<'t, In<'t, 'a>, (), Ex> + Clone {
    custom(move |inp: &mut InputRef<'t, '_, In<'t, 'a>, Ex>| {
        let c = inp.cursor();
        if inp.peek() == Some(k) {
            inp.skip();
            Ok(())
        } else {
            let pos = inp.span_since(&c).start;
            Err(PErr {
                pos,
                msg: Some(ErrMsg::Custom(msg)),
            })
        }
    })
}

/// Always fails here with `msg`.
fn fail<'t, 'a: 't, O>(msg: ErrMsg) -> impl Parser<'t, In<'t, 'a>, O, Ex> + Clone {
    custom(move |inp: &mut InputRef<'t, '_, In<'t, 'a>, Ex>| {
        let c = inp.cursor();
        let pos = inp.span_since(&c).start;
        Err(PErr {
            pos,
            msg: Some(msg),
        })
    })
}

/// Runs `p` one nesting level deeper; fails with `TooDeep` past `MAX_DEPTH`.
fn guarded<'t, 'a: 't, O: 't>(cx: &'t Cx<'a, 't>, p: B<'t, 'a, O>) -> B<'t, 'a, O> {
    guarded_by(cx, p, 1)
}

/// Like `guarded`, for a rule whose nesting costs `weight` expression levels of stack.
fn guarded_by<'t, 'a: 't, O: 't>(cx: &'t Cx<'a, 't>, p: B<'t, 'a, O>, weight: u32) -> B<'t, 'a, O> {
    custom(move |inp: &mut InputRef<'t, '_, In<'t, 'a>, Ex>| {
        if cx.depth.get() + weight > MAX_DEPTH {
            let c = inp.cursor();
            let pos = inp.span_since(&c).start;
            return Err(PErr {
                pos,
                msg: Some(ErrMsg::TooDeep),
            });
        }
        cx.depth.set(cx.depth.get() + weight);
        let r = inp.parse(&p);
        cx.depth.set(cx.depth.get() - weight);
        r
    })
    .boxed()
}

/// One piece of an implicitly concatenated string.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Plain(&'a str, SimpleSpan),
    F(&'a [FPart<'a>]),
}

#[derive(Clone, Copy)]
enum FPart<'a> {
    Lit(&'a str, bool, SimpleSpan),
    Field(Option<&'a str>, Expr<'a>),
}

/// A call argument before sorting into positional and keyword.
#[derive(Clone, Copy)]
enum CallArg<'a> {
    Pos(Expr<'a>),
    Star(Expr<'a>, SimpleSpan),
    Kw(Ident<'a>, Expr<'a>, SimpleSpan),
    DStar(Expr<'a>, SimpleSpan),
    Gen(Expr<'a>, &'a [Comprehension<'a>], SimpleSpan),
}

/// A parameter-list item before building `Arguments`.
#[derive(Clone, Copy)]
enum Param<'a> {
    Slash(SimpleSpan),
    Star(Option<Arg<'a>>, SimpleSpan),
    DStar(Arg<'a>),
    Plain(Arg<'a>, Option<Expr<'a>>),
}

/// What follows the first expression of an expression statement.
#[derive(Clone)]
enum StmtTail<'a> {
    Ann(Expr<'a>, Option<Expr<'a>>),
    Aug(Operator, Expr<'a>),
    /// The values after each `=`, and whether a last `=` had none.
    Assign(Vec<Expr<'a>>, bool),
}

pub type Stmts<'a> = SmallVec<[Stmt<'a>; 1]>;

/// The parsers built for one source text.
pub struct Grammar<'t, 'a> {
    pub module: B<'t, 'a, Vec<Stmt<'a>>>,
    pub eval: B<'t, 'a, Expr<'a>>,
    /// The late-bound rules; the parsers above refer to them weakly.
    _cells: Vec<Late<'t, 'a, Expr<'a>>>,
    _more: (Late<'t, 'a, &'a [FPart<'a>]>, Late<'t, 'a, &'a [Stmt<'a>]>),
}

/// A rule defined after the parsers that use it (mutual recursion). chumsky's
/// `Recursive::declare` would make strong reference cycles, leaking the parser graph
/// of every parse; here the owner holds the only strong reference and users hold
/// `Weak` ones (`late`).
type Late<'t, 'a, O> = Rc<OnceCell<B<'t, 'a, O>>>;

/// A parser that runs the rule in `cell` (defined later).
fn late<'t, 'a: 't, O: 't>(cell: &Late<'t, 'a, O>) -> B<'t, 'a, O> {
    let weak: Weak<OnceCell<B<'t, 'a, O>>> = Rc::downgrade(cell);
    custom(move |inp: &mut InputRef<'t, '_, In<'t, 'a>, Ex>| {
        let strong = weak.upgrade();
        match strong.as_ref().and_then(|c| c.get()) {
            Some(p) => inp.parse(p),
            None => {
                // Unreachable while the grammar is alive and fully defined.
                let c = inp.cursor();
                let pos = inp.span_since(&c).start;
                Err(PErr { pos, msg: None })
            }
        }
    })
    .boxed()
}

fn bin<'a>(cx: &Cx<'a, '_>, l: Expr<'a>, op: Operator, r: Expr<'a>, s: SimpleSpan) -> Expr<'a> {
    cx.expr(
        ExprKind::BinOp {
            left: cx.alloc(l),
            op,
            right: cx.alloc(r),
        },
        s,
    )
}

/// Can token `k` follow a complete expression without extending it (no operator, call,
/// subscript, attribute, ternary or comprehension-free continuation)?
fn ends_expression(k: Option<&Tok<'_>>) -> bool {
    matches!(
        k,
        Some(
            Tok::Comma
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::Colon
                | Tok::Equal
                | Tok::Newline
                | Tok::Semi
                | Tok::For
                | Tok::As
                | Tok::From
                | Tok::FFieldClose
                | Tok::FConv(_)
                | Tok::FSpec
                | Tok::FDebug(_)
        )
    )
}

/// Fast path of `expression`: the expression at token `pos` when it is a name, a dotted
/// name, a number, `True`/`False`/`None` or one plain string literal, ended by a token
/// that cannot extend it. Returns the node and the number of tokens it covers; the node
/// and its location are what the full rule would build.
fn simple_expression<'a>(cx: &Cx<'a, '_>, pos: usize) -> Option<(Expr<'a>, usize)> {
    let kinds = cx.kinds;
    let one = SimpleSpan::from(pos..pos + 1);
    let mut e = match kinds.get(pos)? {
        Tok::Name(n) => cx.expr(ExprKind::Name(n), one),
        Tok::Number(c) => cx.expr(ExprKind::Constant(*c), one),
        Tok::True => cx.expr(ExprKind::Constant(Constant::Bool(true)), one),
        Tok::False => cx.expr(ExprKind::Constant(Constant::Bool(false)), one),
        Tok::None => cx.expr(ExprKind::Constant(Constant::None), one),
        Tok::Str(s) => {
            // Implicit concatenation goes the full way.
            if matches!(kinds.get(pos + 1), Some(Tok::Str(_) | Tok::FStart(_))) {
                return None;
            }
            fjoin(cx, &[Piece::Plain(s, one)], one)
        }
        _ => return None,
    };
    let mut end = pos + 1;
    if matches!(e.kind, ExprKind::Name(_)) {
        while let (Some(Tok::Dot), Some(Tok::Name(attr))) = (kinds.get(end), kinds.get(end + 1)) {
            end += 2;
            e = cx.expr(
                ExprKind::Attribute {
                    value: cx.alloc(e),
                    attr,
                },
                SimpleSpan::from(pos..end),
            );
        }
    }
    ends_expression(kinds.get(end)).then_some((e, end - pos))
}

/// Binding power of a binary operator between `|` (1) and `*` (6).
fn binary_precedence(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 1,
        Operator::BitXor => 2,
        Operator::BitAnd => 3,
        Operator::LShift | Operator::RShift => 4,
        Operator::Add | Operator::Sub => 5,
        _ => 6,
    }
}

/// Builds the left-associative tree of `first (op operand)*` by precedence (shunting
/// yard). A node spans from its left operand's first token to its right operand's last.
fn binary_tree<'a>(
    cx: &Cx<'a, '_>,
    first: (Expr<'a>, SimpleSpan),
    rest: &[(Operator, (Expr<'a>, SimpleSpan))],
) -> Expr<'a> {
    if rest.is_empty() {
        return first.0;
    }
    let mut operands: SmallVec<[(Expr<'a>, SimpleSpan); 8]> = SmallVec::new();
    let mut ops: SmallVec<[Operator; 8]> = SmallVec::new();
    let reduce = |operands: &mut SmallVec<[(Expr<'a>, SimpleSpan); 8]>, op: Operator| {
        let (r, rs) = operands.pop().expect("right operand");
        let (l, ls) = operands.pop().expect("left operand");
        let s = SimpleSpan::from(ls.start..rs.end);
        operands.push((bin(cx, l, op, r, s), s));
    };
    operands.push(first);
    for &(op, operand) in rest {
        let p = binary_precedence(op);
        while let Some(&top) = ops.last() {
            if binary_precedence(top) < p {
                break;
            }
            ops.pop();
            reduce(&mut operands, top);
        }
        ops.push(op);
        operands.push(operand);
    }
    while let Some(top) = ops.pop() {
        reduce(&mut operands, top);
    }
    operands.pop().expect("one operand left").0
}

fn tuple_or_single<'a>(
    cx: &Cx<'a, '_>,
    first: Expr<'a>,
    rest: Option<Vec<Expr<'a>>>,
    s: SimpleSpan,
) -> Expr<'a> {
    match rest {
        None => first,
        Some(rest) => {
            let mut v = Vec::with_capacity(rest.len() + 1);
            v.push(first);
            v.extend(rest);
            cx.expr(ExprKind::Tuple(cx.slice(&v)), s)
        }
    }
}

pub fn grammar<'t, 'a: 't>(cx: &'t Cx<'a, 't>) -> Grammar<'t, 'a> {
    use Tok as K;
    let name = select! { K::Name(n) => n }.boxed();

    // Mutually recursive rules are late-bound through cells this function owns (see
    // `Late`), so the parser graph has no reference cycles and is freed after the parse.
    let expression_cell: Late<'t, 'a, Expr<'a>> = Rc::new(OnceCell::new());
    let disjunction_cell: Late<'t, 'a, Expr<'a>> = Rc::new(OnceCell::new());
    let bitwise_or_cell: Late<'t, 'a, Expr<'a>> = Rc::new(OnceCell::new());
    let fparts_cell: Late<'t, 'a, &'a [FPart<'a>]> = Rc::new(OnceCell::new());
    let block_cell: Late<'t, 'a, &'a [Stmt<'a>]> = Rc::new(OnceCell::new());
    let disjunction = late(&disjunction_cell);
    let bitwise_or = late(&bitwise_or_cell);
    let fparts = late(&fparts_cell);
    let block = late(&block_cell);

    // `expression`, one nesting level deeper (`guarded` and `late` in one step, which
    // saves stack per level). Fast path: most expressions are a lone name or number
    // followed by a delimiter; those are built directly instead of descending through
    // every precedence level (the node and location are what the full rule builds).
    let expression_b = {
        let weak: Weak<OnceCell<B<'t, 'a, Expr<'a>>>> = Rc::downgrade(&expression_cell);
        custom(move |inp: &mut InputRef<'t, '_, In<'t, 'a>, Ex>| {
            let c = inp.cursor();
            let pos = inp.span_since(&c).start;
            if let Some((e, n)) = simple_expression(cx, pos) {
                for _ in 0..n {
                    inp.skip();
                }
                return Ok(e);
            }
            if cx.depth.get() + 1 > MAX_DEPTH {
                return Err(PErr {
                    pos,
                    msg: Some(ErrMsg::TooDeep),
                });
            }
            let strong = weak.upgrade();
            let Some(p) = strong.as_ref().and_then(|c| c.get()) else {
                // Unreachable while the grammar is alive and fully defined.
                return Err(PErr { pos, msg: None });
            };
            cx.depth.set(cx.depth.get() + 1);
            let r = inp.parse(p);
            cx.depth.set(cx.depth.get() - 1);
            r
        })
        .boxed()
    };

    // named_expression: NAME ':=' expression | expression
    let named_expression = choice((
        name.clone()
            .map_with(|n, e| cx.expr(ExprKind::Name(n), e.span()))
            .then_ignore(t(K::ColonEqual))
            .then(expression_b.clone())
            .map_with(|(target, value), e| {
                cx.expr(
                    ExprKind::NamedExpr {
                        target: cx.alloc(target),
                        value: cx.alloc(value),
                    },
                    e.span(),
                )
            }),
        expression_b.clone(),
    ))
    .boxed();

    let starred = t(K::Star)
        .ignore_then(bitwise_or.clone())
        .map_with(|v, e| cx.expr(ExprKind::Starred(cx.alloc(v)), e.span()))
        .boxed();
    let star_named_expression = choice((starred.clone(), named_expression.clone())).boxed();
    let star_expression = choice((starred.clone(), expression_b.clone())).boxed();

    // star_expressions: a tuple when there is a comma.
    let star_expressions = star_expression
        .clone()
        .then(
            t(K::Comma)
                .ignore_then(
                    star_expression
                        .clone()
                        .separated_by(t(K::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| tuple_or_single(cx, first, rest, e.span()))
        .boxed();

    let yield_expr = t(K::Yield)
        .ignore_then(choice((
            t(K::From)
                .ignore_then(expression_b.clone())
                .map(|v| ExprKind::YieldFrom(cx.alloc(v))),
            star_expressions
                .clone()
                .or_not()
                .map(|v| ExprKind::Yield(v.map(|v| cx.alloc(v)))),
        )))
        .map_with(|k, e| cx.expr(k, e.span()))
        .boxed();

    // Targets of `for` and comprehensions: validated later.
    let target = choice((starred.clone(), bitwise_or.clone())).boxed();
    let star_targets = target
        .clone()
        .then(
            t(K::Comma)
                .ignore_then(
                    target
                        .clone()
                        .separated_by(t(K::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| tuple_or_single(cx, first, rest, e.span()))
        .boxed();

    let comprehension = t(K::Async)
        .or_not()
        .then_ignore(t(K::For))
        .then(star_targets.clone())
        .then_ignore(t(K::In))
        .then(disjunction.clone())
        .then(
            t(K::If)
                .ignore_then(disjunction.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(((is_async, target), iter), ifs)| Comprehension {
            target: cx.alloc(target),
            iter: cx.alloc(iter),
            ifs: cx.slice(&ifs),
            is_async: is_async.is_some(),
        })
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .map(|v| cx.slice(&v))
        .boxed();

    // ---- strings and f-strings ----
    let field_value = choice((
        select! { K::FFieldClose => () }
            .rewind()
            .ignore_then(fail(ErrMsg::Custom(
                "f-string: empty expression not allowed",
            ))),
        select! { K::FConv(_) => () }
            .rewind()
            .ignore_then(fail(ErrMsg::Custom(
                "f-string: expression required before '!'",
            ))),
        select! { K::FSpec => () }
            .rewind()
            .ignore_then(fail(ErrMsg::Custom(
                "f-string: expression required before ':'",
            ))),
        select! { K::FDebug(_) => () }
            .rewind()
            .ignore_then(fail(ErrMsg::Custom(
                "f-string: expression required before '='",
            ))),
        yield_expr.clone(),
        star_expressions.clone(),
    ));
    let field = t(K::FFieldOpen)
        .ignore_then(field_value)
        .then(select! { K::FDebug(s) => s }.or_not())
        .then(select! { K::FConv(c) => c }.or_not())
        .then(t(K::FSpec).ignore_then(fparts.clone()).or_not())
        .then_ignore(t(K::FFieldClose))
        .map_with(|(((value, debug), conv), spec), e| {
            let conversion = match (debug, conv, spec) {
                (Some(_), None, None) => Some('r'),
                (_, c, _) => c,
            };
            let format_spec = spec.map(|parts| {
                let joined = fjoin(cx, &[Piece::F(parts)], e.span());
                cx.alloc(joined)
            });
            let fv = cx.expr(
                ExprKind::FormattedValue {
                    value: cx.alloc(value),
                    conversion,
                    format_spec,
                },
                e.span(),
            );
            FPart::Field(debug, fv)
        })
        .boxed();
    let _ = fparts_cell.set(
        choice((
            select! { K::FMid(s, raw) = e => FPart::Lit(s, raw, e.span()) },
            field,
        ))
        .repeated()
        .collect::<Vec<_>>()
        .map(|v| cx.slice(&v))
        .boxed(),
    );
    let fstring = select! { K::FStart(_) => () }
        .ignore_then(fparts.clone())
        .then_ignore(t(K::FEnd))
        .map(Piece::F);
    let strings = choice((
        select! { K::Str(s) = e => Piece::Plain(s, e.span()) },
        fstring,
    ))
    .repeated()
    .at_least(1)
    .collect::<Vec<_>>()
    .map_with(|pieces, e| fjoin(cx, &pieces, e.span()))
    .boxed();

    // ---- atoms ----
    let comma_list = |item: B<'t, 'a, Expr<'a>>| {
        item.separated_by(t(K::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .boxed()
    };

    let paren = t(K::LPar)
        .ignore_then(choice((
            t(K::RPar).to(None),
            yield_expr
                .clone()
                .then_ignore(t(K::RPar))
                .map(|y| Some((y, 0u8))),
            star_named_expression
                .clone()
                .then(choice((
                    comprehension.clone().map(Ok),
                    t(K::Comma)
                        .ignore_then(comma_list(star_named_expression.clone()))
                        .map(|v| Err(Some(v))),
                    empty().to(Err(None)),
                )))
                .then_ignore(t(K::RPar))
                .map(|(first, rest)| match rest {
                    Ok(gens) => Some((
                        Expr {
                            kind: ExprKind::GeneratorExp {
                                elt: cx.alloc(first),
                                generators: gens,
                            },
                            loc: first.loc,
                        },
                        1,
                    )),
                    Err(Some(rest)) => {
                        let mut v = Vec::with_capacity(rest.len() + 1);
                        v.push(first);
                        v.extend(rest);
                        Some((
                            Expr {
                                kind: ExprKind::Tuple(cx.slice(&v)),
                                loc: first.loc,
                            },
                            1,
                        ))
                    }
                    Err(None) => Some((first, 0)),
                }),
        )))
        .map_with(|r, e| match r {
            None => cx.expr(ExprKind::Tuple(&[]), e.span()),
            // Tuples and generators include their parentheses; a group keeps the
            // inner expression's location.
            Some((x, 1)) => Expr {
                kind: x.kind,
                loc: cx.loc(e.span()),
            },
            Some((x, _)) => x,
        })
        .boxed();

    let list = t(K::LSqb)
        .ignore_then(choice((
            t(K::RSqb).to(ExprKind::List(&[])),
            star_named_expression
                .clone()
                .then(choice((
                    comprehension.clone().map(Ok),
                    t(K::Comma)
                        .ignore_then(comma_list(star_named_expression.clone()))
                        .map(Err),
                    empty().to(Err(Vec::new())),
                )))
                .then_ignore(t(K::RSqb))
                .map(|(first, rest)| match rest {
                    Ok(gens) => ExprKind::ListComp {
                        elt: cx.alloc(first),
                        generators: gens,
                    },
                    Err(rest) => {
                        let mut v = Vec::with_capacity(rest.len() + 1);
                        v.push(first);
                        v.extend(rest);
                        ExprKind::List(cx.slice(&v))
                    }
                }),
        )))
        .map_with(|k, e| cx.expr(k, e.span()))
        .boxed();

    // Dict entries: `**mapping` has key None.
    let kv = choice((
        t(K::DoubleStar)
            .ignore_then(bitwise_or.clone())
            .map(|v| (None, v)),
        expression_b
            .clone()
            .then_ignore(t(K::Colon))
            .then(expression_b.clone())
            .map(|(k, v)| (Some(k), v)),
    ))
    .boxed();
    let dict_tail = t(K::Comma)
        .ignore_then(
            kv.clone()
                .separated_by(t(K::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .or_not()
        .map(|v| v.unwrap_or_default())
        .boxed();
    let build_dict = move |first: (Option<Expr<'a>>, Expr<'a>),
                           rest: Vec<(Option<Expr<'a>>, Expr<'a>)>| {
        let mut keys = Vec::with_capacity(rest.len() + 1);
        let mut values = Vec::with_capacity(rest.len() + 1);
        keys.push(first.0);
        values.push(first.1);
        for (k, v) in rest {
            keys.push(k);
            values.push(v);
        }
        ExprKind::Dict {
            keys: cx.slice(&keys),
            values: cx.slice(&values),
        }
    };
    let brace = t(K::LBrace)
        .ignore_then(choice((
            t(K::RBrace).to(ExprKind::Dict {
                keys: &[],
                values: &[],
            }),
            t(K::DoubleStar)
                .ignore_then(bitwise_or.clone())
                .then(dict_tail.clone())
                .then_ignore(t(K::RBrace))
                .map(move |(v, rest)| build_dict((None, v), rest)),
            star_named_expression
                .clone()
                .then(choice((
                    t(K::Colon)
                        .ignore_then(expression_b.clone())
                        .then(choice((
                            comprehension.clone().map(Ok),
                            dict_tail.clone().map(Err),
                        )))
                        .map(Ok),
                    comprehension.clone().map(|g| Err(Ok(g))),
                    t(K::Comma)
                        .ignore_then(comma_list(star_named_expression.clone()))
                        .or_not()
                        .map(|v| Err(Err(v.unwrap_or_default()))),
                )))
                .then_ignore(t(K::RBrace))
                .map(move |(first, rest)| match rest {
                    Ok((value, Ok(gens))) => ExprKind::DictComp {
                        key: cx.alloc(first),
                        value: cx.alloc(value),
                        generators: gens,
                    },
                    Ok((value, Err(rest))) => build_dict((Some(first), value), rest),
                    Err(Ok(gens)) => ExprKind::SetComp {
                        elt: cx.alloc(first),
                        generators: gens,
                    },
                    Err(Err(rest)) => {
                        let mut v = Vec::with_capacity(rest.len() + 1);
                        v.push(first);
                        v.extend(rest);
                        ExprKind::Set(cx.slice(&v))
                    }
                }),
        )))
        .map_with(|k, e| cx.expr(k, e.span()))
        .boxed();

    let atom = choice((
        name.clone()
            .map_with(|n, e| cx.expr(ExprKind::Name(n), e.span())),
        select! {
            K::Number(c) => c,
            K::True => Constant::Bool(true),
            K::False => Constant::Bool(false),
            K::None => Constant::None,
            K::Ellipsis => Constant::Ellipsis,
        }
        .map_with(|c, e| cx.expr(ExprKind::Constant(c), e.span())),
        strings.clone(),
        paren,
        list,
        brace,
    ))
    .boxed();

    // ---- call arguments ----
    let call_arg = choice((
        t(K::Star)
            .ignore_then(expression_b.clone())
            .map_with(|v, e| CallArg::Star(v, e.span())),
        t(K::DoubleStar)
            .ignore_then(expression_b.clone())
            .map_with(|v, e| CallArg::DStar(v, e.span())),
        name.clone()
            .then_ignore(t(K::Equal))
            .then(expression_b.clone())
            .map_with(|(n, v), e| CallArg::Kw(n, v, e.span())),
        named_expression
            .clone()
            .then(comprehension.clone().or_not())
            .map_with(|(v, gens), e| match gens {
                None => CallArg::Pos(v),
                Some(g) => CallArg::Gen(v, g, e.span()),
            }),
    ))
    .boxed();
    let call_args = call_arg
        .separated_by(t(K::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(t(K::LPar), t(K::RPar))
        .map_with(move |args, e| build_call_args(cx, &args, e.span()))
        .boxed();
    let class_args = call_args.clone();

    // ---- subscripts ----
    let slice_bound = expression_b.clone().or_not();
    let slice_item = star_named_expression
        .clone()
        .or_not()
        .then(
            t(K::Colon)
                .ignore_then(slice_bound.clone())
                .then(t(K::Colon).ignore_then(slice_bound.clone()).or_not())
                .or_not(),
        )
        .try_map_with(|(first, rest), e| match (first, rest) {
            (Some(x), None) => Ok(x),
            (None, None) => Err(PErr {
                pos: e.span().start,
                msg: None,
            }),
            (lower, Some((upper, step))) => Ok(cx.expr(
                ExprKind::Slice {
                    lower: lower.map(|v| cx.alloc(v)),
                    upper: upper.map(|v| cx.alloc(v)),
                    step: step.flatten().map(|v| cx.alloc(v)),
                },
                e.span(),
            )),
        })
        .boxed();
    let slices = slice_item
        .clone()
        .then(
            t(K::Comma)
                .ignore_then(
                    slice_item
                        .separated_by(t(K::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(|(first, rest), e| {
            // `a[*b]` subscripts with a one-element tuple.
            let rest = match (rest, first.kind) {
                (None, ExprKind::Starred(_)) => Some(Vec::new()),
                (r, _) => r,
            };
            tuple_or_single(cx, first, rest, e.span())
        })
        .delimited_by(t(K::LSqb), t(K::RSqb))
        .boxed();

    #[derive(Clone, Copy)]
    enum Trailer<'a> {
        Attr(Ident<'a>),
        Call(&'a [Expr<'a>], &'a [Keyword<'a>]),
        Sub(Expr<'a>),
    }
    let trailer = choice((
        t(K::Dot).ignore_then(name.clone()).map(Trailer::Attr),
        call_args.map(|(a, k)| Trailer::Call(a, k)),
        slices.map(Trailer::Sub),
    ))
    .boxed();
    let primary = atom
        .foldl_with(trailer.repeated(), |lhs, tr, e| {
            let kind = match tr {
                Trailer::Attr(attr) => ExprKind::Attribute {
                    value: cx.alloc(lhs),
                    attr,
                },
                Trailer::Call(args, keywords) => ExprKind::Call {
                    func: cx.alloc(lhs),
                    args,
                    keywords,
                },
                Trailer::Sub(slice) => ExprKind::Subscript {
                    value: cx.alloc(lhs),
                    slice: cx.alloc(slice),
                },
            };
            cx.expr(kind, e.span())
        })
        .boxed();

    let await_primary = choice((
        t(K::Await)
            .ignore_then(primary.clone())
            .map_with(|v, e| cx.expr(ExprKind::Await(cx.alloc(v)), e.span())),
        primary,
    ))
    .boxed();

    // factor: ('+' | '-' | '~') factor | power;  power: await_primary ['**' factor]
    let factor = recursive(|factor| {
        let power = await_primary
            .clone()
            .then(t(K::DoubleStar).ignore_then(factor.clone()).or_not())
            .map_with(|(l, r), e| match r {
                None => l,
                Some(r) => bin(cx, l, Operator::Pow, r, e.span()),
            });
        let unary = select! {
            K::Plus => UnaryOp::UAdd,
            K::Minus => UnaryOp::USub,
            K::Tilde => UnaryOp::Invert,
        }
        .then(factor)
        .map_with(|(op, v), e| {
            cx.expr(
                ExprKind::UnaryOp {
                    op,
                    operand: cx.alloc(v),
                },
                e.span(),
            )
        });
        guarded(cx, choice((unary, power)).boxed())
    })
    .boxed();

    // The binary operators from `|` down to `*` in one loop: `factor (op factor)*`, the
    // tree built by precedence (all left-associative). One parser level instead of six
    // keeps the per-operand cost low; it stops exactly where the nested rules would (at
    // the first operator not followed by a factor).
    let factor_spanned = factor.map_with(|x, e| (x, e.span())).boxed();
    let _ = bitwise_or_cell.set(
        factor_spanned
            .clone()
            .then(
                select! {
                    K::Star => Operator::Mult,
                    K::Slash => Operator::Div,
                    K::DoubleSlash => Operator::FloorDiv,
                    K::Percent => Operator::Mod,
                    K::At => Operator::MatMult,
                    K::Plus => Operator::Add,
                    K::Minus => Operator::Sub,
                    K::LeftShift => Operator::LShift,
                    K::RightShift => Operator::RShift,
                    K::Amper => Operator::BitAnd,
                    K::Circumflex => Operator::BitXor,
                    K::VBar => Operator::BitOr,
                }
                .then(factor_spanned)
                .repeated()
                .collect::<Vec<(Operator, (Expr<'a>, SimpleSpan))>>(),
            )
            .map(move |(first, rest)| binary_tree(cx, first, &rest))
            .boxed(),
    );

    let cmp_op = choice((
        select! {
            K::EqEqual => CmpOp::Eq,
            K::NotEqual => CmpOp::NotEq,
            K::LessEqual => CmpOp::LtE,
            K::Less => CmpOp::Lt,
            K::GreaterEqual => CmpOp::GtE,
            K::Greater => CmpOp::Gt,
            K::In => CmpOp::In,
        },
        t(K::Not).then(t(K::In)).to(CmpOp::NotIn),
        t(K::Is).ignore_then(t(K::Not).or_not()).map(|n| {
            if n.is_some() {
                CmpOp::IsNot
            } else {
                CmpOp::Is
            }
        }),
    ))
    .boxed();
    let comparison = bitwise_or
        .clone()
        .then(
            cmp_op
                .then(bitwise_or.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map_with(|(left, rest), e| {
            if rest.is_empty() {
                return left;
            }
            let ops: Vec<CmpOp> = rest.iter().map(|r| r.0).collect();
            let comparators: Vec<Expr> = rest.iter().map(|r| r.1).collect();
            cx.expr(
                ExprKind::Compare {
                    left: cx.alloc(left),
                    ops: cx.slice(&ops),
                    comparators: cx.slice(&comparators),
                },
                e.span(),
            )
        })
        .boxed();
    let inversion = recursive(|inversion| {
        guarded(
            cx,
            choice((
                t(K::Not).ignore_then(inversion).map_with(|v, e| {
                    cx.expr(
                        ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            operand: cx.alloc(v),
                        },
                        e.span(),
                    )
                }),
                comparison,
            ))
            .boxed(),
        )
    })
    .boxed();
    let boolop = |lower: B<'t, 'a, Expr<'a>>, tok: Tok<'a>, op: BoolOp| -> B<'t, 'a, Expr<'a>> {
        lower
            .clone()
            .then(t(tok).ignore_then(lower).repeated().collect::<Vec<_>>())
            .map_with(move |(first, rest), e| {
                if rest.is_empty() {
                    return first;
                }
                let mut v = Vec::with_capacity(rest.len() + 1);
                v.push(first);
                v.extend(rest);
                cx.expr(
                    ExprKind::BoolOp {
                        op,
                        values: cx.slice(&v),
                    },
                    e.span(),
                )
            })
            .boxed()
    };
    let conjunction = boolop(inversion, K::And, BoolOp::And);
    let _ = disjunction_cell.set(boolop(conjunction, K::Or, BoolOp::Or));

    // ---- parameters (lambda and def) ----
    let params = |annotated: bool, default: B<'t, 'a, Expr<'a>>| -> B<'t, 'a, &'a Arguments<'a>> {
        let annotation: B<'t, 'a, Option<Expr<'a>>> = if annotated {
            t(K::Colon)
                .ignore_then(choice((starred.clone(), expression_b.clone())))
                .or_not()
                .boxed()
        } else {
            empty().to(None).boxed()
        };
        let param = name
            .clone()
            .then(annotation)
            .map_with(|(arg, ann), e| Arg {
                arg,
                annotation: ann.map(|a| cx.alloc(a)),
                loc: cx.loc(e.span()),
            })
            .boxed();
        let item = choice((
            t(K::Slash).map_with(|_, e| Param::Slash(e.span())),
            t(K::DoubleStar)
                .ignore_then(param.clone())
                .map(Param::DStar),
            t(K::Star)
                .ignore_then(param.clone().or_not())
                .map_with(|p, e| {
                    let s: SimpleSpan = e.span();
                    Param::Star(p, SimpleSpan::from(s.start..s.start + 1))
                }),
            param
                .then(t(K::Equal).ignore_then(default).or_not())
                .map(|(p, d)| Param::Plain(p, d)),
        ));
        item.separated_by(t(K::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .map(move |items| build_arguments(cx, &items))
            .boxed()
    };

    let lambda = t(K::Lambda)
        .ignore_then(params(false, expression_b.clone()))
        .then_ignore(t(K::Colon))
        .then(expression_b.clone())
        .map_with(|(args, body), e| {
            cx.expr(
                ExprKind::Lambda {
                    args,
                    body: cx.alloc(body),
                },
                e.span(),
            )
        })
        .boxed();

    let full_expression = choice((
        lambda,
        disjunction
            .clone()
            .then(
                t(K::If)
                    .ignore_then(disjunction.clone())
                    .then_ignore(expect(K::Else, "expected 'else' after 'if' expression"))
                    .then(expression_b.clone())
                    .or_not(),
            )
            .map_with(|(body, rest), e| match rest {
                None => body,
                Some((test, orelse)) => cx.expr(
                    ExprKind::IfExp {
                        test: cx.alloc(test),
                        body: cx.alloc(body),
                        orelse: cx.alloc(orelse),
                    },
                    e.span(),
                ),
            }),
    ))
    .boxed();
    let _ = expression_cell.set(full_expression);

    // ==== statements ====
    let newline = t(K::Newline);
    // `def`, `try`, `finally` and `else` force their `:` (CPython's `&&':'`): anything
    // else there is "expected ':'". The other headers say so only when the line ends
    // where the `:` should be; other junk there is plain invalid syntax.
    let colon = expect(K::Colon, "expected ':'");
    let soft_colon = custom(|inp: &mut InputRef<'t, '_, In<'t, 'a>, Ex>| {
        let c = inp.cursor();
        let pos = inp.span_since(&c).start;
        match inp.peek() {
            Some(K::Colon) => {
                inp.skip();
                Ok(())
            }
            Some(K::Newline) => Err(PErr {
                pos,
                msg: Some(ErrMsg::Custom("expected ':'")),
            }),
            _ => Err(PErr { pos, msg: None }),
        }
    });

    let rhs = choice((yield_expr.clone(), star_expressions.clone())).boxed();
    let aug_op = select! {
        K::PlusEqual => Operator::Add,
        K::MinEqual => Operator::Sub,
        K::StarEqual => Operator::Mult,
        K::AtEqual => Operator::MatMult,
        K::SlashEqual => Operator::Div,
        K::PercentEqual => Operator::Mod,
        K::AmperEqual => Operator::BitAnd,
        K::VBarEqual => Operator::BitOr,
        K::CircumflexEqual => Operator::BitXor,
        K::LeftShiftEqual => Operator::LShift,
        K::RightShiftEqual => Operator::RShift,
        K::DoubleStarEqual => Operator::Pow,
        K::DoubleSlashEqual => Operator::FloorDiv,
    };
    let expr_stmt = rhs
        .clone()
        .then(
            choice((
                t(K::Colon)
                    .ignore_then(expression_b.clone())
                    .then(t(K::Equal).ignore_then(rhs.clone()).or_not())
                    .map(|(a, v)| StmtTail::Ann(a, v)),
                aug_op.then(rhs.clone()).map(|(op, v)| StmtTail::Aug(op, v)),
                // A last `=` with no value after it is taken too (see below).
                t(K::Equal)
                    .ignore_then(rhs.clone())
                    .repeated()
                    .at_least(1)
                    .collect::<Vec<_>>()
                    .then(t(K::Equal).then(rhs.clone().not()).or_not())
                    .map(|(values, dangling)| StmtTail::Assign(values, dangling.is_some())),
                t(K::Equal)
                    .then(rhs.clone().not())
                    .map(|_| StmtTail::Assign(Vec::new(), true)),
            ))
            .or_not(),
        )
        .validate(move |(first, tail), e, emitter| {
            let span: SimpleSpan = e.span();
            match tail {
                None => StmtKind::Expr(cx.alloc(first)),
                Some(StmtTail::Ann(annotation, value)) => {
                    let parenthesized = cx.kinds.get(span.start) == Some(&K::LPar);
                    StmtKind::AnnAssign {
                        target: cx.alloc(first),
                        annotation: cx.alloc(annotation),
                        value: value.map(|v| cx.alloc(v)),
                        simple: matches!(first.kind, ExprKind::Name(_)) && !parenthesized,
                    }
                }
                Some(StmtTail::Aug(op, value)) => StmtKind::AugAssign {
                    target: cx.alloc(first),
                    op,
                    value: cx.alloc(value),
                },
                Some(StmtTail::Assign(mut rest, dangling)) => {
                    if dangling {
                        // Nothing after the last `=`: CPython's `invalid_assignment` reports
                        // an invalid target there ("cannot assign to function call") before
                        // the missing value; with valid targets it is a syntax error where
                        // the value should be. Either way the parse fails.
                        rest.insert(0, first);
                        if crate::validate::invalid_assignment(cx, &rest) {
                            cx.deferred_wins.set(true);
                        }
                        emitter.emit(PErr {
                            pos: span.end,
                            msg: None,
                        });
                        return StmtKind::Expr(cx.alloc(first));
                    }
                    let value = rest.pop().unwrap_or(first);
                    let mut targets = Vec::with_capacity(rest.len() + 1);
                    targets.push(first);
                    targets.extend(rest);
                    StmtKind::Assign {
                        targets: cx.slice(&targets),
                        value: cx.alloc(value),
                    }
                }
            }
        })
        .boxed();

    let dotted_name = name
        .clone()
        .separated_by(t(K::Dot))
        .at_least(1)
        .collect::<SmallVec<[&'a str; 4]>>()
        .map(move |parts| -> &'a str {
            if parts.len() == 1 {
                parts[0]
            } else {
                cx.arena.alloc_str(&parts.join("."))
            }
        })
        .boxed();
    let alias = |n: B<'t, 'a, &'a str>| {
        n.then(t(K::As).ignore_then(name.clone()).or_not())
            .map_with(|(name, asname), e| Alias {
                name,
                asname,
                loc: cx.loc(e.span()),
            })
            .boxed()
    };
    let import = t(K::Import)
        .ignore_then(
            alias(dotted_name.clone())
                .separated_by(t(K::Comma))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map(|v| StmtKind::Import(cx.slice(&v)))
        .boxed();
    let import_names = alias(name.clone())
        .separated_by(t(K::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    let from_import = t(K::From)
        .ignore_then(
            select! { K::Dot => 1u32, K::Ellipsis => 3u32 }
                .repeated()
                .collect::<Vec<_>>()
                .map(|v| v.iter().sum::<u32>()),
        )
        .then(dotted_name.clone().or_not())
        .then_ignore(t(K::Import))
        .then(choice((
            t(K::Star).map_with(|_, e| {
                vec![Alias {
                    name: "*",
                    asname: None,
                    loc: cx.loc(e.span()),
                }]
            }),
            import_names
                .clone()
                .then_ignore(t(K::Comma).or_not())
                .delimited_by(t(K::LPar), t(K::RPar)),
            import_names,
        )))
        .try_map(|((level, module), names), span: SimpleSpan| {
            if level == 0 && module.is_none() {
                return Err(PErr {
                    pos: span.start + 1,
                    msg: None,
                });
            }
            Ok(StmtKind::ImportFrom {
                module,
                names: cx.slice(&names),
                level,
            })
        })
        .boxed();

    let names_list = name
        .clone()
        .separated_by(t(K::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    let del_targets = target
        .clone()
        .separated_by(t(K::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .boxed();

    let simple_stmt = choice((
        t(K::Pass).to(StmtKind::Pass),
        t(K::Break).to(StmtKind::Break),
        t(K::Continue).to(StmtKind::Continue),
        t(K::Return)
            .ignore_then(star_expressions.clone().or_not())
            .map(|v| StmtKind::Return(v.map(|v| cx.alloc(v)))),
        t(K::Raise)
            .ignore_then(
                expression_b
                    .clone()
                    .then(t(K::From).ignore_then(expression_b.clone()).or_not())
                    .or_not(),
            )
            .map(|v| match v {
                None => StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                Some((exc, cause)) => StmtKind::Raise {
                    exc: Some(cx.alloc(exc)),
                    cause: cause.map(|c| cx.alloc(c)),
                },
            }),
        t(K::Global)
            .ignore_then(names_list.clone())
            .map(|v| StmtKind::Global(cx.slice(&v))),
        t(K::Nonlocal)
            .ignore_then(names_list)
            .map(|v| StmtKind::Nonlocal(cx.slice(&v))),
        t(K::Del)
            .ignore_then(del_targets)
            .map(|v| StmtKind::Delete(cx.slice(&v))),
        t(K::Assert)
            .ignore_then(expression_b.clone())
            .then(t(K::Comma).ignore_then(expression_b.clone()).or_not())
            .map(|(test, msg)| StmtKind::Assert {
                test: cx.alloc(test),
                msg: msg.map(|m| cx.alloc(m)),
            }),
        import,
        from_import,
        expr_stmt,
    ))
    .map_with(|kind, e| Stmt {
        kind,
        loc: cx.loc(e.span()),
    })
    .boxed();
    let simple_stmts = simple_stmt
        .separated_by(t(K::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Stmts<'a>>()
        .then_ignore(newline.clone())
        .boxed();

    // ---- compound statements ----
    let else_block = t(K::Else)
        .ignore_then(colon.clone())
        .ignore_then(block.clone())
        .boxed();
    let if_stmt = t(K::If)
        .ignore_then(named_expression.clone())
        .then_ignore(soft_colon)
        .then(block.clone())
        .then(
            t(K::Elif)
                .map_with(|_, e| e.span())
                .then(named_expression.clone())
                .then_ignore(soft_colon)
                .then(block.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(else_block.clone().or_not())
        .map(move |(((test, body), elifs), orelse)| {
            let mut orelse: &'a [Stmt<'a>] = orelse.unwrap_or(&[]);
            for ((kw, test), body) in elifs.into_iter().rev() {
                let last = orelse.last().or(body.last());
                let mut loc = cx.loc(kw);
                if let Some(last) = last {
                    loc.end_line = last.loc.end_line;
                    loc.end_col = last.loc.end_col;
                }
                let s = Stmt {
                    kind: StmtKind::If {
                        test: cx.alloc(test),
                        body,
                        orelse,
                    },
                    loc,
                };
                orelse = cx.slice(&[s]);
            }
            StmtKind::If {
                test: cx.alloc(test),
                body,
                orelse,
            }
        })
        .boxed();
    let while_stmt = t(K::While)
        .ignore_then(named_expression.clone())
        .then_ignore(soft_colon)
        .then(block.clone())
        .then(else_block.clone().or_not())
        .map(|((test, body), orelse)| StmtKind::While {
            test: cx.alloc(test),
            body,
            orelse: orelse.unwrap_or(&[]),
        })
        .boxed();
    let for_stmt = |is_async: bool| {
        t(K::For)
            .ignore_then(star_targets.clone())
            .then_ignore(t(K::In))
            .then(star_expressions.clone())
            .then_ignore(soft_colon)
            .then(block.clone())
            .then(else_block.clone().or_not())
            .map(move |(((target, iter), body), orelse)| StmtKind::For {
                is_async,
                target: cx.alloc(target),
                iter: cx.alloc(iter),
                body,
                orelse: orelse.unwrap_or(&[]),
            })
            .boxed()
    };
    let with_item = expression_b
        .clone()
        .then(t(K::As).ignore_then(target.clone()).or_not())
        .map(|(e, v)| WithItem {
            context_expr: cx.alloc(e),
            optional_vars: v.map(|v| cx.alloc(v)),
        })
        .boxed();
    let with_items = choice((
        with_item
            .clone()
            .separated_by(t(K::Comma))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(t(K::LPar), t(K::RPar))
            .then_ignore(t(K::Colon)),
        with_item
            .separated_by(t(K::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .then_ignore(soft_colon),
    ))
    .boxed();
    let with_stmt = |is_async: bool| {
        t(K::With)
            .ignore_then(with_items.clone())
            .then(block.clone())
            .map(move |(items, body)| StmtKind::With {
                is_async,
                items: cx.slice(&items),
                body,
            })
            .boxed()
    };
    let except_clause = t(K::Except)
        .ignore_then(t(K::Star).or_not())
        .map_with(|star, e| (star.is_some(), e.span()))
        .then(
            expression_b
                .clone()
                .then(t(K::As).ignore_then(name.clone()).or_not())
                .or_not(),
        )
        .then_ignore(soft_colon)
        .then(block.clone())
        .map_with(|(((star, keyword), te), body), e| {
            let (typ, name) = match te {
                None => (None, None),
                Some((ty, n)) => (Some(cx.alloc(ty)), n),
            };
            (
                star,
                ExceptHandler {
                    typ,
                    name,
                    body,
                    loc: cx.loc(e.span()),
                },
                keyword,
            )
        })
        .boxed();
    let finally_block = t(K::Finally)
        .ignore_then(colon.clone())
        .ignore_then(block.clone())
        .boxed();
    let try_stmt = t(K::Try)
        .ignore_then(colon.clone())
        .ignore_then(block.clone())
        .then(choice((
            except_clause
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .then(else_block.clone().or_not())
                .then(finally_block.clone().or_not())
                .map(|((h, e), f)| (h, e, f)),
            finally_block.map(|f| (Vec::new(), None, Some(f))),
            fail(ErrMsg::Custom("expected 'except' or 'finally' block")),
        )))
        .map_with(move |(body, (handlers, orelse, finalbody)), _| {
            let is_star = handlers.first().is_some_and(|h| h.0);
            if let Some(h) = handlers.iter().find(|h| h.0 != is_star) {
                // CPython points at the first clause of the other kind: its keyword
                cx.defer_span(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    h.2,
                );
            }
            let hs: Vec<ExceptHandler> = handlers.iter().map(|h| h.1).collect();
            StmtKind::Try {
                body,
                handlers: cx.slice(&hs),
                orelse: orelse.unwrap_or(&[]),
                finalbody: finalbody.unwrap_or(&[]),
                is_star,
            }
        })
        .boxed();

    let funcdef = |is_async: bool| {
        t(K::Def)
            .ignore_then(name.clone())
            .then(params(true, expression_b.clone()).delimited_by(t(K::LPar), t(K::RPar)))
            .then(t(K::RArrow).ignore_then(expression_b.clone()).or_not())
            .then_ignore(colon.clone())
            .then(block.clone())
            .map(move |(((name, args), returns), body)| FunctionDef {
                name,
                args,
                body,
                decorator_list: &[],
                returns: returns.map(|r| cx.alloc(r)),
                is_async,
            })
            .boxed()
    };
    let classdef = t(K::Class)
        .ignore_then(name.clone())
        .then(class_args.or_not())
        .then_ignore(soft_colon)
        .then(block.clone())
        .map(|((name, args), body)| {
            let (bases, keywords) = args.unwrap_or((&[], &[]));
            ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list: &[],
            }
        })
        .boxed();
    let async_stmt = t(K::Async)
        .ignore_then(choice((
            funcdef(true).map(|f| StmtKind::FunctionDef(cx.alloc(f))),
            for_stmt(true),
            with_stmt(true),
        )))
        .boxed();
    let decorated = t(K::At)
        .ignore_then(named_expression.clone())
        .then_ignore(newline.clone())
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .then(
            choice((
                funcdef(false).map(Ok),
                t(K::Async).ignore_then(funcdef(true)).map(Ok),
                classdef.clone().map(Err),
            ))
            .map_with(|d, e| (d, e.span())),
        )
        .map(move |(decos, (def, span))| {
            let decorator_list = cx.slice(&decos);
            let kind = match def {
                Ok(mut f) => {
                    f.decorator_list = decorator_list;
                    StmtKind::FunctionDef(cx.alloc(f))
                }
                Err(mut c) => {
                    c.decorator_list = decorator_list;
                    StmtKind::ClassDef(cx.alloc(c))
                }
            };
            Stmt {
                kind,
                loc: cx.loc(span),
            }
        })
        .boxed();

    let match_stmt = match_statement(
        cx,
        &name,
        &star_named_expression,
        &named_expression,
        &strings,
        &block,
        soft_colon.boxed(),
    );

    let compound = choice((
        if_stmt,
        while_stmt,
        for_stmt(false),
        try_stmt,
        with_stmt(false),
        funcdef(false).map(|f| StmtKind::FunctionDef(cx.alloc(f))),
        classdef.map(|c| StmtKind::ClassDef(cx.alloc(c))),
        async_stmt,
        match_stmt,
    ))
    .map_with(|kind, e| Stmt {
        kind,
        loc: cx.loc(e.span()),
    })
    .boxed();

    let statement = choice((
        decorated.map(|s| Stmts::from_elem(s, 1)),
        compound.map(|s| Stmts::from_elem(s, 1)),
        simple_stmts.clone(),
    ))
    .boxed();
    let statements = statement
        .repeated()
        .at_least(1)
        .fold(Vec::new(), |mut acc: Vec<Stmt<'a>>, s| {
            acc.extend(s);
            acc
        })
        .boxed();
    let need_indent = custom(|inp: &mut InputRef<'t, '_, In<'t, 'a>, Ex>| {
        let c = inp.cursor();
        if inp.peek() == Some(K::Indent) {
            inp.skip();
            Ok(())
        } else {
            let pos = inp.span_since(&c).start;
            Err(PErr {
                pos,
                msg: Some(ErrMsg::NeedIndent),
            })
        }
    });
    // A nested block costs about as much stack as four expression levels.
    let _ = block_cell.set(guarded_by(
        cx,
        choice((
            newline
                .clone()
                .ignore_then(need_indent)
                .ignore_then(statements.clone())
                .then_ignore(t(K::Dedent)),
            simple_stmts.map(|v| v.into_vec()),
        ))
        .map(move |v| cx.slice(&v))
        .boxed(),
        4,
    ));

    let module = statements
        .or_not()
        .map(|v| v.unwrap_or_default())
        .then_ignore(t(K::EndMarker))
        .boxed();
    let eval = star_expressions
        .then_ignore(newline.repeated())
        .then_ignore(t(K::EndMarker))
        .boxed();
    Grammar {
        module,
        eval,
        _cells: vec![
            expression_cell,
            disjunction_cell,
            bitwise_or_cell,
            // Cells of other output types are kept through their own handles.
        ],
        _more: (fparts_cell, block_cell),
    }
}

/// Sorts call arguments into positional and keyword, checking CPython's order rules.
fn build_call_args<'a>(
    cx: &Cx<'a, '_>,
    items: &[CallArg<'a>],
    parens: SimpleSpan,
) -> (&'a [Expr<'a>], &'a [Keyword<'a>]) {
    let mut args = Vec::new();
    let mut kws = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match *item {
            CallArg::Pos(v) => {
                // CPython points at the closing parenthesis.
                let close = SimpleSpan::from(parens.end.saturating_sub(1)..parens.end);
                if seen_dstar {
                    cx.defer_span_at(
                        "positional argument follows keyword argument unpacking",
                        close,
                        v.loc,
                    );
                } else if seen_kw {
                    cx.defer_span_at("positional argument follows keyword argument", close, v.loc);
                }
                args.push(v);
            }
            CallArg::Gen(elt, generators, span) => {
                if items.len() > 1 {
                    cx.defer_span("Generator expression must be parenthesized", span);
                }
                // A lone generator argument shares the call's parentheses.
                args.push(cx.expr(
                    ExprKind::GeneratorExp {
                        elt: cx.alloc(elt),
                        generators,
                    },
                    if items.len() == 1 { parens } else { span },
                ));
            }
            CallArg::Star(v, span) => {
                if seen_dstar {
                    let start = SimpleSpan::from(span.start..span.start);
                    cx.defer_span(
                        "iterable argument unpacking follows keyword argument unpacking",
                        start,
                    );
                }
                args.push(cx.expr(ExprKind::Starred(cx.alloc(v)), span));
            }
            CallArg::Kw(n, v, span) => {
                seen_kw = true;
                kws.push(Keyword {
                    arg: Some(n),
                    value: cx.alloc(v),
                    loc: cx.loc(span),
                });
            }
            CallArg::DStar(v, span) => {
                seen_dstar = true;
                kws.push(Keyword {
                    arg: None,
                    value: cx.alloc(v),
                    loc: cx.loc(span),
                });
            }
        }
    }
    (cx.slice(&args), cx.slice(&kws))
}

impl<'a> Cx<'a, '_> {
    /// Defers an error shown at token span `at`, ordered by the node at `loc`.
    fn defer_span_at(&self, msg: &str, at: SimpleSpan, loc: Loc) {
        let (a, b) = self.bytes(at);
        let (ls, _) = self.index.line_range(self.src, loc.line);
        let order = ls + loc.col as usize;
        let mut d = self.deferred.borrow_mut();
        if d.as_ref().is_none_or(|old| order < old.start) {
            *d = Some(Deferred {
                kind: ErrorKind::SyntaxError,
                msg: msg.to_string(),
                start: a as usize,
                end: b as usize,
            });
        }
    }

    fn defer_loc(&self, msg: &str, loc: Loc) {
        // Convert the node location back to byte offsets through the line index.
        let (ls, _) = self.index.line_range(self.src, loc.line);
        let (els, _) = self.index.line_range(self.src, loc.end_line);
        self.defer(
            ErrorKind::SyntaxError,
            msg,
            ls + loc.col as usize,
            els + loc.end_col as usize,
        );
    }
}

/// Builds `Arguments` from parameter items, checking their order.
fn build_arguments<'a>(cx: &Cx<'a, '_>, items: &[Param<'a>]) -> &'a Arguments<'a> {
    let mut posonly = Vec::new();
    let mut args = Vec::new();
    let mut vararg = None;
    let mut kwonly = Vec::new();
    let mut kw_defaults = Vec::new();
    let mut kwarg = None;
    let mut defaults = Vec::new();
    let mut seen_star = false;
    let mut seen_slash = false;
    for (i, item) in items.iter().enumerate() {
        if kwarg.is_some() {
            let loc = match item {
                Param::Plain(a, _) | Param::DStar(a) => a.loc,
                Param::Star(_, s) | Param::Slash(s) => cx.loc(*s),
            };
            cx.defer_loc("arguments cannot follow var-keyword argument", loc);
        }
        match *item {
            Param::Slash(span) => {
                if seen_star {
                    cx.defer_span("/ must be ahead of *", span);
                } else if seen_slash {
                    cx.defer_span("/ may appear only once", span);
                } else if i == 0 {
                    cx.defer_span("at least one argument must precede /", span);
                }
                seen_slash = true;
                posonly.append(&mut args);
            }
            Param::Star(p, span) => {
                if seen_star {
                    cx.defer_span("* argument may appear only once", span);
                }
                seen_star = true;
                vararg = p.map(|p| cx.alloc(p));
                if p.is_none() {
                    let followed = items[i + 1..].iter().any(|x| matches!(x, Param::Plain(..)));
                    if !followed {
                        cx.defer_span("named arguments must follow bare *", span);
                    }
                }
            }
            Param::DStar(a) => kwarg = Some(cx.alloc(a)),
            Param::Plain(a, d) => {
                if seen_star {
                    kwonly.push(a);
                    kw_defaults.push(d);
                } else {
                    match d {
                        Some(d) => defaults.push(d),
                        None if !defaults.is_empty() => {
                            cx.defer_loc("non-default argument follows default argument", a.loc)
                        }
                        None => {}
                    }
                    args.push(a);
                }
            }
        }
    }
    cx.alloc(Arguments {
        posonlyargs: cx.slice(&posonly),
        args: cx.slice(&args),
        vararg,
        kwonlyargs: cx.slice(&kwonly),
        kw_defaults: cx.slice(&kw_defaults),
        kwarg,
        defaults: cx.slice(&defaults),
    })
}

/// Joins the pieces of an implicitly concatenated string into a `Constant` or a
/// `JoinedStr`.
fn fjoin<'a>(cx: &Cx<'a, '_>, pieces: &[Piece<'a>], span: SimpleSpan) -> Expr<'a> {
    let loc = cx.loc(span);
    let any_f = pieces.iter().any(|p| matches!(p, Piece::F(_)));
    let mut bytes_seen = false;
    let mut str_seen = any_f;
    for p in pieces {
        if let Piece::Plain(tok, _) = p {
            if strings::is_bytes(tok) {
                bytes_seen = true;
            } else {
                str_seen = true;
            }
        }
    }
    if bytes_seen && str_seen {
        cx.defer_span("cannot mix bytes and nonbytes literals", span);
        return Expr {
            kind: ExprKind::Constant(Constant::Str("")),
            loc,
        };
    }
    let decode_err = |msg: String, s: SimpleSpan| {
        cx.defer_span(msg, s);
    };
    if bytes_seen {
        let mut out: Vec<u8> = Vec::new();
        for p in pieces {
            if let Piece::Plain(tok, s) = p {
                match strings::decode(cx.arena, tok) {
                    Ok(strings::Lit::Bytes(b)) => out.extend_from_slice(b),
                    Ok(strings::Lit::Str(_)) => {}
                    Err(m) => decode_err(m, *s),
                }
            }
        }
        return Expr {
            kind: ExprKind::Constant(Constant::Bytes(cx.arena.alloc_slice_copy(&out))),
            loc,
        };
    }
    if !any_f {
        if let [Piece::Plain(tok, s)] = pieces {
            let v = match strings::decode(cx.arena, tok) {
                Ok(strings::Lit::Str(v)) => v,
                Ok(_) => "",
                Err(m) => {
                    decode_err(m, *s);
                    ""
                }
            };
            return Expr {
                kind: ExprKind::Constant(Constant::Str(v)),
                loc,
            };
        }
    }
    // Collect parts, merging adjacent literal text.
    let mut parts: Vec<Expr<'a>> = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, parts: &mut Vec<Expr<'a>>| {
        if !text.is_empty() {
            parts.push(Expr {
                kind: ExprKind::Constant(Constant::Str(cx.arena.alloc_str(text))),
                loc,
            });
            text.clear();
        }
    };
    for p in pieces {
        match p {
            Piece::Plain(tok, s) => match strings::decode(cx.arena, tok) {
                Ok(strings::Lit::Str(v)) => text.push_str(v),
                Ok(_) => {}
                Err(m) => decode_err(m, *s),
            },
            Piece::F(fps) => {
                for fp in fps.iter() {
                    match fp {
                        FPart::Lit(raw_text, raw, s) => {
                            match strings::decode_text(cx.arena, raw_text, *raw, true) {
                                Ok(v) => text.push_str(v),
                                Err(m) => decode_err(m, *s),
                            }
                        }
                        FPart::Field(debug, fv) => {
                            if let Some(d) = debug {
                                text.push_str(d);
                            }
                            flush(&mut text, &mut parts);
                            parts.push(*fv);
                        }
                    }
                }
            }
        }
    }
    if !any_f {
        return Expr {
            kind: ExprKind::Constant(Constant::Str(cx.arena.alloc_str(&text))),
            loc,
        };
    }
    flush(&mut text, &mut parts);
    Expr {
        kind: ExprKind::JoinedStr(cx.slice(&parts)),
        loc,
    }
}

/// The `match` statement and the pattern grammar (PEP 634).
fn match_statement<'t, 'a: 't>(
    cx: &'t Cx<'a, 't>,
    name: &B<'t, 'a, &'a str>,
    star_named_expression: &B<'t, 'a, Expr<'a>>,
    named_expression: &B<'t, 'a, Expr<'a>>,
    strings: &B<'t, 'a, Expr<'a>>,
    block: &B<'t, 'a, &'a [Stmt<'a>]>,
    colon: B<'t, 'a, ()>,
) -> B<'t, 'a, StmtKind<'a>> {
    use Tok as K;
    let pat = |kind: PatternKind<'a>, s: SimpleSpan| Pattern {
        kind,
        loc: cx.loc(s),
    };

    let number =
        select! { K::Number(c) => c }.map_with(|c, e| cx.expr(ExprKind::Constant(c), e.span()));
    let signed = choice((
        t(K::Minus).ignore_then(number).map_with(|v, e| {
            cx.expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: cx.alloc(v),
                },
                e.span(),
            )
        }),
        number,
    ))
    .boxed();
    let number_pattern = signed
        .clone()
        .then(
            select! { K::Plus => Operator::Add, K::Minus => Operator::Sub }
                .then(number)
                .or_not(),
        )
        .map_with(|(l, r), e| match r {
            None => l,
            Some((op, r)) => bin(cx, l, op, r, e.span()),
        })
        .boxed();
    let attr_chain = name
        .clone()
        .map_with(|n, e| cx.expr(ExprKind::Name(n), e.span()))
        .foldl_with(
            t(K::Dot).ignore_then(name.clone()).repeated(),
            |l, attr, e| {
                cx.expr(
                    ExprKind::Attribute {
                        value: cx.alloc(l),
                        attr,
                    },
                    e.span(),
                )
            },
        )
        .boxed();

    let capture_name = name
        .clone()
        .map(|n| if n == "_" { None } else { Some(n) })
        .boxed();

    let pattern = recursive(|pattern| {
        let maybe_star = choice((
            t(K::Star)
                .ignore_then(capture_name.clone())
                .map_with(move |n, e| pat(PatternKind::MatchStar(n), e.span())),
            pattern.clone(),
        ))
        .boxed();
        let seq_items = maybe_star
            .clone()
            .separated_by(t(K::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .boxed();
        let group_or_seq = t(K::LPar)
            .ignore_then(choice((
                t(K::RPar).to(None),
                maybe_star
                    .clone()
                    .then(t(K::Comma).ignore_then(seq_items.clone()).or_not())
                    .then_ignore(t(K::RPar))
                    .map(Some),
            )))
            .map_with(move |r, e| match r {
                None => pat(PatternKind::MatchSequence(&[]), e.span()),
                Some((first, None)) if !matches!(first.kind, PatternKind::MatchStar(_)) => first,
                Some((first, rest)) => {
                    let mut v = vec![first];
                    v.extend(rest.unwrap_or_default());
                    pat(PatternKind::MatchSequence(cx.slice(&v)), e.span())
                }
            });
        let list_seq = seq_items
            .clone()
            .delimited_by(t(K::LSqb), t(K::RSqb))
            .map_with(move |v, e| pat(PatternKind::MatchSequence(cx.slice(&v)), e.span()));
        let key = choice((number_pattern.clone(), strings.clone(), attr_chain.clone(), select! {
            K::None => Constant::None, K::True => Constant::Bool(true), K::False => Constant::Bool(false)
        }.map_with(|c, e| cx.expr(ExprKind::Constant(c), e.span()))));
        #[derive(Clone, Copy)]
        enum MapItem<'a> {
            Kv(Expr<'a>, Pattern<'a>),
            Rest(Ident<'a>),
        }
        let mapping = choice((
            t(K::DoubleStar).ignore_then(name.clone()).map(MapItem::Rest),
            key.then_ignore(t(K::Colon)).then(pattern.clone()).map(|(k, p)| MapItem::Kv(k, p)),
        ))
        .separated_by(t(K::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(t(K::LBrace), t(K::RBrace))
        .map_with(move |items, e| {
            let mut keys = Vec::new();
            let mut patterns = Vec::new();
            let mut rest = None;
            for it in items {
                match it {
                    MapItem::Kv(k, p) => {
                        keys.push(k);
                        patterns.push(p);
                    }
                    MapItem::Rest(n) => rest = Some(n),
                }
            }
            pat(
                PatternKind::MatchMapping {
                    keys: cx.slice(&keys),
                    patterns: cx.slice(&patterns),
                    rest,
                },
                e.span(),
            )
        });
        #[derive(Clone, Copy)]
        enum ClassArg<'a> {
            Pos(Pattern<'a>),
            Kw(Ident<'a>, Pattern<'a>),
        }
        let class_args = choice((
            name.clone()
                .then_ignore(t(K::Equal))
                .then(pattern.clone())
                .map(|(n, p)| ClassArg::Kw(n, p)),
            pattern.clone().map(ClassArg::Pos),
        ))
        .separated_by(t(K::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(t(K::LPar), t(K::RPar));
        let name_led = attr_chain
            .clone()
            .then(class_args.or_not())
            .map_with(move |(cls, args), e| match args {
                Some(args) => {
                    let mut patterns = Vec::new();
                    let mut kwd_attrs = Vec::new();
                    let mut kwd_patterns = Vec::new();
                    for a in args {
                        match a {
                            ClassArg::Pos(p) => patterns.push(p),
                            ClassArg::Kw(n, p) => {
                                kwd_attrs.push(n);
                                kwd_patterns.push(p);
                            }
                        }
                    }
                    pat(
                        PatternKind::MatchClass {
                            cls: cx.alloc(cls),
                            patterns: cx.slice(&patterns),
                            kwd_attrs: cx.slice(&kwd_attrs),
                            kwd_patterns: cx.slice(&kwd_patterns),
                        },
                        e.span(),
                    )
                }
                None => match cls.kind {
                    ExprKind::Name("_") => pat(
                        PatternKind::MatchAs {
                            pattern: None,
                            name: None,
                        },
                        e.span(),
                    ),
                    ExprKind::Name(n) => pat(
                        PatternKind::MatchAs {
                            pattern: None,
                            name: Some(n),
                        },
                        e.span(),
                    ),
                    _ => pat(PatternKind::MatchValue(cx.alloc(cls)), e.span()),
                },
            });
        let literal = choice((
            select! {
                K::None => Constant::None, K::True => Constant::Bool(true), K::False => Constant::Bool(false)
            }
            .map_with(move |c, e| pat(PatternKind::MatchSingleton(c), e.span())),
            number_pattern.clone().map_with(move |v, e| pat(PatternKind::MatchValue(cx.alloc(v)), e.span())),
            strings.clone().map_with(move |v, e| pat(PatternKind::MatchValue(cx.alloc(v)), e.span())),
        ));
        let closed = choice((literal, name_led, group_or_seq, list_seq, mapping)).boxed();
        let or_pattern = closed
            .separated_by(t(K::VBar))
            .at_least(1)
            .collect::<Vec<_>>()
            .map_with(move |v, e| {
                if v.len() == 1 {
                    v[0]
                } else {
                    pat(PatternKind::MatchOr(cx.slice(&v)), e.span())
                }
            });
        guarded(
            cx,
            or_pattern
                .then(t(K::As).ignore_then(name.clone()).or_not())
                .map_with(move |(p, asname), e| match asname {
                    None => p,
                    Some(n) => pat(
                        PatternKind::MatchAs {
                            pattern: Some(cx.alloc(p)),
                            name: Some(n),
                        },
                        e.span(),
                    ),
                })
                .boxed(),
        )
    })
    .boxed();

    let top_maybe_star = choice((
        t(K::Star)
            .ignore_then(capture_name)
            .map_with(move |n, e| pat(PatternKind::MatchStar(n), e.span())),
        pattern.clone(),
    ))
    .boxed();
    let patterns = top_maybe_star
        .clone()
        .then(
            t(K::Comma)
                .ignore_then(
                    top_maybe_star
                        .separated_by(t(K::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(move |(first, rest), e| match rest {
            None => first,
            Some(rest) => {
                let mut v = vec![first];
                v.extend(rest);
                pat(PatternKind::MatchSequence(cx.slice(&v)), e.span())
            }
        })
        .boxed();
    let case = select! { K::Name("case") => () }
        .ignore_then(patterns)
        .then(t(K::If).ignore_then(named_expression.clone()).or_not())
        .then_ignore(colon)
        .then(block.clone())
        .map(|((pattern, guard), body)| MatchCase {
            pattern: cx.alloc(pattern),
            guard: guard.map(|g| cx.alloc(g)),
            body,
        })
        .boxed();
    let subject = star_named_expression
        .clone()
        .then(
            t(K::Comma)
                .ignore_then(
                    star_named_expression
                        .clone()
                        .separated_by(t(K::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .or_not(),
        )
        .map_with(move |(first, rest), e| tuple_or_single(cx, first, rest, e.span()))
        .boxed();
    select! { K::Name("match") => () }
        .ignore_then(subject)
        .then_ignore(t(K::Colon))
        .then_ignore(t(K::Newline))
        .then_ignore(t(K::Indent))
        .then(case.repeated().at_least(1).collect::<Vec<_>>())
        .then_ignore(t(K::Dedent))
        .map(move |(subject, cases)| StmtKind::Match {
            subject: cx.alloc(subject),
            cases: cx.slice(&cases),
        })
        .boxed()
}
