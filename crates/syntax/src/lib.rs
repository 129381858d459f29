//! coil-syntax: Python 3.11 source text to an arena-allocated AST, or a SyntaxError.
//!
//! Pipeline: `decode` (PEP 263 coding declaration, UTF-8 BOM) -> `lexer` (hand-written:
//! INDENT/DEDENT, implicit line joining, every literal form, f-strings) -> `parser`
//! (chumsky 0.13 over the token stream) -> `ast` nodes in a `bumpalo::Bump`.
//!
//! Entry points:
//! - [`decode_source`] / [`decode_with`]: bytes to text (`Flavour::Script` gives the
//!   messages of `python3 file.py`, `Flavour::Compile` those of `compile()`/import);
//! - [`parse_module`] (exec), [`parse_expression`] (eval), [`parse_interactive`] (REPL,
//!   telling [`Interactive::Incomplete`] from an error);
//! - [`SyntaxError::render`] prints what CPython prints (an error with `line == 0`, a
//!   decoding problem, prints only its last line).
//!
//! Limits (each a SyntaxError, never a crash): 200 nested brackets and 100 indentation
//! levels (CPython's tokenizer limits), `parser::MAX_DEPTH` nesting inside the parser,
//! `validate::MAX_AST_DEPTH` tree depth (CPython's compiler raises RecursionError there),
//! so recursive walkers over the AST (the compiler) can rely on a bounded depth.
//!
//! **Architecture Invariant:** this crate knows nothing about bytecode, values or the VM.

pub mod ast;
pub mod charmaps;
pub mod decode;
pub mod dump;
pub mod error;
pub mod fuzz;
pub mod lexer;
pub mod parser;
mod report;
pub mod strings;
pub mod token;
mod unicode_names;
pub mod validate;

use std::cell::{Cell, RefCell};

use bumpalo::Bump;
use chumsky::Parser;

pub use decode::{decode_source, decode_with, Flavour};
pub use error::{ErrorKind, SyntaxError};

/// Parses a whole file (`exec` mode).
pub fn parse_module<'a>(
    arena: &'a Bump,
    source: &'a str,
    filename: &str,
) -> Result<ast::Module<'a>, SyntaxError> {
    let index = lexer::LineIndex::new(source);
    let toks = lexer::tokenize(arena, source, filename, &index)?;
    let positions = lexer::positions(&toks.spans, &index);
    let cx = parser::Cx {
        arena,
        src: source,
        spans: &toks.spans,
        positions: &positions,
        index: &index,
        kinds: &toks.kinds,
        depth: Cell::new(0),
        deferred: RefCell::new(None),
        deferred_wins: Cell::new(false),
    };
    let g = parser::grammar(&cx);
    let result = g.module.parse(&toks.kinds[..]).into_result();
    match result {
        Ok(body) => {
            validate::module(&cx, &body);
            if let Some(d) = cx.deferred.take() {
                return Err(report::deferred(&cx, filename, d));
            }
            Ok(ast::Module {
                body: arena.alloc_slice_copy(&body),
            })
        }
        Err(errs) => {
            // An error CPython's second pass raises before it reaches the failure.
            if cx.deferred_wins.get() {
                if let Some(d) = cx.deferred.take() {
                    return Err(report::deferred(&cx, filename, d));
                }
            }
            Err(unclosed_or(
                toks.unclosed,
                report::failure(&cx, filename, errs.first().copied()),
            ))
        }
    }
}

/// CPython reports a bracket left open at the end of input instead of the parser's
/// error when the parser failed on a later line than the bracket's.
/// The comparison uses the line of the token where parsing stopped.
fn unclosed_or(
    unclosed: Option<(SyntaxError, u32)>,
    parse_error: (SyntaxError, u32),
) -> SyntaxError {
    match unclosed {
        Some((e, line)) if parse_error.1 > line => e,
        _ => parse_error.0,
    }
}

