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
//!
//! In machine code (PyPy's call_assembler proper): when the callee is a constant function
//! whose function trace is compiled (or is being compiled: recursion) the backend compiles
//! the call as a direct call ([`Jit::direct_env`], `coil_x64::DirectCall`): the caller's
//! code checks the callee's cell (its entry, for the entry kinds the arguments were
//! converted for; emptied when the trace is dropped), the recursion limit (as the helper
//! counts it) and the native stack, puts the callee's frame on the native stack, calls
//! the entry and takes the value of a `finish` at the return from a register, with no
//! Rust on the way. Any other exit calls the helper with the exit pending: it copies the
//! callee's frame and goes on as above ([`call`]).

use crate::deopt::SlotSrc;
use crate::function::FUNC_ENTRY;
use crate::recorder::{FinishExit, Kind};
use crate::{Jit, LoopState, RunMark};
use coil_ir::{Const, Descr, Opcode, Opnd, Trace};
use coil_vm::heap::{get, has_layout, items};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{FunctionObj, LayoutId};
use coil_vm::{PyResult, Value, Vm};
use coil_x64::{
    CompileError, DirectArg, DirectCall, DirectCell, DirectEnv, Entry, ExitId, JitFrame,
};
use std::cell::{RefCell, RefMut};
use std::rc::Rc;
use std::sync::atomic::Ordering;

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
    let Some(jit) = ACTIVE.with(|a| a.borrow().last().cloned()) else {
        return vm.call(f, args);
    };
    if let Some(r) = resume_pending(vm, &jit, f, args) {
        return r;
    }
    match direct(vm, &jit, f, args) {
        Some(r) => r,
        None => vm.call(f, args),
    }
}

/// The direct call, or None (nothing ran) when `f` has no function trace that fits.
fn direct(vm: &mut Vm, jit: &Rc<RefCell<Jit>>, f: Value, args: &[Value]) -> Option<PyResult> {
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
    let (entry, mut frame, mark) = {
        let mut j = jit.borrow_mut();
        let r = j.enter_direct(vm, f, code, args)?;
        j.nested += 1;
        r
    };
    // The re-entry and the callee's frame, as the interpreter's call from Rust counts them.
    // (The frames below are the calling run's: `vm.frames` is as it entered machine code.)
    vm.depth += 2;
    let exit = crate::execute(vm, entry, &mut frame);
    vm.depth -= 2;
    let mut j = jit.borrow_mut();
    j.nested -= 1;
    Some(complete(vm, j, exit, frame, mark, f, args))
}

/// The callee of a direct call in machine code left other than through its return (its
/// frame on the native stack, the exit pending): the return value when it was a finish
/// after all, else the callee's frame rebuilt from the exit and finished by the
/// interpreter. None: no exit is pending (an ordinary residual call).
fn resume_pending(
    vm: &mut Vm,
    jit: &Rc<RefCell<Jit>>,
    f: Value,
    args: &[Value],
) -> Option<PyResult> {
    let mut j = jit.borrow_mut();
    if j.direct_words.pending_exit.load(Ordering::Relaxed) == 0 {
        return None;
    }
    let (s, i) = j.frame_size;
    let mut frame = match j.frames.pop() {
        Some(fr) => fr,
        None => JitFrame::new(s as usize, i as usize),
    };
    let Some(exit) = coil_x64::take_pending(&j.direct_words, &mut frame) else {
        j.frames.push(frame);
        return None;
    };
    let exit = ExitId(exit);
    // The loop the callee's run left from (the exit is always one of the JIT's traces).
    let idx = j.owner.get(&exit.trace()).map_or(0, |o| o.0);
    let mark = j.mark(idx);
    Some(complete(vm, j, Ok(exit), frame, mark, f, args))
}

