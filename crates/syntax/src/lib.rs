//! coil-syntax: Python 3.11 source text to an arena-allocated AST, or a SyntaxError.
//!
//! Pipeline: `decode` (PEP 263 coding declaration, UTF-8 BOM) -> `lexer` (hand-written:
//! INDENT/DEDENT, implicit line joining, every literal form, f-strings) -> `parser`
//! (chumsky 0.13 over the token stream) -> `ast` nodes in a `bumpalo::Bump`.
//!
//! **Architecture Invariant:** this crate knows nothing about bytecode, values or the VM.

pub mod ast;
pub mod decode;
pub mod error;
pub mod lexer;
pub mod token;

pub use decode::{decode_source, decode_with, Flavour};
pub use error::{ErrorKind, SyntaxError};
