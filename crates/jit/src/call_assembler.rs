//! Direct calls into compiled code (PyPy's `call_assembler`): a trace's residual call of
//! a Python function that has a function trace runs that trace at once, on a `JitFrame`
//! of its own with the arguments as inputs, instead of going through the interpreter's
//! call path (no interpreter frame, no dispatch, no exit decoding at the return).
//!
//! The callee's `finish` at its return hands the return value straight back to the
//! calling trace. Any other exit (a guard that fails, a safepoint) pushes the callee's
//! frame as the interpreter's call would have (`Vm::jit_push_call`), rebuilds it from the
//! exit like every exit (bridges, exit counts, an exception raised at its instruction)
//! and runs the interpreter to the callee's return (`Vm::jit_run_call`). The callee counts
//! as a frame against the recursion limit (`Vm::depth`, as the interpreter's call from
//! Rust counts it): a call that would exceed the limit goes the interpreter's way, which
//! raises RecursionError where CPython would.
//!
//! The recorder emits such a call (`h_call_assembler`) for a residual call of a function
//! with a function trace, or of the function being recorded (recursion); the helper falls
//! back to `Vm::call` when the callee has no usable trace at run time.

use crate::deopt::SlotSrc;
use crate::function::FUNC_ENTRY;
use crate::{Jit, LoopState, RunMark};
use coil_vm::heap::{get, has_layout, items};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{FunctionObj, LayoutId};
use coil_vm::{PyResult, Value, Vm};
use coil_x64::{CompileError, Entry, ExitId, JitFrame};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// The JITs whose compiled code runs on this thread, innermost last: a helper called
    /// from machine code finds its JIT here.
    static ACTIVE: RefCell<Vec<Rc<RefCell<Jit>>>> = const { RefCell::new(Vec::new()) };
}

/// Compiled code of `jit` starts running (nested runs push again).
pub(crate) fn push_active(jit: &Rc<RefCell<Jit>>) {
    ACTIVE.with(|a| a.borrow_mut().push(jit.clone()));
}

/// The innermost run of compiled code ended.
pub(crate) fn pop_active() {
    ACTIVE.with(|a| {
        a.borrow_mut().pop();
    });
}

/// Calls the Python function `f` with positional `args` for a trace: directly into its
/// function trace when it has one, else through the VM's call.
pub(crate) fn call(vm: &mut Vm, f: Value, args: &[Value]) -> PyResult {
    match direct(vm, f, args) {
        Some(r) => r,
        None => vm.call(f, args),
    }
}

/// The direct call, or None (nothing ran) when `f` has no function trace that fits.
fn direct(vm: &mut Vm, f: Value, args: &[Value]) -> Option<PyResult> {
    if !f.is_ptr() || !has_layout(f, LayoutId::Function) {
        return None;
    }
    let code = get::<FunctionObj>(f).code;
    if code_data(code).simple_argc as usize != args.len() {
        return None;
    }
    // The interpreter would push the callee's frame one Rust re-entry deeper.
    vm.depth += 1;
    let exceeded = vm.recursion_exceeded();
    vm.depth -= 1;
    if exceeded {
        return None;
    }
    let jit = ACTIVE.with(|a| a.borrow().last().cloned())?;
    let (entry, mut frame, mark) = jit.borrow_mut().enter_direct(vm, f, code, args)?;
    // The re-entry and the callee's frame, as the interpreter's call from Rust counts them.
    vm.depth += 2;
    jit.borrow_mut().nested += 1;
    let exit = crate::execute(vm, entry, &mut frame);
    vm.depth -= 2;
    let mut j = jit.borrow_mut();
    j.nested -= 1;
    if let Some(v) = j.direct_return(vm, &exit, &frame, code) {
        j.frames.push(frame);
        return Some(Ok(v));
    }
    // Left before its return: the callee's frame, rebuilt from the exit, finishes the call
    // in the interpreter.
    let fpos = match vm.jit_push_call(f, args) {
        Ok(p) => p,
        Err(e) => {
            j.frames.push(frame);
            return Some(Err(e));
        }
    };
    j.after_run(vm, exit, frame, mark);
    drop(j);
    Some(vm.jit_run_call(fpos))
}

impl Jit {
    /// A run of `code`'s function trace with `args` (the rest of its frame empty): its
    /// entry and a frame holding the inputs; None when it has none or they do not fit.
    fn enter_direct(
        &mut self,
        vm: &Vm,
        f: Value,
        code: Value,
        args: &[Value],
    ) -> Option<(Entry, JitFrame, RunMark)> {
        // Its function trace, or the loop whose header is its first instruction.
        let idx = match self.state.get(&(code.addr(), FUNC_ENTRY)) {
            Some(LoopState::Compiled(i)) => *i,
            _ => match self.state.get(&(code.addr(), 0)) {
                Some(LoopState::Compiled(i)) => *i,
                _ => return None,
            },
        };
        if vm.jit_safepoint_pending() {
            // The trace would leave at its header at once.
            return None;
        }
        // The frame the interpreter's call would make: the arguments, empty slots, and a
        // closure's cells in its free slots (inputs of its traces), read in place.
        let cd = code_data(code);
        let free = cd.nvarnames + cd.ncellvars;
        let closure = get::<FunctionObj>(f).closure;
        let cells: &[Value] = if closure.is_empty() {
            &[]
        } else {
            items(closure)
        };
        let slot = |i: usize| match args.get(i) {
            Some(&a) => a,
            None => i
                .checked_sub(free)
                .and_then(|j| cells.get(j).copied())
                .unwrap_or(Value::EMPTY),
        };
        let (e, frame) = self.prepare_with(idx, cd.nslots.max(args.len()), slot)?;
        Some((e, frame, self.mark(idx)))
    }

    /// The return value, when `exit` is the finish at `code`'s return (counted as
    /// `handle_exit` counts it); None for any other exit.
    fn direct_return(
        &mut self,
        vm: &mut Vm,
        exit: &Result<ExitId, CompileError>,
        frame: &JitFrame,
        code: Value,
    ) -> Option<Value> {
        let exit = exit.as_ref().ok()?;
        let i = exit.index();
        let &(owner, pi) = self.owner.get(&exit.trace())?;
        let lt = &self.loops[owner];
        if lt.code != code || !vm.exc.is_empty() {
            return None;
        }
        let class = lt.pieces[pi].classes.get(i)?;
        if !class.finish {
            return None;
        }
        let io = frame.io();
        let word = |k: u32| io.get(k as usize).copied();
        let v = match *class.plan.as_ref()?.slots.last()? {
            SlotSrc::IoRef(k) => Value::from_addr(word(k)? as usize),
            SlotSrc::IoInt(k) => {
                let n = word(k)? as i64;
                Value::try_small(n).unwrap_or_else(|| vm.new_int(n))
            }
            SlotSrc::IoFloat(k) => vm.new_float(f64::from_bits(word(k)?)),
            SlotSrc::Word(w) => Value::from_addr(w as usize),
            SlotSrc::Int(n) => Value::try_small(n).unwrap_or_else(|| vm.new_int(n)),
            SlotSrc::Float(b) => vm.new_float(f64::from_bits(b)),
            SlotSrc::Keep => return None,
        };
        self.loops[owner].pieces[pi].exit_counts[i] += 1;
        self.loops[owner].finishes += 1;
        self.summary.finishes += 1;
        self.count_exit();
        Some(v)
    }
}
