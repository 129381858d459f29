//! The interpreter side of the JIT hooks: lends the VM to the installed `JitHooks`.

use crate::heap::get;
use crate::interp::code::code_data;
use crate::interp::frame::FrameKind;
use crate::layout::FunctionObj;
use crate::value::Value;
use crate::vm::{NoJit, Vm};
use crate::{PyResult, Raised};

impl Vm {
    /// A hot back-edge: let the JIT record or run compiled code. True: state changed.
    #[inline(never)]
    pub(crate) fn jit_hot_loop(&mut self, code: Value, target: u32) -> bool {
        let mut j = std::mem::replace(&mut self.jit, Box::new(NoJit));
        let changed = j.on_hot_loop(self, code, target);
        self.jit = j;
        changed
    }

    /// A Python function's frame was just pushed (`call.rs`): counts the call, and when
    /// its code is hot lets the JIT record or run a function trace. Ok(true): a frame is
    /// pushed (the callee's, or the frames a trace exit rebuilt above it); Err: the top
    /// frame raised `self.exc` (frames above the caller stay for the unwinder).
    #[inline(always)]
    pub(crate) fn jit_function_entry(&mut self, code: Value) -> PyResult<bool> {
        let cd = code_data(code);
        cd.calls = cd.calls.wrapping_add(1);
        if cd.calls < self.jit_threshold {
            return Ok(true);
        }
        self.jit_hot_call(code)
    }

    #[inline(never)]
    fn jit_hot_call(&mut self, code: Value) -> PyResult<bool> {
        let mut j = std::mem::replace(&mut self.jit, Box::new(NoJit));
        let changed = j.on_hot_call(self, code);
        self.jit = j;
        if changed && std::mem::take(&mut self.jit_raise) {
            return Err(Raised);
        }
        Ok(true)
    }

    /// A direct call from compiled code into its callee's trace (the JIT's
    /// call_assembler) left through an exit other than the callee's return: pushes the
    /// frame of the positional call `func(*args)` (`args.len()` is the code's
    /// `simple_argc`) as `run_pushed_call` does, without counting the call, for the exit
    /// to be rebuilt on. Returns the stack position of `func` (for [`Vm::jit_run_call`]).
    pub fn jit_push_call(&mut self, func: Value, args: &[Value]) -> PyResult<usize> {
        self.gc_inhibit += 1;
        self.depth += 1;
        let fpos = self.stack.len();
        self.stack.push(func);
        self.stack.extend_from_slice(args);
        let nslots = code_data(get::<FunctionObj>(func).code).nslots;
        self.stack
            .resize(fpos + 1 + nslots.max(args.len()), Value::EMPTY);
        let n = self.frames.len();
        if let Err(e) = self.push_frame(func, fpos + 1, fpos, FrameKind::Normal, Value::EMPTY) {
            self.depth -= 1;
            self.gc_inhibit -= 1;
            self.stack.truncate(fpos);
            return Err(e);
        }
        self.frames[n].entry = true;
        Ok(fpos)
    }

    /// Runs the frame [`Vm::jit_push_call`] pushed (and the frames an exit rebuilt above
    /// it) to its return; with `Vm::jit_raise` set, the top frame raises `Vm::exc` first.
    pub fn jit_run_call(&mut self, fpos: usize) -> PyResult {
        let pending = std::mem::take(&mut self.jit_raise).then_some(self.exc);
        let r = self.run_frames(pending);
        self.depth -= 1;
        self.gc_inhibit -= 1;
        self.stack.truncate(fpos);
        r
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

    /// Before machine code runs: true when a safepoint has work (the trace would leave
    /// at its header at once). Else clears the attention word (`Heap::attention`), which
    /// compiled code polls: cleared first and then checked, so a request that comes
    /// meanwhile sets it again. A collection requested while `gc_inhibit` holds (Python
    /// code called from a trace or from native code) is no work here: the interpreter
    /// at this depth cannot collect either, and refusing compiled code until the
    /// outermost call returned ran whole recursions interpreted (hexiom's `search`,
    /// meteor's). [`Vm::jit_rearm_attention`] sets the word again when a helper returns
    /// into a trace that can collect; a request whose word was cleared so is still seen
    /// here.
    pub fn jit_safepoint_pending(&self) -> bool {
        use std::sync::atomic::Ordering::{Relaxed, SeqCst};
        if !self.heap.attention.load(Relaxed) && !self.heap.collect_requested {
            return false;
        }
        self.heap.attention.store(false, SeqCst);
        if self.safepoint_pending() && !self.collection_blocked() {
            self.heap.attention.store(true, SeqCst);
            return true;
        }
        false
    }

    /// Only a collection is pending, and this nesting may not run it (`gc_inhibit`).
    /// Not while a young object has an old-space identity waiting for that collection
    /// (`Heap::identity`): a trace embedding it as a constant must not run before.
    fn collection_blocked(&self) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        self.gc_inhibit > 0
            && !self.heap.identities_pending()
            && !crate::interp::eval::INTERRUPTED.load(Relaxed)
            && !self.cancel.load(Relaxed)
    }

    /// A helper called from compiled code returns into it: when that code can collect
    /// (`gc_inhibit` is 0 again) and a collection is pending, sets the attention word,
    /// which [`Vm::jit_safepoint_pending`] may have cleared in a nested run (Ctrl-C and
    /// cancellations are never cleared so).
    #[inline]
    pub fn jit_rearm_attention(&self) {
        if self.gc_inhibit == 0 && self.heap.collect_requested {
            self.heap
                .attention
                .store(true, std::sync::atomic::Ordering::SeqCst);
        }
    }

    /// Ask the interpreter for a check at the next safepoint (Ctrl-C, collection).
    pub fn safepoint_pending(&self) -> bool {
        self.heap.collect_requested
            || crate::interp::eval::INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed)
            || self.cancel.load(std::sync::atomic::Ordering::Relaxed)
    }
}
