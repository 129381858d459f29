//! The interpreter's value stack (`Vm::stack`): a `Vec<Value>` with a push for the dispatch
//! loop that skips the capacity check, backed by a reserve made at every frame (re-)entry.
//!
//! ```text
//!  | frame slots | operands (at most max_stack) | STACK_SLACK | ... capacity
//!  ^ base        ^ base + nslots                ^ reserved by reserve_frame
//! ```
//! Everything but the loop's pushes goes through the `Vec` (`Deref`): those pushes check
//! and grow as usual. The capacity never shrinks (nothing calls `shrink_to_fit`), so a
//! reserve stays valid while Rust code pushes and truncates above it.

use crate::value::Value;
use std::ops::{Deref, DerefMut};

/// Room a frame needs above its deepest operand stack (`max_stack`) for the values a
/// handler pushes before it pops its operands (BUILD_SET's and BUILD_MAP's new container,
/// the receiver a bound-method call inserts).
pub const STACK_SLACK: usize = 8;

pub struct ValueStack {
    v: Vec<Value>,
}

impl ValueStack {
    pub fn with_capacity(n: usize) -> ValueStack {
        ValueStack {
            v: Vec::with_capacity(n),
        }
    }

    /// Make room for `n` more values: the dispatch loop calls this whenever it (re-)enters
    /// a frame, with that frame's `max_stack + STACK_SLACK`, so every push of the frame's
    /// operand stack (at most `max_stack` deep above its slots, by the compiler's stack
    /// depth analysis) stays below the capacity.
    #[inline(always)]
    pub fn reserve_frame(&mut self, n: usize) {
        if self.v.capacity() - self.v.len() < n {
            self.grow(n);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, n: usize) {
        self.v.reserve(n);
    }

    /// Push a value into the room `reserve_frame` made (the dispatch loop's push).
    /// Debug builds (every test) assert the reserve holds.
    #[inline(always)]
    pub fn push_reserved(&mut self, v: Value) {
        let len = self.v.len();
        debug_assert!(
            len < self.v.capacity(),
            "value stack: a frame pushed past its reserve"
        );
        // SAFETY: `len < capacity`: the dispatch loop pushes only within the frame it
        // reserved for at its last (re-)entry (`reserve_frame(max_stack + STACK_SLACK)`
        // with the stack at or above the frame's slots), the compiler's `max_stack` bounds
        // the operand stack on every path, handlers push at most `STACK_SLACK` values
        // beyond it, and the capacity never shrinks. So slot `len` is allocated; `Value`
        // is `Copy` (nothing to drop) and the new length covers an initialised slot.
        unsafe {
            self.v.as_mut_ptr().add(len).write(v);
            self.v.set_len(len + 1);
        }
    }
}

impl Deref for ValueStack {
    type Target = Vec<Value>;
    #[inline(always)]
    fn deref(&self) -> &Vec<Value> {
        &self.v
    }
}

impl DerefMut for ValueStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.v
    }
}
