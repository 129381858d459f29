//! Interpreter frames: windows on the VM's one value stack.
//!
//! ```text
//!  vm.stack:  ... caller operands | slot 0 .. slot nslots-1 | operands ... |
//!                                 ^ base                    ^ base + nslots
//! ```
//! Slots are the code's varnames, then cells (cellvars ++ freevars). A call leaves the
//! callee's result where the callable was.

use crate::value::Value;

/// What happens when the frame returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// Push the return value for the caller.
    Normal,
    /// `__init__` of a class call: the result must be None; the caller gets the instance
    /// (kept in `Frame::extra`).
    Init,
    /// A generator body (the generator object is in `Frame::extra`).
    Generator,
}

pub struct Frame {
    pub code: Value,
    pub func: Value,
    pub globals: Value,
    /// Locals dict of module and class bodies (LOAD_NAME), else EMPTY.
    pub locals: Value,
    /// Index of slot 0 in `vm.stack`.
    pub base: usize,
    /// Where the callee's result goes on return (the callable's stack index).
    pub ret_slot: usize,
    /// Next instruction.
    pub pc: usize,
    pub kind: FrameKind,
    /// The instance of an `Init` frame, the generator of a `Generator` frame.
    pub extra: Value,
    /// Entered from Rust: the dispatch loop returns to its Rust caller when this frame ends.
    pub entry: bool,
    /// Keyword names of the pending CALL (from KW_NAMES), or EMPTY.
    pub kwnames: Value,
}

impl Frame {
    pub fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        f(&mut self.code);
        f(&mut self.func);
        f(&mut self.globals);
        f(&mut self.locals);
        f(&mut self.extra);
        f(&mut self.kwnames);
    }
}
