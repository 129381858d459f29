//! coil-compiler: Python AST -> code objects of stack bytecode (symbol tables, constant
//! folding, code generation, assembly, disassembly).
//!
//! Pipeline: `coil_syntax` parses into a fresh arena -> `symtable` resolves every name ->
//! `compile` emits instructions per code unit with labels and lexical exception handlers ->
//! `assemble` resolves jumps, drops dead code, numbers cache slots, builds the exception
//! table and computes the stack depth. `opcode` is the one table of instructions; `dis`
//! prints code objects.
//!
//! **Architecture Invariant:** code objects are plain owned data; this crate knows nothing
//! about VM values, the heap or the JIT.

pub mod assemble;
pub mod code;
mod compile;
pub mod dis;
pub mod fold;
pub mod opcode;
pub mod symtable;
pub mod unparse;
pub mod verify;

pub use code::{CacheSlot, CodeFlags, CodeObject, Const, ExceptionEntry, Instr, Position};
pub use coil_syntax::SyntaxError;
pub use compile::Mode;
pub use dis::disassemble;
pub use opcode::{ArgKind, BinaryOp, CompareOp, Flow, Opcode};
pub use verify::verify;

use coil_syntax::ast::{Loc, Module, Stmt, StmtKind};
use coil_syntax::ErrorKind;

/// Compiles source text in the given mode (`compile()`'s `exec`, `eval`, `single`).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    match mode {
        Mode::Exec => compile_module(source, filename),
        Mode::Eval => compile_expression(source, filename),
        Mode::Single => compile_interactive(source, filename),
    }
}

/// Compiles a module's source text (already decoded) into its code object.
pub fn compile_module(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile_module_with_warnings(source, filename).map(|(code, _)| code)
}

/// A compile-time `SyntaxWarning` (e.g. `"is" with a literal`), which CPython prints
/// through the warnings module when it compiles the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub msg: String,
    pub filename: String,
    pub line: u32,
    /// The source line, without its newline.
    pub text: Option<String>,
}

impl CompileWarning {
    /// The text CPython's default warning display writes to stderr:
    /// `FILE:LINE: SyntaxWarning: MSG` and the stripped source line.
    pub fn render(&self) -> String {
        let mut out = format!(
            "{}:{}: SyntaxWarning: {}\n",
            self.filename, self.line, self.msg
        );
        if let Some(t) = &self.text {
            let t = t.trim();
            if !t.is_empty() {
                out.push_str("  ");
                out.push_str(t);
                out.push('\n');
            }
        }
        out
    }
}

/// `compile_module`, also returning the SyntaxWarnings in CPython's order and number
/// (it does not de-duplicate them: a `while` test is compiled, and warns, twice).
pub fn compile_module_with_warnings(
    source: &str,
    filename: &str,
) -> Result<(CodeObject, Vec<CompileWarning>), SyntaxError> {
    let arena = bumpalo::Bump::new();
    let module = coil_syntax::parse_module(&arena, source, filename)?;
    compile_body(module.body, source, filename, Mode::Exec)
}

/// Compiles REPL input: expression statements print their value (`PRINT_EXPR`).
pub fn compile_interactive(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let arena = bumpalo::Bump::new();
    let module = coil_syntax::parse_module(&arena, source, filename)?;
    compile_ast(&module, source, filename, Mode::Single)
}

/// Compiles the argument of `eval()`: the code returns the expression's value.
pub fn compile_expression(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let arena = bumpalo::Bump::new();
    let expr = coil_syntax::parse_expression(&arena, source, filename)?;
    let expr = arena.alloc(expr);
    let stmt = arena.alloc(Stmt {
        kind: StmtKind::Return(Some(expr)),
        loc: expr.loc,
    });
    let body: &[Stmt<'_>] = std::slice::from_ref(stmt);
    compile_body(body, source, filename, Mode::Eval).map(|(code, _)| code)
}

/// Compiles an already parsed module (`source` is only used for error messages and
/// `from __future__ import annotations` strings).
pub fn compile_ast(
    module: &Module<'_>,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<CodeObject, SyntaxError> {
    compile_body(module.body, source, filename, mode).map(|(code, _)| code)
}

fn compile_body<'a>(
    body: &'a [Stmt<'a>],
    source: &'a str,
    filename: &str,
    mode: Mode,
) -> Result<(CodeObject, Vec<CompileWarning>), SyntaxError> {
    let err = |e: compile::CompileError| make_error(source, filename, &e.msg, e.loc);
    let futures = compile::check_future(body).map_err(err)?;
    let table = symtable::build(body, futures.annotations)
        .map_err(|e| make_error(source, filename, &e.msg, e.loc))?;
    let mut c = compile::Compiler::new(table, filename, source, mode, futures);
    let code = if mode == Mode::Eval {
        c.compile_eval(&body[0]).map_err(err)?
    } else {
        c.compile_module(body).map_err(err)?
    };
    let mut warnings: Vec<CompileWarning> = Vec::new();
    for (msg, loc) in std::mem::take(&mut c.warnings) {
        warnings.push(CompileWarning {
            msg,
            filename: filename.to_string(),
            line: loc.line,
            text: source
                .split('\n')
                .nth((loc.line as usize).saturating_sub(1))
                .map(|t| t.trim_end_matches('\r').to_string()),
        });
    }
    Ok((code, warnings))
}

/// A SyntaxError at `loc` with CPython's fields (1-based character offsets).
pub fn make_error(source: &str, filename: &str, msg: &str, loc: Loc) -> SyntaxError {
    let line_text = |n: u32| -> Option<&str> {
        if n == 0 {
            return None;
        }
        source.split('\n').nth(n as usize - 1)
    };
    let char_col = |n: u32, byte: u32| -> u32 {
        match line_text(n) {
            Some(t) => {
                let b = (byte as usize).min(t.len());
                let b = (0..=b).rev().find(|i| t.is_char_boundary(*i)).unwrap_or(0);
                t[..b].chars().count() as u32 + 1
            }
            None => byte + 1,
        }
    };
    let text = line_text(loc.line).map(|t| t.trim_end_matches('\r').to_string());
    // CPython underlines a multi-line range up to the end of its first line.
    let mut loc = loc;
    if loc.end_line > loc.line {
        loc.end_line = loc.line;
        loc.end_col = text.as_ref().map_or(loc.col, |t| t.len() as u32);
    }
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: msg.to_string(),
        filename: filename.to_string(),
        line: loc.line,
        offset: if loc.line == 0 {
            0
        } else {
            char_col(loc.line, loc.col)
        },
        end_line: loc.end_line,
        end_offset: if loc.end_line == 0 {
            0
        } else {
            char_col(loc.end_line, loc.end_col)
        },
        text,
    }
}
