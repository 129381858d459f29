//! The interpreter side of the JIT hooks: lends the VM to the installed `JitHooks`.

use crate::value::Value;
use crate::vm::{NoJit, Vm};

impl Vm {
    /// A hot back-edge: let the JIT record or run compiled code. True: state changed.
    #[inline(never)]
    pub(crate) fn jit_hot_loop(&mut self, code: Value, target: u32) -> bool {
        let mut j = std::mem::replace(&mut self.jit, Box::new(NoJit));
        let changed = j.on_hot_loop(self, code, target);
        self.jit = j;
        changed
    }

    /// One instruction while recording.
    #[inline(never)]
    pub(crate) fn jit_instruction(&mut self, pc: u32) {
        let mut j = std::mem::replace(&mut self.jit, Box::new(NoJit));
        j.on_instruction(self, pc);
        self.jit = j;
    }

    /// A trace left through an exception exit (a helper call raised `self.exc`) and the
    /// frames are rebuilt with the top frame's pc at the instruction that raised: the
    /// interpreter raises the pending exception there once the JIT returns (traceback
    /// line and `try` handlers as if it had raised it itself; the instruction is not
    /// executed again).
    pub fn jit_raise_at(&mut self, pc: u32) {
        if let Some(f) = self.frames.last_mut() {
            // The interpreter raises with `pc` one past the raising instruction.
            f.pc = pc as usize + 1;
        }
        self.jit_raise = true;
    }

    /// Ask the interpreter for a check at the next safepoint (Ctrl-C, collection).
    pub fn safepoint_pending(&self) -> bool {
        self.heap.collect_requested
            || crate::interp::eval::INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed)
            || self.cancel.load(std::sync::atomic::Ordering::Relaxed)
    }
}
