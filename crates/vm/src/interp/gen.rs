//! Generators: a suspended frame saved off-stack, resumed by copying it back onto the value stack.

use super::code::code_data;
use super::frame::{Frame, FrameKind};
use crate::heap::collect::Trace;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

pub struct GenData {
    pub func: Value,
    pub code: Value,
    pub globals: Value,
    /// Frame slots followed by the operand stack at suspension.
    pub saved: Vec<Value>,
    pub pc: usize,
    pub state: GenState,
    pub name: Value,
    pub qualname: Value,
}

impl Trace for GenData {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        f(&mut self.func);
        f(&mut self.code);
        f(&mut self.globals);
        for v in self.saved.iter_mut() {
            f(v)
        }
        f(&mut self.name);
        f(&mut self.qualname);
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
        let data = GenData {
            func,
            code: f.code,
            globals: f.globals,
            saved,
            pc: 0,
            state: GenState::Created,
            name: f.name,
            qualname: f.qualname,
        };
        self.heap.alloc(GenObj {
            header: Header::new(LayoutId::Generator),
            data: heap::box_into_raw(Box::new(data)),
        })
    }

    /// Resume generator `g` sending `sent` (or throwing `throw`).
    pub fn gen_resume(&mut self, g: Value, sent: Value, throw: Option<Value>) -> PyResult<GenStep> {
        let d = gen_data(g);
        match d.state {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Done => {
                if let Some(e) = throw {
                    return Err(self.raise(e));
                }
                return Ok(GenStep::Return(Value::none()));
            }
            GenState::Created if !sent.is_none() && throw.is_none() => {
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
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
        self.depth += 1;
        let r = self.run_frames(throw);
        self.depth -= 1;
        let v = match r {
            Ok(v) => v,
            Err(e) => {
                let stop = self.exc_type("StopIteration");
                if self.isinstance(self.exc, stop) {
                    let cause = self.exc;
                    let rt = self.exc_type("RuntimeError");
                    let msg = self.new_str("generator raised StopIteration");
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

    /// next(g) for a generator: Some(value) or None when it finished.
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
            Err(e) => {
                let stop = self.exc_type("StopIteration");
                if self.isinstance(self.exc, stop) {
                    let args = self.exc_args(self.exc);
                    let val = if args.is_empty() || heap::items(args).is_empty() {
                        Value::none()
                    } else {
                        heap::items(args)[0]
                    };
                    Ok(GenStep::Return(val))
                } else {
                    Err(e)
                }
            }
        }
    }

    /// The value of the StopIteration that ended the last iteration (None by default).
    pub fn take_stop_value(&mut self) -> Value {
        Value::none()
    }
}
