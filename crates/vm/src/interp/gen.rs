//! Generators: a suspended frame saved off-stack, resumed by copying it back onto the value stack.

use super::code::code_data;
use super::frame::{Frame, FrameKind};
use crate::heap::collect::Trace;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::seq::list_items;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use coil_compiler::code::CodeFlags;
use coil_compiler::opcode::Opcode;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

/// What kind of object a suspended frame belongs to (by its code's flags).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython's messages use ("generator", "coroutine", "async generator").
    pub fn word(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GenData {
    pub kind: GenKind,
    /// Async generators: the last suspension was a `yield` (ASYNC_GEN_WRAP), not an
    /// `await` passing a value through to the event loop.
    pub wrapped: bool,
    /// Async generators: the `firstiter` hook (`sys.set_asyncgen_hooks`) was called.
    pub hooks_done: bool,
    /// The exception being handled inside the generator while it is suspended
    /// (CPython's `gi_exc_state`): visible to `sys.exc_info()` and implicit chaining
    /// only while it runs.
    pub exc_state: Value,
    pub func: Value,
    pub code: Value,
    pub globals: Value,
    /// Frame slots followed by the operand stack at suspension.
    pub saved: Vec<Value>,
    pub pc: usize,
    pub state: GenState,
    pub name: Value,
    pub qualname: Value,
    /// While a builtin drains the generator (`iter_next_sunk`): what its frame does with
    /// the values it yields instead of suspending.
    pub sink: Sink,
}

impl Trace for GenData {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        f(&mut self.exc_state);
        f(&mut self.func);
        f(&mut self.code);
        f(&mut self.globals);
        for v in self.saved.iter_mut() {
            f(v)
        }
        f(&mut self.name);
        f(&mut self.qualname);
        if let Sink::Collect(l) | Sink::SumInt(l) = &mut self.sink {
            f(l);
        }
    }
}

/// What a yield of a generator some builtin drains does (`GenData::sink`): the sink
/// consumes the value and the frame goes on as if `next()` had resumed it at once, which
/// nothing can tell apart (the builtin would run no Python code before its next
/// `next()`). A value the sink refuses is yielded as usual.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sink {
    /// Not drained: every yield suspends the frame.
    Off,
    /// Appends every value to this list (`gen_collect`: tuple, list, set, sorted, ...).
    Collect(Value),
    /// `sum`: adds small ints to this small int, while the sum stays small.
    SumInt(Value),
    /// `any`: skips None, False and small int 0 (the values it tests false).
    SkipFalse,
    /// `all`: skips True and small ints other than 0.
    SkipTrue,
}

impl Sink {
    /// Would the sink consume `v`?
    #[inline]
    pub fn accepts(&self, v: Value) -> bool {
        match *self {
            Sink::Off => false,
            Sink::Collect(_) => true,
            Sink::SumInt(acc) => {
                v.is_small() && Value::try_small(acc.small_value() + v.small_value()).is_some()
            }
            Sink::SkipFalse => {
                v.is_none() || v == Value::false_() || (v.is_small() && v.small_value() == 0)
            }
            Sink::SkipTrue => v == Value::true_() || (v.is_small() && v.small_value() != 0),
        }
    }

    /// Consumes `v` if the sink accepts it (the yield then does not suspend).
    #[inline]
    fn take(&mut self, vm: &mut Vm, v: Value) -> bool {
        if !self.accepts(v) {
            return false;
        }
        match *self {
            Sink::Collect(l) => vm.list_push(l, v),
            Sink::SumInt(acc) => {
                *self = Sink::SumInt(Value::small(acc.small_value() + v.small_value()))
            }
            _ => {}
        }
        true
    }
}

/// What a resumed generator did.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

pub fn gen_data<'a>(g: Value) -> &'a mut GenData {
    heap::boxed::<GenData>(get::<GenObj>(g).data)
}

impl Vm {
    pub fn new_generator(&mut self, func: Value, slots: &[Value]) -> Value {
        let f = get::<FunctionObj>(func);
        let cd = code_data(f.code);
        let mut saved = slots.to_vec();
        saved.resize(cd.nslots, Value::EMPTY);
        let flags = cd.code.flags.0;
        let kind = if flags & CodeFlags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & CodeFlags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let data = GenData {
            kind,
            wrapped: false,
            hooks_done: false,
            exc_state: Value::none(),
            func,
            code: f.code,
            globals: f.globals,
            saved,
            pc: 0,
            state: GenState::Created,
            name: f.name,
            qualname: f.qualname,
            sink: Sink::Off,
        };
        self.heap.alloc(GenObj {
            header: Header::new(LayoutId::Generator),
            data: heap::box_into_raw(Box::new(data)),
        })
    }