/// The end of a run of `f`'s function trace entered for a call with `args`: the return
/// value when it left through a finish, else the callee's frame, rebuilt from the exit,
/// finishes the call in the interpreter.
fn complete(
    vm: &mut Vm,
    mut j: RefMut<'_, Jit>,
    exit: Result<ExitId, CompileError>,
    frame: JitFrame,
    mark: RunMark,
    f: Value,
    args: &[Value],
) -> PyResult {
    let code = get::<FunctionObj>(f).code;
    if let Some(v) = j.direct_return(vm, &exit, &frame, code) {
        j.frames.push(frame);
        return Ok(v);
    }
    let fpos = match vm.jit_push_call(f, args) {
        Ok(p) => p,
        Err(e) => {
            j.frames.push(frame);
            return Err(e);
        }
    };
    j.after_run(vm, exit, frame, mark);
    drop(j);
    vm.jit_run_call(fpos)
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

/// The io-kind signature of a function trace's entry (its slots' kinds, two bits each,
/// and their number), or None when a direct call cannot fill it (floats, too many slots).
fn signature(entry: &[Kind]) -> Option<u64> {
    if entry.len() > 28 {
        return None;
    }
    let mut sig = entry.len() as u64;
    for (i, k) in entry.iter().enumerate() {
        let bits = match k {
            Kind::Dead => 0,
            Kind::Int => 1,
            Kind::Ref => 2,
            Kind::Float => return None,
        };
        sig |= bits << (8 + 2 * i);
    }
    Some(sig)
}

/// The entry kinds of a function trace that its caller's arguments `args` would fill
/// (`slots` slots): a boxed small int is an int, any other word a ref.
fn guess_entry(t: &Trace, args: &[Opnd], slots: usize) -> Vec<Kind> {
    let mut out = vec![Kind::Dead; slots];
    for (k, &a) in args.iter().enumerate() {
        out[k] = match a {
            Opnd::Ref(r) if t.op(r).opcode == Opcode::CastIntToPtr => Kind::Int,
            Opnd::Const(_) => match t.as_const(a) {
                Some(Const::Ptr(w)) if w & 1 == 1 => Kind::Int,
                _ => Kind::Ref,
            },
            _ => Kind::Ref,
        };
    }
    out
}

/// Does every `finish` of a trace with this `finish` return its last argument (a
/// function's return whose value a direct caller can take)?
pub(crate) fn return_finish(finish: &Option<FinishExit>) -> bool {
    finish
        .as_ref()
        .is_some_and(|f| f.slots.last().is_some_and(|s| s.is_some()))
}

impl Jit {
    /// The direct-call environment for compiling `t`: its residual calls of constant
    /// functions whose function trace is compiled (or is `own`, the function trace being
    /// compiled, with its entry kinds) become direct calls in machine code.
    pub(crate) fn direct_env(
        &mut self,
        vm: &Vm,
        t: &Trace,
        own: Option<(Value, &[Kind])>,
    ) -> Option<DirectEnv> {
        if self.params.direct_calls == 0 {
            return None;
        }
        let mut calls = Vec::new();
        for (pos, op) in t.ops.iter().enumerate() {
            let Descr::Call(c) = op.descr else { continue };
            if t.descrs.c(c).name != "h_call_assembler" || op.args.len() < 3 {
                continue;
            }
            let konst = |k: usize| t.as_const(op.args[k]);
            let (Some(Const::Ptr(f)), Some(Const::Int(inl)), Some(Const::Int(n))) =
                (konst(0), konst(1), konst(2))
            else {
                continue;
            };
            let f = Value::from_addr(f as usize);
            if !f.is_ptr() || !has_layout(f, LayoutId::Function) {
                continue;
            }
            let fo = get::<FunctionObj>(f);
            let code = fo.code;
            let cd = code_data(code);
            if !fo.closure.is_empty()
                || n < 0
                || cd.simple_argc as i64 != n
                || op.args.len() < 3 + n as usize
                || !(0..1000).contains(&inl)
            {
                continue;
            }
            let n = n as usize;
            let entry: Vec<Kind> = match self.state.get(&(code.addr(), FUNC_ENTRY)) {
                Some(LoopState::Compiled(i)) => self.loops[*i].entry.clone(),
                _ => match own {
                    Some((c, kinds)) if c == code => kinds.to_vec(),
                    // Not compiled yet: the kinds its entry will likely have (the
                    // arguments' as recorded, the other slots empty); the cell's signature
                    // check decides at run time.
                    _ => guess_entry(t, &op.args[3..3 + n], cd.nslots.max(n)),
                },
            };
            let Some(sig) = signature(&entry) else {
                continue;
            };
            if entry.len() != cd.nslots.max(n) || entry[n..].iter().any(|k| *k != Kind::Dead) {
                continue;
            }
            let args = entry[..n]
                .iter()
                .map(|k| match k {
                    Kind::Int => DirectArg::Int,
                    Kind::Ref => DirectArg::Ref,
                    _ => DirectArg::Dead,
                })
                .collect();
            let cell = self.cell(code);
            calls.push(DirectCall {
                pos: pos as u32,
                cell,
                sig,
                args,
                depth_cost: 1 + inl as i32,
                inlined: inl as i32,
            });
        }
        if calls.is_empty() {
            return None;
        }
        Some(DirectEnv {
            words: Rc::as_ptr(&self.direct_words) as u64,
            depth: &vm.depth as *const usize as u64,
            limit: &vm.recursion_limit as *const usize as u64,
            stack_floor: &vm.stack_floor as *const usize as u64,
            float_layout: LayoutId::Float as u32,
            calls,
        })
    }

    /// The address of `code`'s direct-call cell (made empty on first use).
    fn cell(&mut self, code: Value) -> u64 {
        let c = self.cells.entry(code.addr()).or_default();
        &**c as *const DirectCell as u64
    }

    /// Loop `idx` was just compiled: a function trace fills its code's cell.
    pub(crate) fn fill_cell(&mut self, idx: usize) {
        let l = &self.loops[idx];
        if l.header != FUNC_ENTRY {
            return;
        }
        let (Some(sig), Some(e)) = (signature(&l.entry), l.pieces[0].compiled.entry()) else {
            return;
        };
        let iters = if l.linear {
            l.iters.as_ptr() as u64
        } else {
            self.no_iters.as_ptr() as u64
        };
        let code = l.code;
        self.cell(code);
        let c = &self.cells[&code.addr()];
        c.sig.store(sig, Ordering::Relaxed);
        c.iters.store(iters, Ordering::Relaxed);
        c.entry.store(e.addr(), Ordering::Relaxed);
    }

    /// `code`'s trace at `header` is no longer in use: direct calls of it go the
    /// helper's way.
    pub(crate) fn clear_cell(&mut self, code: Value, header: u32) {
        if header == FUNC_ENTRY {
            if let Some(c) = self.cells.get(&code.addr()) {
                c.entry.store(0, Ordering::Relaxed);
            }
        }
    }
}
