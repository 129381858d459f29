//! Expressions: operators, calls, displays, comprehensions, lambdas, f-strings,
//! `yield`/`await`, and conditional jumps on boolean expressions.

use super::{CResult, Compiler, Ctx, UnitKind};
use crate::code::Const;
use crate::fold;
use crate::opcode::{BinaryOp, CompareOp, Opcode};
use crate::symtable::CompKind;
use coil_syntax::ast::*;

/// Above this many items a display is built incrementally (CPython's guideline).
const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn binop_number(op: Operator) -> u32 {
    (match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }) as u32
}

/// The type a literal expression evaluates to (CPython's `infer_type`), if known.
fn infer_type(e: &Expr<'_>) -> Option<&'static str> {
    if let Some(c) = fold::fold(e) {
        return Some(match c {
            Const::None => "NoneType",
            Const::Bool(_) => "bool",
            Const::Int(_) | Const::BigInt(_) => "int",
            Const::Float(_) => "float",
            Const::Complex { .. } => "complex",
            Const::Str(_) => "str",
            Const::Bytes(_) => "bytes",
            Const::Tuple(_) => "tuple",
            Const::FrozenSet(_) => "frozenset",
            Const::Ellipsis => "ellipsis",
            Const::Code(_) => "code",
        });
    }
    Some(match e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Slice { .. } => "slice",
        _ => return None,
    })
}