    /// Resume generator `g` sending `sent` (or throwing `throw`).
    pub fn gen_resume(&mut self, g: Value, sent: Value, throw: Option<Value>) -> PyResult<GenStep> {
        let d = gen_data(g);
        let word = d.kind.word();
        match d.state {
            GenState::Running => {
                return Err(self.value_error(format!("{word} already executing")));
            }
            GenState::Done => {
                if d.kind == GenKind::Coroutine {
                    let closing = throw.is_some_and(|e| {
                        let ge = self.exc_type("GeneratorExit");
                        self.isinstance(e, ge)
                    });
                    if !closing {
                        return Err(self
                            .raise_msg("RuntimeError", "cannot reuse already awaited coroutine"));
                    }
                }
                if let Some(e) = throw {
                    return Err(self.raise(e));
                }
                return Ok(GenStep::Return(Value::none()));
            }
            GenState::Created if !sent.is_none() && throw.is_none() => {
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {word}"
                )));
            }
            _ => {}
        }
        if self.recursion_exceeded() {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        let started = d.state == GenState::Suspended;
        let base = self.stack.len();
        // The saved values move onto the stack (a root) while the generator runs, so
        // no stale copy stays behind in the side table.
        self.stack.append(&mut d.saved);
        if started && throw.is_none() {
            self.stack.push(sent);
        }
        d.state = GenState::Running;
        self.frames.push(Frame {
            code: d.code,
            func: d.func,
            globals: d.globals,
            locals: Value::EMPTY,
            base,
            ret_slot: base,
            pc: d.pc,
            kind: FrameKind::Generator,
            extra: g,
            entry: true,
            kwnames: Value::EMPTY,
        });
        if throw.is_some() {
            // Errors are attributed to the instruction before the resume point.
            let n = self.frames.len();
            if self.frames[n - 1].pc == 0 {
                self.frames[n - 1].pc = 1;
            }
        }
        let caller_exc = self.cur_handled();
        let own = gen_data(g).exc_state;
        if !own.is_none() {
            self.set_handled(own);
        }
        self.depth += 1;
        let r = self.run_frames(throw);
        self.depth -= 1;
        let now = self.cur_handled();
        let d = gen_data(g);
        d.exc_state = if d.state == GenState::Suspended && now != caller_exc {
            now
        } else {
            Value::none()
        };
        self.heap.barrier(g);
        self.set_handled(caller_exc);
        let v = match r {
            Ok(v) => v,
            Err(e) => {
                let stop = self.exc_type("StopIteration");
                let kind = gen_data(g).kind;
                let stop_async = self.exc_type("StopAsyncIteration");
                let culprit = if self.isinstance(self.exc, stop) {
                    Some("StopIteration")
                } else if kind == GenKind::AsyncGenerator && self.isinstance(self.exc, stop_async) {
                    Some("StopAsyncIteration")
                } else {
                    None
                };
                if let Some(culprit) = culprit {
                    let cause = self.exc;
                    let rt = self.exc_type("RuntimeError");
                    let msg = self.new_str(&format!("{} raised {culprit}", kind.word()));
                    let new = self.new_exception(rt, &[msg]);
                    let (k, s) = (self.names.cause, self.names.suppress_context);
                    self.instance_set(new, k, cause);
                    self.instance_set(new, s, Value::true_());
                    return Err(self.raise(new));
                }
                return Err(e);
            }
        };
        if gen_data(g).state == GenState::Suspended {
            Ok(GenStep::Yield(v))
        } else {
            Ok(GenStep::Return(v))
        }
    }

    /// YIELD_VALUE: save the top (generator) frame and pop it.
    pub(crate) fn suspend_generator(&mut self) {
        let f = self.frames.pop().expect("generator frame");
        let d = gen_data(f.extra);
        d.saved.clear();
        d.saved.extend_from_slice(&self.stack[f.base..]);
        d.pc = f.pc;
        d.state = GenState::Suspended;
        self.stack.truncate(f.ret_slot);
        // `saved` hangs off the generator object: an old generator now holds young
        // values the next minor collection must find (and update).
        self.heap.barrier(f.extra);
    }

    pub(crate) fn generator_finished(&mut self, g: Value) {
        if has_layout(g, LayoutId::Generator) {
            let d = gen_data(g);
            d.state = GenState::Done;
            d.saved.clear();
        }
    }

    /// An attribute of a generator's frame object (`gi_frame`).
    pub(crate) fn gen_frame_attr(&mut self, g: Value, n: &str) -> Option<Value> {
        let d = gen_data(g);
        let cd = code_data(d.code);
        Some(match n {
            "f_code" => d.code,
            "f_globals" => d.globals,
            "f_lineno" => {
                let pc = if d.state == GenState::Created {
                    0
                } else {
                    d.pc.saturating_sub(1)
                };
                Value::small(cd.code.line_of(pc) as i64)
            }
            "f_back" => Value::none(),
            _ => return None,
        })
    }

    /// The sub-iterator a generator suspended inside `yield from`/`await` delegates to
    /// (on top of its saved stack when the resume instruction is the SEND loop's
    /// JUMP_BACKWARD_NO_INTERRUPT), with the SEND loop's exit target.
    pub fn gen_delegate(&self, g: Value) -> Option<(Value, usize)> {
        let d = gen_data(g);
        if d.state != GenState::Suspended {
            return None;
        }
        let cd = code_data(d.code);
        let ins = cd.code.code.get(d.pc)?;
        if ins.op != Opcode::JUMP_BACKWARD_NO_INTERRUPT {
            return None;
        }
        let send = cd.code.code.get(ins.arg as usize)?;
        if send.op != Opcode::SEND {
            return None;
        }
        Some((*d.saved.last()?, send.arg as usize))
    }

    /// gen.throw(exc) with `exc` an exception instance: delegated first to the
    /// sub-iterator of a `yield from`/`await` (CPython's `_gen_throw`).
    pub fn gen_throw(&mut self, g: Value, e: Value) -> PyResult<GenStep> {
        let d = gen_data(g);
        if d.state == GenState::Created {
            d.state = GenState::Done;
            d.saved.clear();
            return Err(self.raise(e));
        }
        if let Some((yf, exit)) = self.gen_delegate(g) {
            let ge = self.exc_type("GeneratorExit");
            if self.isinstance(e, ge) {
                gen_data(g).state = GenState::Running;
                let r = self.close_iter(yf);
                gen_data(g).state = GenState::Suspended;
                if r.is_err() {
                    let err = self.exc;
                    return self.gen_resume(g, Value::none(), Some(err));
                }
            } else {
                gen_data(g).state = GenState::Running;
                let r = self.throw_into(yf, e);
                gen_data(g).state = GenState::Suspended;
                let r = match r {
                    Some(r) => r,
                    None => return self.gen_resume(g, Value::none(), Some(e)),
                };
                if let Ok(GenStep::Yield(v)) = r {
                    return Ok(GenStep::Yield(v));
                }
                // The delegate finished: leave the SEND loop as SEND does.
                let d = gen_data(g);
                d.saved.pop();
                d.pc = exit;
                return match r {
                    Ok(GenStep::Return(v)) => self.gen_resume(g, v, None),
                    _ => {
                        let err = self.exc;
                        self.gen_resume(g, Value::none(), Some(err))
                    }
                };
            }
        }
        self.gen_resume(g, Value::none(), Some(e))
    }

    /// Throw `e` into a delegate: None when it has no `throw` method.
    fn throw_into(&mut self, yf: Value, e: Value) -> Option<PyResult<GenStep>> {
        if has_layout(yf, LayoutId::Generator) {
            self.gc_inhibit += 1;
            let r = self.gen_throw(yf, e);
            self.gc_inhibit -= 1;
            return Some(r);
        }
        if let Some(r) = self.asend_throw_step(yf, e) {
            return Some(r);
        }
        let name = self.intern("throw");
        let m = match self.getattr_opt(yf, name) {
            Ok(Some(m)) => m,
            Ok(None) => return None,
            Err(err) => return Some(Err(err)),
        };
        Some(match self.call(m, &[e]) {
            Ok(v) => Ok(GenStep::Yield(v)),
            Err(err) => self.stop_value(err),
        })
    }

    /// Close a `yield from` delegate (its `close()` if it has one).
    fn close_iter(&mut self, yf: Value) -> PyResult<()> {
        if has_layout(yf, LayoutId::Generator) {
            return self.gen_close(yf);
        }
        if let Some(r) = self.asend_close(yf) {
            return r;
        }
        let name = self.intern("close");
        if let Some(m) = self.getattr_opt(yf, name)? {
            self.call(m, &[])?;
        }
        Ok(())
    }

    /// gen.close(): GeneratorExit thrown in; yielding again is a RuntimeError.
    pub fn gen_close(&mut self, g: Value) -> PyResult<()> {
        let d = gen_data(g);
        if d.state != GenState::Suspended {
            if d.state != GenState::Running {
                d.state = GenState::Done;
                d.saved.clear();
            }
            return Ok(());
        }
        let word = d.kind.word();
        let ge = self.exc_type("GeneratorExit");
        let e = self.new_exception(ge, &[]);
        self.gc_inhibit += 1;
        let r = self.gen_throw(g, e);
        self.gc_inhibit -= 1;
        match r {
            Ok(GenStep::Yield(_)) => {
                Err(self.raise_msg("RuntimeError", format!("{word} ignored GeneratorExit")))
            }
            Ok(_) => Ok(()),
            Err(err) => {
                let stop = self.exc_type("StopIteration");
                if self.isinstance(self.exc, ge) || self.isinstance(self.exc, stop) {
                    Ok(())
                } else {
                    Err(err)
                }
            }
        }
    }

    /// A call into an iterator's `send`/`throw` ended with `err`: its StopIteration
    /// value as a Return, anything else re-raised.
    pub(crate) fn stop_value(&mut self, err: crate::vm::Raised) -> PyResult<GenStep> {
        let stop = self.exc_type("StopIteration");
        if !self.isinstance(self.exc, stop) {
            return Err(err);
        }
        let args = self.exc_args(self.exc);
        let val = if args.is_empty() || heap::items(args).is_empty() {
            Value::none()
        } else {
            heap::items(args)[0]
        };
        Ok(GenStep::Return(val))
    }

    /// All the items of generator `g` (a builtin consuming it whole: `tuple`, `list`,
    /// `set`, `sorted`, `str.join`, ...), appended to a list by its own frame.
    pub fn gen_collect(&mut self, g: Value) -> PyResult<Vec<Value>> {
        let list = self.new_list(&[]);
        let mut sink = Sink::Collect(list);
        while let Some(x) = self.iter_next_sunk(g, &mut sink)? {
            self.list_push(list, x);
        }
        Ok(list_items(list).to_vec())
    }

    /// May `iter_next_sunk` drain iterator `it` (a generator no builtin is draining)?
    pub fn gen_collectable(it: Value) -> bool {
        has_layout(it, LayoutId::Generator) && {
            let d = gen_data(it);
            d.kind == GenKind::Generator && d.sink == Sink::Off
        }
    }

    /// `iter_next(it)` for a builtin draining `it`: when it is a generator, its frame
    /// hands the values `sink` consumes to the sink (which is updated: a sum) and runs
    /// on, and the value returned is the first the sink refused. The sink is set only
    /// during the call: the builtin's own work on that value may run Python code that
    /// resumes the generator.
    pub fn iter_next_sunk(&mut self, it: Value, sink: &mut Sink) -> PyResult<Option<Value>> {
        if *sink == Sink::Off || !Vm::gen_collectable(it) {
            return self.iter_next(it);
        }
        gen_data(it).sink = *sink;
        self.heap.barrier(it);
        let r = self.gen_next(it);
        *sink = std::mem::replace(&mut gen_data(it).sink, Sink::Off);
        r
    }

    /// `YIELD_VALUE` of the generator `g` running in the top frame: true when the sink of
    /// a builtin draining it consumed `v` (the frame then goes on with None as the
    /// yield's value); false: the frame suspends.
    #[inline]
    pub fn sink_push(&mut self, g: Value, v: Value) -> bool {
        let d = gen_data(g);
        if d.sink == Sink::Off {
            return false;
        }
        let mut sink = d.sink;
        let took = sink.take(self, v);
        gen_data(g).sink = sink;
        took
    }

    pub fn gen_next(&mut self, g: Value) -> PyResult<Option<Value>> {
        self.gc_inhibit += 1;
        let r = self.gen_resume(g, Value::none(), None);
        self.gc_inhibit -= 1;
        match r? {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
        }
    }

    /// SEND / `yield from`: send a value into a sub-iterator.
    pub(crate) fn send(&mut self, recv: Value, v: Value) -> PyResult<GenStep> {
        if has_layout(recv, LayoutId::Generator) {
            self.gc_inhibit += 1;
            let r = self.gen_resume(recv, v, None);
            self.gc_inhibit -= 1;
            return r;
        }
        if let Some(r) = self.asend_send_step(recv, v) {
            return r;
        }
        if v.is_none() && has_layout(recv, LayoutId::Instance) {
            // A Python iterator: its StopIteration's value is the result.
            let t = self.type_of(recv);
            if let Some(m) = self.lookup(t, self.names.next) {
                return match self.call(m, &[recv]) {
                    Ok(y) => Ok(GenStep::Yield(y)),
                    Err(e) => self.stop_value(e),
                };
            }
        }
        if v.is_none() {
            return match self.iter_next(recv)? {
                Some(y) => Ok(GenStep::Yield(y)),
                None => Ok(GenStep::Return(self.take_stop_value())),
            };
        }
        let send = self.intern("send");
        let r = self.call_method(recv, send, &[v]);
        match r {
            Ok(y) => Ok(GenStep::Yield(y)),
            Err(e) => self.stop_value(e),
        }
    }

    /// The value of the StopIteration that ended the last iteration (None by default).
    pub fn take_stop_value(&mut self) -> Value {
        Value::none()
    }
}
