//! Function traces (PyPy's function-entry traces): a hot recursive function without
//! loops is recorded from its first instruction to its `return`, which ends the trace
//! with a `finish` exit; the interpreter's call path enters the trace with the new frame
//! (`Vm::jit_function_entry`), as a back-edge enters a loop. A hot function with a loop
//! gets one once that loop is compiled: from its entry to the loop's header, where the
//! trace jumps into the loop's (PyPy's entry bridge); the loop's own exits and finish
//! then end the call.
//!
//! A recursive call inside the trace, and a call of a function with a loop, is a residual
//! call (`h_call_assembler`, PyPy does not inline recursion either) that runs the callee's
//! function trace directly when it has one (`crate::call_assembler`), nested in the
//! outer trace's helper call (the JIT is re-entrant: [`crate::JitHandle`]). A guard exit
//! rebuilds the frames and the interpreter finishes the call, exactly as a loop trace's
//! exit; a `finish` resumes the interpreter at the `RETURN_VALUE` with the value on the
//! stack (or hands the value to the calling trace).
//!
//! A function trace is a [`crate::LoopTrace`] whose `header` is [`FUNC_ENTRY`] (its state
//! key): its bridges, exit counts, invalidation and drop policy are the loops' (an entry
//! counts as an iteration, a `finish` is its normal way out).

use crate::recorder::{has_loop, Recorder};
use crate::{Hot, Jit, LoopState, Recording};
use coil_compiler::code::CodeObject;
use coil_compiler::opcode::{ArgKind, Flow, Opcode as Bc};
use coil_ir::TargetId;
use coil_vm::interp::code::code_data;
use coil_vm::{Value, Vm};
use std::time::Instant;

/// The pseudo header of a function trace (state and counter key: the call counter).
pub const FUNC_ENTRY: u32 = u32::MAX;

/// The hot counter of `code` at `pc`: a loop header's back-edge counter, or for
/// [`FUNC_ENTRY`] the code's call counter.
pub fn counter<'a>(code: Value, pc: u32) -> Option<&'a mut u32> {
    let cd = code_data(code);
    if pc == FUNC_ENTRY {
        Some(&mut cd.calls)
    } else {
        cd.counters.get_mut(pc as usize)
    }
}

impl Jit {
    /// The top frame was just pushed for a call of `code`, whose call counter reached
    /// the counter step: enter its function trace, or record one when the function is
    /// warm, recursive (its code is on the stack below) and loop-free.
    pub(crate) fn hot_call(&mut self, vm: &mut Vm, code: Value) -> Hot {
        if self.recording.is_some() {
            return Hot::Done(false);
        }
        // A closure's trace takes its cells as inputs (recorder::fill_free_cells).
        crate::recorder::fill_top_free_cells(vm);
        let key = (code.addr(), FUNC_ENTRY);
        match self.state.get(&key).copied() {
            Some(LoopState::Compiled(idx)) => self.enter(vm, idx),
            Some(LoopState::Aborted(n)) if n >= self.params.max_aborts => {
                code_data(code).calls = 0;
                Hot::Done(false)
            }
            _ if self.params.function_threshold == 0 => {
                code_data(code).calls = 0;
                Hot::Done(false)
            }
            _ if matches!(
                self.state.get(&(code.addr(), 0)),
                Some(LoopState::Compiled(_))
            ) =>
            {
                // Its loop's header is its first instruction: the call enters the loop.
                match self.state.get(&(code.addr(), 0)).copied() {
                    Some(LoopState::Compiled(idx)) => self.enter(vm, idx),
                    _ => Hot::Done(false),
                }
            }
            _ => {
                let cd = code_data(code);
                if cd.is_generator {
                    // Never a function trace.
                    self.state
                        .insert(key, LoopState::Aborted(self.params.max_aborts));
                    cd.calls = 0;
                    return Hot::Done(false);
                }
                let headers = if has_loop(code) {
                    self.compiled_headers(code)
                } else {
                    vec![]
                };
                if has_loop(code) && headers.is_empty() {
                    // Its loops compile first (on their own back-edges); then its entry
                    // trace runs up to one of them and jumps into it.
                    cd.calls = 0;
                    return Hot::Done(false);
                }
                if !self.warm_enough(vm, code, FUNC_ENTRY) {
                    return Hot::Done(false);
                }
                let n = vm.frames.len();
                let recursive = n >= 2 && vm.frames[..n - 1].iter().any(|f| f.code == code);
                if (!recursive && headers.is_empty()) || !vm.frames[n - 1].locals.is_empty() {
                    return Hot::Done(false);
                }
                let id = self.code_id(code);
                let mut rec = Recorder::new(
                    code,
                    0,
                    n,
                    id,
                    self.params.trace_limit as usize,
                    self.watch,
                    TargetId(2 * self.loops.len() as u32),
                );
                rec.function = true;
                rec.merge_headers = headers;
                // Globals of a dict whose version keeps changing are read by lookup, as
                // in loops and bridges (else every rebinding invalidates the trace).
                rec.unstable_versions = self.unstable_versions();
                self.recording = Some((rec, Instant::now(), Recording::Function));
                vm.jit_tracing = true;
                Hot::Done(false)
            }
        }
    }
}

/// Names whose use may read every local of the frame (`locals()`, `vars()`, `dir()`,
/// `eval`/`exec`, frame objects): no local of such code is taken for dead.
const FRAME_READERS: &[&str] = &["locals", "vars", "dir", "eval", "exec", "_getframe"];

/// Is local `slot` of `code` dead at `pc`: on every path from there (exception handlers
/// included) is it written by `STORE_FAST` before anything names it, or does the frame
/// leave first?
pub fn dead_at(code: &CodeObject, pc: u32, slot: usize) -> bool {
    if slot >= code.varnames.len()
        || code
            .names
            .iter()
            .any(|n| FRAME_READERS.contains(&n.as_str()))
    {
        return false;
    }
    let mut seen = vec![false; code.code.len()];
    let mut work = vec![pc];
    while let Some(p) = work.pop() {
        let Some(ins) = code.code.get(p as usize) else {
            return false;
        };
        if std::mem::replace(&mut seen[p as usize], true) {
            continue;
        }
        if let Some(h) = code.handler_for(p) {
            work.push(h.target);
        }
        if ins.op.arg_kind() == ArgKind::Local && ins.arg as usize == slot {
            if ins.op == Bc::STORE_FAST {
                continue;
            }
            return false;
        }
        match ins.op.flow() {
            Flow::Next => work.push(p + 1),
            Flow::Branch => {
                work.push(p + 1);
                work.push(ins.arg);
            }
            Flow::Jump => work.push(ins.arg),
            Flow::Exit => {}
        }
    }
    true
}