/// Parses the argument of `eval()`: one expression list (leading blanks are ignored,
/// as CPython's `eval` strips them).
pub fn parse_expression<'a>(
    arena: &'a Bump,
    source: &'a str,
    filename: &str,
) -> Result<ast::Expr<'a>, SyntaxError> {
    let index = lexer::LineIndex::new(source);
    let mut toks = lexer::tokenize(arena, source, filename, &index)?;
    // `eval(" 1")` is fine: drop a leading INDENT and its DEDENTs.
    if toks.kinds.first() == Some(&token::Tok::Indent) {
        let keep: Vec<bool> = toks
            .kinds
            .iter()
            .map(|k| !matches!(k, token::Tok::Indent | token::Tok::Dedent))
            .collect();
        let mut i = 0;
        toks.kinds.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        let mut i = 0;
        toks.spans.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }
    let positions = lexer::positions(&toks.spans, &index);
    let cx = parser::Cx {
        arena,
        src: source,
        spans: &toks.spans,
        positions: &positions,
        index: &index,
        kinds: &toks.kinds,
        depth: Cell::new(0),
        deferred: RefCell::new(None),
        deferred_wins: Cell::new(false),
    };
    let g = parser::grammar(&cx);
    let result = g.eval.parse(&toks.kinds[..]).into_result();
    match result {
        Ok(e) => {
            validate::expression(&cx, &e);
            if let Some(d) = cx.deferred.take() {
                return Err(report::deferred(&cx, filename, d));
            }
            Ok(e)
        }
        Err(errs) => {
            let first = errs.first().copied();
            // Failing at the end of input inside a bracket: CPython's "EOF while
            // parsing" reports the open bracket, even on the bracket's line.
            let at_end = first.is_some_and(|e| e.pos + 1 >= toks.kinds.len());
            match toks.unclosed {
                Some((e, _)) if at_end => Err(e),
                unclosed => Err(unclosed_or(unclosed, report::failure(&cx, filename, first))),
            }
        }
    }
}

/// Why an interactive input was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Interactive {
    /// More lines are needed (an open bracket, a block header, a triple-quoted string,
    /// a compound statement not yet ended by a blank line).
    Incomplete,
    Error(SyntaxError),
}

/// Parses REPL input (one statement or block, possibly several lines), telling an
/// incomplete input from an error.
pub fn parse_interactive<'a>(
    arena: &'a Bump,
    source: &'a str,
    filename: &str,
) -> Result<ast::Module<'a>, Interactive> {
    match parse_module(arena, source, filename) {
        Ok(m) => {
            // A compound statement ends only with a blank line.
            let last_indented = source
                .trim_end_matches(['\n', '\r'])
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.starts_with([' ', '\t']));
            let header_only = m.body.last().is_some_and(|s| {
                !matches!(
                    s.kind,
                    ast::StmtKind::Expr(_)
                        | ast::StmtKind::Assign { .. }
                        | ast::StmtKind::AugAssign { .. }
                        | ast::StmtKind::AnnAssign { .. }
                        | ast::StmtKind::Pass
                        | ast::StmtKind::Break
                        | ast::StmtKind::Continue
                        | ast::StmtKind::Return(_)
                        | ast::StmtKind::Raise { .. }
                        | ast::StmtKind::Import(_)
                        | ast::StmtKind::ImportFrom { .. }
                        | ast::StmtKind::Global(_)
                        | ast::StmtKind::Nonlocal(_)
                        | ast::StmtKind::Delete(_)
                        | ast::StmtKind::Assert { .. }
                )
            });
            if (last_indented || header_only) && !source.ends_with("\n\n") {
                return Err(Interactive::Incomplete);
            }
            Ok(m)
        }
        Err(e) => {
            let at_end = e.line >= lexer::LineIndex::new(source).line_count().saturating_sub(1);
            let incomplete_msg = e.msg.contains("was never closed")
                || e.msg.starts_with("unterminated triple-quoted string")
                || e.msg == "unexpected EOF while parsing"
                || e.msg.starts_with("expected an indented block");
            if incomplete_msg && at_end {
                Err(Interactive::Incomplete)
            } else {
                Err(Interactive::Error(e))
            }
        }
    }
}
