//! Recording generator bodies: a loop inside a generator's frame (a generator function's
//! `while`/`for`, a generator expression's `for`) is traced from its header up to the
//! `YIELD_VALUE` that suspends the frame, where the trace ends with a `finish` exit
//! carrying the frame (PyPy's done_with_this_frame at a yield): the interpreter resumes
//! at the `YIELD_VALUE` with the frame's values written back and performs the
//! suspension itself (the generator object keeps its frame as the VM saves it), and the
//! next resumption runs to the loop's back-edge, where the compiled loop is entered
//! again. A bridge that reaches the yield ends the same way, so a loop whose iterations
//! yield no longer leaves through guard exits rebuilding its frame. A consumer calls
//! a generator through the VM (`iter_next` for FOR_ITER, the native `send`/`throw`/
//! `close` methods residually), never inlined: its frame is always a real one.
//!
//! Drained generators: while a builtin consumes a generator (`tuple(genexpr)`, `set`,
//! `sorted`, `"".join`, `sum`, `any`, `all`: the VM's `iter_next_sunk`), its frame does
//! not suspend at a yield whose value the builtin's sink takes (appends to a list, adds
//! to a small int sum, skips as false for `any`) but goes on. A loop recorded in that
//! state records the yield as a call of `h_gen_sink_push` guarded to have been taken
//! (else the interpreter performs the yield at the `YIELD_VALUE`), and the trace loops
//! without leaving: a short generator expression runs entirely in its compiled loop.
//!
//! Creating a generator: a call of a generator function with its positional parameters
//! exactly (a generator expression's `.0`, most generator functions) is a call of
//! `h_new_generator`, which makes the suspended generator as the interpreter's call does
//! and runs no Python code (not a residual call of the function through the VM's call
//! path, which may run anything and binds arguments the general way).

use super::call::{FrameKind as CallKind, Inline};
use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_compiler::code::CodeFlags;
use coil_ir::{CallDescr, Descr, Effect, Opcode, Opnd, Type};
use coil_vm::heap::jit::with_vm;
use coil_vm::heap::{get, has_layout};
use coil_vm::interp::code::code_data;
use coil_vm::interp::frame::FrameKind;
use coil_vm::interp::gen::gen_data;
use coil_vm::layout::{FunctionObj, LayoutId};
use coil_vm::{Value, Vm};

/// The fewest instructions a loop recording in a generator's frame must record before
/// its yield to become a trace: an entry into compiled code and the finish exit at the
/// yield cost about what the interpreter spends on 20-odd instructions (measured with
/// callgrind on `sum(x % 7 for x in (y * 3 for y in range(n)) if x & 3)`: with every
/// genexpr compiled, 2x the instructions of the interpreter). A bridge reaching the yield
/// always ends there: it replaces a guard exit, which costs more than a finish.
const MIN_YIELD_LOOP: usize = 24;

impl Recorder {
    /// Is the instruction about to be recorded one of the loop's own frame, which is a
    /// generator's frame the interpreter is running (not an inlined call, not Python
    /// code a helper runs)?
    pub(super) fn in_own_generator_frame(&self, vm: &Vm) -> bool {
        self.mframes.len() == 1
            && !self.function
            && vm.frames.len() == self.depth
            && vm
                .frames
                .last()
                .is_some_and(|f| f.code == self.code && f.kind == FrameKind::Generator)
    }

    /// `RETURN_VALUE` of the loop's generator frame in a loop recording: the recording
    /// began on the loop's last iteration (a generator expression's exhausted `for`).
    /// Unlike a function's loop, a generator's loop never ends its trace at the return
    /// (the iterations would all become bridges entered at every item): it is recorded
    /// again at its next back-edge, an iteration that yields or loops. Not after another
    /// `threshold` back-edges: a genexpr run with a fixed number of items would meet its
    /// warmth on the same (last) iteration again and again, and be blacklisted (nqueens'
    /// 8-item genexprs were).
    pub(super) fn generator_loop_return(&self) -> Abort {
        let mut a = u(AbortKind::LoopExit, "return from a generator's loop");
        a.inner = Some(self.header);
        a
    }

    /// `YIELD_VALUE` at `pc` of the loop's generator frame: the recording ends with a
    /// `finish` exit that resumes the interpreter at the yield.
    pub(super) fn finish_at_yield(&mut self, pc: u32) -> Result<(), Abort> {
        if self.slots.len() <= self.nslots {
            return Err(u(AbortKind::Unsupported, "yield without a value"));
        }
        if !self.bridge && self.recorded < MIN_YIELD_LOOP {
            // Every resumption would enter the trace for a few instructions and leave
            // it at once: the interpreter does them for less than an entry costs.
            return Err(u(
                AbortKind::Unsupported,
                format!(
                    "a generator's loop that yields after {} instructions",
                    self.recorded
                ),
            ));
        }
        self.finish_at_return(pc)
    }
}

/// A yield of the generator running in the top frame (the loop trace's own frame) while a
/// builtin drains it: appends `v` to its sink. 0: no sink, nothing done (the trace leaves
/// to the interpreter, which performs the yield).
extern "sysv64" fn h_gen_sink_push(v: u64) -> u64 {
    with_vm(|vm| {
        let Some(f) = vm.frames.last() else {
            return 0;
        };
        if f.kind != FrameKind::Generator {
            return 0;
        }
        let g = f.extra;
        u64::from(vm.sink_push(g, Value(v)))
    })
}