fn is_starred(e: &Expr<'_>) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr<'a>) -> CResult {
        let saved = self.ur().loc;
        self.u().loc = e.loc;
        let r = self.expr_inner(e);
        self.u().loc = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr<'a>) -> CResult {
        if let Some(c) = fold::fold(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(c) => {
                let c = fold::constant(c);
                self.load_const(c);
            }
            ExprKind::Name(n) => self.name_op(n, Ctx::Load)?,
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
                    BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::COPY, 1);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BINARY_OP, binop_number(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(
                    match op {
                        UnaryOp::Invert => Opcode::UNARY_INVERT,
                        UnaryOp::Not => Opcode::UNARY_NOT,
                        UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                        UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                    },
                    0,
                );
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump(Opcode::JUMP_FORWARD, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => self.starunpack(
                elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            )?,
            ExprKind::List(elts) => self.starunpack(
                elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                false,
            )?,
            ExprKind::Tuple(elts) => self.starunpack(
                elts,
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::Await(v) => {
                if !self.in_function() {
                    return self.error("'await' outside function");
                }
                if !matches!(
                    self.ur().kind,
                    UnitKind::AsyncFunction | UnitKind::Comprehension
                ) {
                    return self.error("'await' outside async function");
                }
                self.expr(v)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Const::None);
                self.yield_from_loop(true);
            }
            ExprKind::Yield(v) => {
                if !self.in_function() {
                    return self.error("'yield' outside function");
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.ur().kind == UnitKind::AsyncFunction {
                    self.emit(Opcode::ASYNC_GEN_WRAP, 0);
                }
                self.emit(Opcode::YIELD_VALUE, 0);
            }
            ExprKind::YieldFrom(v) => {
                if !self.in_function() {
                    return self.error("'yield' outside function");
                }
                if self.ur().kind == UnitKind::AsyncFunction {
                    return self.error("'yield from' inside async function");
                }
                self.expr(v)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                self.yield_from_loop(false);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= crate::opcode::FORMAT_HAS_SPEC;
                }
                self.emit(Opcode::FORMAT_VALUE, flags);
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Const::Str(String::new()));
                } else {
                    for p in *parts {
                        self.expr(p)?;
                    }
                    if parts.len() > 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. })
                    {
                        self.emit(Opcode::BUILD_STRING, parts.len() as u32);
                    }
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit_mangled(Opcode::LOAD_ATTR, attr);
            }
            ExprKind::Subscript { value, slice } => {
                self.check_subscript(value, slice);
                self.expr(value)?;
                self.subscript_index(slice)?;
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            ExprKind::Starred(_) => return self.error("can't use starred expression here"),
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
        }
        Ok(())
    }

    /// A subscript's index; a bare `*x` (`a[*x]`, PEP 646) is the tuple `(*x,)`.
    pub fn subscript_index(&mut self, slice: &'a Expr<'a>) -> CResult {
        if let ExprKind::Starred(_) = slice.kind {
            return self.starunpack(
                std::slice::from_ref(slice),
                0,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            );
        }
        self.expr(slice)
    }

    // ---- SyntaxWarnings (CPython's check_compare / check_caller / check_subscripter /
    // check_index) ------------------------------------------------------------------

    fn check_compare(&mut self, left: &'a Expr<'a>, ops: &'a [CmpOp], comparators: &'a [Expr<'a>]) {
        let is_arg = |e: &Expr<'_>| match fold::fold(e) {
            None => true,
            Some(c) => matches!(c, Const::None | Const::Bool(_) | Const::Ellipsis),
        };
        let mut l = is_arg(left);
        for (op, c) in ops.iter().zip(comparators) {
            let r = is_arg(c);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!l || !r) {
                self.warn(if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                });
                return;
            }
            l = r;
        }
    }

    fn check_caller(&mut self, func: &'a Expr<'a>) {
        let literal = matches!(
            func.kind,
            ExprKind::Constant(_)
                | ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr(_)
                | ExprKind::FormattedValue { .. }
        ) || fold::fold(func).is_some();
        if literal {
            if let Some(t) = infer_type(func) {
                self.warn(format!(
                    "'{t}' object is not callable; perhaps you missed a comma?"
                ));
            }
        }
    }

    fn check_subscript(&mut self, value: &'a Expr<'a>, slice: &'a Expr<'a>) {
        let folded = fold::fold(value);
        let not_subscriptable = match &folded {
            Some(c) => matches!(
                c,
                Const::None
                    | Const::Ellipsis
                    | Const::Int(_)
                    | Const::BigInt(_)
                    | Const::Bool(_)
                    | Const::Float(_)
                    | Const::Complex { .. }
                    | Const::FrozenSet(_)
            ),
            None => matches!(
                value.kind,
                ExprKind::Set(_)
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Lambda { .. }
            ),
        };
        if not_subscriptable {
            if let Some(t) = infer_type(value) {
                self.warn(format!(
                    "'{t}' object is not subscriptable; perhaps you missed a comma?"
                ));
            }
            return;
        }
        let Some(index_type) = infer_type(slice) else {
            return;
        };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match &folded {
            Some(c) => matches!(c, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)),
            None => matches!(
                value.kind,
                ExprKind::Tuple(_)
                    | ExprKind::List(_)
                    | ExprKind::ListComp { .. }
                    | ExprKind::JoinedStr(_)
                    | ExprKind::FormattedValue { .. }
            ),
        };
        if sequence {
            if let Some(t) = infer_type(value) {
                self.warn(format!(
                    "{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
                ));
            }
        }
    }

    /// The `SEND` loop of `yield from` / `await`: `(receiver, value -- result)`.
    pub fn yield_from_loop(&mut self, _is_await: bool) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit_jump(Opcode::JUMP_BACKWARD_NO_INTERRUPT, start);
        self.bind(exit);
    }

    /// Pushes a tuple of the expressions (a constant when they all are).
    pub fn tuple_of(&mut self, elts: &'a [Expr<'a>]) -> CResult {
        if let Some(items) = elts.iter().map(fold::fold).collect::<Option<Vec<_>>>() {
            self.load_const(Const::Tuple(items));
            return Ok(());
        }
        for e in elts {
            self.expr(e)?;
        }
        self.emit(Opcode::BUILD_TUPLE, elts.len() as u32);
        Ok(())
    }

    /// Builds a list/set/tuple display, with `*x` unpacking (CPython's `starunpack_helper`).
    fn starunpack(
        &mut self,
        elts: &'a [Expr<'a>],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2 {
            if let Some(items) = elts.iter().map(fold::fold).collect::<Option<Vec<_>>>() {
                if tuple && pushed == 0 {
                    self.load_const(Const::Tuple(items));
                } else {
                    let folded = if add == Opcode::SET_ADD {
                        Const::FrozenSet(fold::dedup(items))
                    } else {
                        Const::Tuple(items)
                    };
                    self.emit(build, pushed);
                    self.load_const(folded);
                    self.emit(extend, 1);
                    if tuple {
                        self.emit(Opcode::LIST_TO_TUPLE, 0);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.emit(op, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(v) = e.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(v)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr<'a>>], values: &'a [Expr<'a>]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        let mut start = 0usize;
        for i in 0..n {
            match &keys[i] {
                Some(_) => {
                    if elements == STACK_USE_GUIDELINE {
                        self.subdict(keys, values, start, i)?;
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                        start = i;
                    }
                    elements += 1;
                }
                None => {
                    if elements > 0 {
                        self.subdict(keys, values, start, i)?;
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        elements = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&values[i])?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                    start = i + 1;
                }
            }
        }
        if elements > 0 {
            self.subdict(keys, values, start, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    /// `{k: v, ...}` for entries `begin..end` (all with keys).
    fn subdict(
        &mut self,
        keys: &'a [Option<Expr<'a>>],
        values: &'a [Expr<'a>],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        if n > 1 {
            let consts: Option<Vec<Const>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(fold::fold))
                .collect();
            if let Some(ks) = consts {
                for v in &values[begin..end] {
                    self.expr(v)?;
                }
                self.load_const(Const::Tuple(ks));
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
        }
        self.emit(Opcode::BUILD_MAP, n as u32);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (opc, arg) = match op {
            CmpOp::Eq => (Opcode::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => (Opcode::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => (Opcode::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => (Opcode::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => (Opcode::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => (Opcode::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opc, arg);
    }

    /// A comparison operand. As in CPython, only the LAST comparator of a chain is an
    /// `in` container candidate: `x in [a, b]` builds a tuple, `{consts}` a frozenset.
    fn comparator(&mut self, op: CmpOp, e: &'a Expr<'a>, last: bool) -> CResult {
        if last && matches!(op, CmpOp::In | CmpOp::NotIn) {
            return self.iterable(e);
        }
        self.expr(e)
    }

    fn compare(
        &mut self,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
    ) -> CResult {
        self.check_compare(left, ops, comparators);
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.comparator(ops[0], &comparators[0], true)?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.comparator(ops[i], &comparators[i], false)?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.comparator(ops[n - 1], &comparators[n - 1], true)?;
        self.compare_op(ops[n - 1]);
        let end = self.new_label();
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `label` when `e`'s truth equals `cond`, else falls through; short-circuits
    /// `not`, `and`/`or`, conditional expressions and chained comparisons.
    pub fn jump_if(
        &mut self,
        e: &'a Expr<'a>,
        label: crate::assemble::Label,
        cond: bool,
    ) -> CResult {
        let saved = self.ur().loc;
        self.u().loc = e.loc;
        let r = self.jump_if_inner(e, label, cond);
        self.u().loc = saved;
        r
    }

    fn jump_if_inner(
        &mut self,
        e: &'a Expr<'a>,
        label: crate::assemble::Label,
        cond: bool,
    ) -> CResult {
        if let Some(c) = fold::fold(e) {
            if let Some(truth) = fold::truth(&c) {
                if truth == cond {
                    self.emit_jump(Opcode::JUMP_FORWARD, label);
                }
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, label, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond != cond2 {
                    self.new_label()
                } else {
                    label
                };
                for v in &values[..values.len() - 1] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[values.len() - 1], label, cond)?;
                if next2 != label {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, label, cond)?;
                self.emit_jump(Opcode::JUMP_FORWARD, end);
                self.bind(next2);
                self.jump_if(orelse, label, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                self.check_compare(left, ops, comparators);
                let n = ops.len();
                self.expr(left)?;
                let cleanup = self.new_label();
                for i in 0..n - 1 {
                    self.comparator(ops[i], &comparators[i], false)?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.comparator(ops[n - 1], &comparators[n - 1], true)?;
                self.compare_op(ops[n - 1]);
                self.emit_jump(
                    if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    },
                    label,
                );
                let end = self.new_label();
                self.emit_jump(Opcode::JUMP_FORWARD, end);
                self.bind(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !cond {
                    self.emit_jump(Opcode::JUMP_FORWARD, label);
                }
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                && matches!(comparators[0].kind, ExprKind::Constant(Constant::None)) =>
            {
                self.check_compare(left, ops, comparators);
                self.expr(left)?;
                let is_none = (ops[0] == CmpOp::Is) == cond;
                self.emit_jump(
                    if is_none {
                        Opcode::POP_JUMP_IF_NONE
                    } else {
                        Opcode::POP_JUMP_IF_NOT_NONE
                    },
                    label,
                );
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            label,
        );
        Ok(())
    }

    // ---- calls ---------------------------------------------------------------------

    fn check_keywords(&self, keywords: &[Keyword<'_>]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = k.arg else { continue };
            if name == "__debug__" {
                return self.error("cannot assign to __debug__");
            }
            if keywords[i + 1..].iter().any(|o| o.arg == Some(name)) {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg == Some(name))
                    .map_or(k.loc, |o| o.loc);
                return self.error_at(format!("keyword argument repeated: {name}"), dup);
            }
        }
        Ok(())
    }

    fn call(
        &mut self,
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    ) -> CResult {
        self.check_keywords(keywords)?;
        self.check_caller(func);
        // obj.meth(...) without */** unpacking: LOAD_METHOD + CALL_METHOD.
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let simple = !args.iter().any(is_starred)
                && keywords.iter().all(|k| k.arg.is_some())
                && args.len() + keywords.len() < STACK_USE_GUIDELINE;
            if simple {
                self.expr(value)?;
                let saved = self.ur().loc;
                self.u().loc = func.loc;
                self.emit_mangled(Opcode::LOAD_METHOD, attr);
                self.u().loc = saved;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(k.value)?;
                }
                self.kw_names(keywords);
                self.emit(Opcode::CALL_METHOD, (args.len() + keywords.len()) as u32);
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn kw_names(&mut self, keywords: &[Keyword<'_>]) {
        if keywords.is_empty() {
            return;
        }
        let names = keywords
            .iter()
            .map(|k| Const::Str(k.arg.unwrap_or("").to_string()))
            .collect();
        let i = self.const_index(Const::Tuple(names));
        self.emit(Opcode::KW_NAMES, i);
    }

    /// Emits the call of the callable on the stack (with `pushed` positional arguments
    /// already above it).
    pub fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    ) -> CResult {
        self.check_keywords(keywords)?;
        let needs_ex = args.iter().any(is_starred)
            || keywords.iter().any(|k| k.arg.is_none())
            || args.len() + keywords.len() + pushed as usize > STACK_USE_GUIDELINE;
        if !needs_ex {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(k.value)?;
            }
            self.kw_names(keywords);
            self.emit(Opcode::CALL, pushed + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        // Positional arguments as one tuple.
        if pushed == 0 && args.len() == 1 {
            if let ExprKind::Starred(v) = args[0].kind {
                self.expr(v)?;
            } else {
                self.starunpack(
                    args,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )?;
            }
        } else {
            self.starunpack(
                args,
                pushed,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        // Keyword arguments as one dict.
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(k.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[keywords.len() - nseen..])?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, !keywords.is_empty() as u32);
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [Keyword<'a>]) -> CResult {
        if kws.len() > 1 {
            for k in kws {
                self.expr(k.value)?;
            }
            let names = kws
                .iter()
                .map(|k| Const::Str(k.arg.unwrap_or("").to_string()))
                .collect();
            self.load_const(Const::Tuple(names));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, kws.len() as u32);
        } else {
            for k in kws {
                self.load_const(Const::Str(k.arg.unwrap_or("").to_string()));
                self.expr(k.value)?;
            }
            self.emit(Opcode::BUILD_MAP, kws.len() as u32);
        }
        Ok(())
    }

    // ---- nested code ---------------------------------------------------------------

    fn lambda(&mut self, e: &'a Expr<'a>, args: &'a Arguments<'a>, body: &'a Expr<'a>) -> CResult {
        for a in args
            .posonlyargs
            .iter()
            .chain(args.args)
            .chain(args.vararg)
            .chain(args.kwonlyargs)
            .chain(args.kwarg)
        {
            if a.arg == "__debug__" {
                return self.error("cannot assign to __debug__");
            }
        }
        let flags = self.default_args(args)?;
        let Some(scope) = self.table.scope_of(e) else {
            return self.error("internal error: no scope for lambda");
        };
        self.enter_unit(scope, UnitKind::Lambda, "<lambda>", e.loc);
        self.const_index(Const::None);
        {
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
        self.expr(body)?;
        if !self.table.scope(self.ur().scope).is_generator {
            self.emit(Opcode::RETURN_VALUE, 0);
        } else {
            self.emit(Opcode::POP_TOP, 0);
            self.load_const(Const::None);
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.exit_unit();
        self.make_closure(code, flags)
    }

    fn comprehension(
        &mut self,
        e: &'a Expr<'a>,
        kind: CompKind,
        generators: &'a [Comprehension<'a>],
        elt: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
    ) -> CResult {
        let Some(scope) = self.table.scope_of(e) else {
            return self.error("internal error: no scope for comprehension");
        };
        let outer_kind = self.ur().kind;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let is_async = self.table.scope(scope).is_coroutine;
        if is_async
            && kind != CompKind::Generator
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return self.error("asynchronous comprehension outside of an asynchronous function");
        }
        self.enter_unit(scope, UnitKind::Comprehension, name, e.loc);
        self.u().argcount = 1;
        let build = match kind {
            CompKind::List => Some(Opcode::BUILD_LIST),
            CompKind::Set => Some(Opcode::BUILD_SET),
            CompKind::Dict => Some(Opcode::BUILD_MAP),
            CompKind::Generator => None,
        };
        if let Some(op) = build {
            self.emit(op, 0);
        }
        self.comp_generator(generators, 0, kind, elt, value, build.is_some() as u32)?;
        if build.is_none() {
            self.load_const(Const::None);
        }
        self.u().loc = e.loc;
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_unit();
        self.make_closure(code, 0)?;
        // The outermost iterable is evaluated here and passed as `.0`.
        let first = &generators[0];
        self.iterable(first.iter)?;
        self.u().loc = e.loc;
        if first.is_async {
            self.emit(Opcode::GET_AITER, 0);
        } else {
            self.emit(Opcode::GET_ITER, 0);
        }
        self.emit(Opcode::CALL, 1);
        if is_async && kind != CompKind::Generator {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        }
        Ok(())
    }

    /// One `for` clause of a comprehension body; `depth` counts the iterators (plus the
    /// result container) on the stack, for `LIST_APPEND`'s argument.
    fn comp_generator(
        &mut self,
        generators: &'a [Comprehension<'a>],
        i: usize,
        kind: CompKind,
        elt: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
        depth: u32,
    ) -> CResult {
        let g = &generators[i];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if i == 0 {
            let v = self.u().var_index(".0");
            self.emit(Opcode::LOAD_FAST, v);
        } else {
            self.iterable(g.iter)?;
            self.emit(
                if g.is_async {
                    Opcode::GET_AITER
                } else {
                    Opcode::GET_ITER
                },
                0,
            );
        }
        self.bind(start);
        if g.is_async {
            let d = self.ur().depth + depth + 1;
            self.push_handler(anchor, d, false);
            self.emit(Opcode::GET_ANEXT, 0);
            self.load_const(Const::None);
            self.yield_from_loop(true);
            self.pop_handler();
        } else {
            self.emit_jump(Opcode::FOR_ITER, anchor);
        }
        self.store_target(g.target)?;
        for cond in g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if i + 1 < generators.len() {
            self.comp_generator(generators, i + 1, kind, elt, value, depth + 1)?;
        } else {
            match kind {
                CompKind::Generator => {
                    self.expr(elt)?;
                    if self.table.scope(self.ur().scope).is_coroutine {
                        self.emit(Opcode::ASYNC_GEN_WRAP, 0);
                    }
                    self.emit(Opcode::YIELD_VALUE, 0);
                    self.emit(Opcode::POP_TOP, 0);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth + 1);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth + 1);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::MAP_ADD, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Opcode::JUMP_FORWARD, start);
        self.bind(anchor);
        if g.is_async {
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        Ok(())
    }
}
