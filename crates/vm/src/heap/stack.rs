//! The interpreter's value stack (`Vm::stack`): a `Vec<Value>` with a push for the dispatch
//! loop that skips the capacity check, backed by a reserve made at every frame (re-)entry,
//! and operand pops/reads that skip the emptiness check (the compiler's stack effects).
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

impl ValueStack {
    /// The top operand (the dispatch loop's `top!`). Debug builds assert there is one.
    #[inline(always)]
    pub fn top(&self) -> Value {
        let len = self.v.len();
        debug_assert!(len > 0, "value stack: no operand");
        // SAFETY: an instruction reads only operands its stack effect says are there (the
        // compiler's stack depth analysis, which `push_reserved` relies on too), and they
        // lie above the running frame's slots, so `len > 0` and slot `len - 1` is
        // initialised.
        unsafe { *self.v.as_ptr().add(len - 1) }
    }

    /// Overwrite the top operand (an instruction that pops its operands and pushes its
    /// result in one step).
    #[inline(always)]
    pub fn set_top(&mut self, v: Value) {
        let len = self.v.len();
        debug_assert!(len > 0, "value stack: no operand");
        // SAFETY: as in `top`: slot `len - 1` is an initialised operand; `Value` is
        // `Copy`, so overwriting it drops nothing.
        unsafe { *self.v.as_mut_ptr().add(len - 1) = v }
    }

    /// Pop the top operand (the dispatch loop's `pop!`).
    #[inline(always)]
    pub fn pop_operand(&mut self) -> Value {
        let len = self.v.len();
        debug_assert!(len > 0, "value stack: no operand");
        // SAFETY: as in `top`: `len > 0` and slot `len - 1` is initialised; the new
        // length leaves it outside the vector (a `Copy` value, nothing to drop).
        unsafe {
            self.v.set_len(len - 1);
            *self.v.as_ptr().add(len - 1)
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