impl Recorder {
    /// `YIELD_VALUE` of the loop's generator frame while a builtin drains the generator
    /// and its sink takes the value: records the call handing the value to the sink and
    /// the yield's None result, and the recording goes on. false: the yield suspends
    /// the frame.
    pub(super) fn yield_to_sink(&mut self, vm: &Vm) -> Result<bool, Abort> {
        let Some(f) = vm.frames.last() else {
            return Ok(false);
        };
        let v = Self::concrete(vm, 0);
        if f.kind != FrameKind::Generator || !gen_data(f.extra).sink.accepts(v) {
            return Ok(false);
        }
        let o = self.top()?;
        let word = self.arg_word(o, v)?;
        let s = self.snap();
        let cd = self.trace.descrs.call(CallDescr {
            name: "h_gen_sink_push".into(),
            addr: h_gen_sink_push as *const () as u64,
            args: vec![Type::Ref],
            result: Type::Int,
            effect: Effect::MayWrite,
            can_raise: false,
            can_collect: false,
        });
        let r = Opnd::Ref(self.trace.emit(Opcode::CallI, &[word], Descr::Call(cd)));
        // Not `self.guard`: its test-mode forced failure would come after the append,
        // which the interpreter would then do again at the YIELD_VALUE.
        self.trace.guard(Opcode::GuardTrue, &[r], s);
        self.pop()?;
        let none = self.constant(Value::none())?;
        self.push(none);
        Ok(true)
    }

    /// May LOAD_METHOD resolve a native method (`send`, `throw`, `close`) of an object of
    /// `layout` when it is a generator? Only in the loop's own frame: the generator's
    /// frame the call resumes then sits where the interpreter would put it (as for
    /// FOR_ITER over a generator, `iter.rs`), so the recursion limit counts it the same.
    pub(super) fn generator_method_ok(&self, layout: LayoutId) -> bool {
        layout == LayoutId::Generator && self.mframes.len() == 1
    }
}

/// The most arguments `h_new_generator` takes.
const NEW_GENERATOR_ARGS: usize = 4;

/// A new generator of function `f` (a generator function whose code the trace guarded:
/// `n` positional parameters, no others) called with the first `n` of `a0..a3`: the
/// generator the interpreter's call makes, not started. Runs no Python code, never
/// raises.
extern "sysv64" fn h_new_generator(f: u64, n: u64, a0: u64, a1: u64, a2: u64, a3: u64) -> u64 {
    let args = [a0, a1, a2, a3].map(Value);
    with_vm(|vm| {
        vm.new_generator(Value(f), &args[..(n as usize).min(NEW_GENERATOR_ARGS)])
            .0
    })
}

impl Recorder {
    /// The call `c` of generator function `c.fv` with positional arguments `vals` (none by
    /// keyword): when they bind to its parameters one by one (no defaults used, no
    /// `*args`, `**kwargs` or keyword-only parameters), records `h_new_generator` and
    /// returns the caller's pc after the call; None: the call is left to the residual
    /// call path.
    pub(super) fn new_generator_call(
        &mut self,
        vm: &mut Vm,
        c: &Inline,
        vals: &[Value],
        kwnames: &[Value],
    ) -> Result<Option<u32>, Abort> {
        if !has_layout(c.fv, LayoutId::Function)
            || !kwnames.is_empty()
            || !matches!(c.kind, CallKind::Call { init: None })
            || vals.len() > NEW_GENERATOR_ARGS
            || vals.iter().any(|v| v.is_empty())
            || self.slots.len() != c.fpos + 1 + vals.len()
        {
            return Ok(None);
        }
        let code = &code_data(get::<FunctionObj>(c.fv).code).code;
        if !code_data(get::<FunctionObj>(c.fv).code).is_generator
            || code.kwonlyargcount != 0
            || code.flags.has(CodeFlags::VARARGS)
            || code.flags.has(CodeFlags::VARKEYWORDS)
            || code.argcount as usize != vals.len()
        {
            return Ok(None);
        }
        let mut words = Vec::with_capacity(vals.len());
        for (i, &v) in vals.iter().enumerate() {
            let Some(o) = self.slots[c.fpos + 1 + i] else {
                return Ok(None);
            };
            words.push((o, v));
        }
        // Its code (so its parameters and flags) is the one recorded; a function this
        // trace made is its own mirror.
        let k = self.guard_callee(vm, c.fo, c.fv)?;
        let mut args = vec![k, self.trace.int(vals.len() as i64)];
        for (o, v) in words {
            args.push(self.arg_word(o, v)?);
        }
        while args.len() < 2 + NEW_GENERATOR_ARGS {
            args.push(self.trace.ptr(0));
        }
        let cd = self.trace.descrs.call(CallDescr {
            name: "h_new_generator".into(),
            addr: h_new_generator as *const () as u64,
            args: vec![
                Type::Ref,
                Type::Int,
                Type::Ref,
                Type::Ref,
                Type::Ref,
                Type::Ref,
            ],
            result: Type::Ref,
            effect: Effect::MayWrite,
            can_raise: false,
            can_collect: false,
        });
        let r = Opnd::Ref(self.trace.emit(Opcode::CallR, &args, Descr::Call(cd)));
        self.slots.truncate(c.ret);
        self.push(r);
        Ok(Some(c.resume))
    }
}
