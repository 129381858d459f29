//! The interpreter: code objects, frames, the dispatch loop, calls, generators, imports,
//! tracebacks, and the few protocol helpers the loop needs (with, match).

pub mod call;
pub mod code;
pub mod coro;
pub mod eval;
pub mod frame;
pub mod gen;
pub mod import;
pub mod jitglue;
pub mod traceback;

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::types::{is_type, type_data};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use frame::{Frame, FrameKind};

impl Vm {
    /// BEFORE_WITH: (bound __exit__, result of __enter__()).
    pub(crate) fn before_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(mgr);
        let enter = self.lookup(t, self.names.enter);
        let exit = self.lookup(t, self.names.exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the context manager protocol"
            )));
        };
        let exit_b = self.bind_descriptor(exit, mgr, t)?;
        let enter_b = self.bind_descriptor(enter, mgr, t)?;
        let r = self.call(enter_b, &[])?;
        Ok((exit_b, r))
    }

    /// MATCH_CLASS: the matched attributes as a tuple, or None.
    pub(crate) fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        names: Value,
        nargs: usize,
    ) -> PyResult {
        if !is_type(cls) {
            return Err(self.type_error("called match pattern must be a class"));
        }
        if !self.isinstance(subject, cls) {
            return Ok(Value::none());
        }
        let mut out = Vec::new();
        if nargs > 0 {
            let ma = self.intern("__match_args__");
            match self.lookup(cls, ma) {
                Some(t) if has_layout(t, LayoutId::Tuple) => {
                    let attrs = heap::items(t).to_vec();
                    if nargs > attrs.len() {
                        let n = type_data(cls).name.clone();
                        return Err(self.type_error(format!(
                            "{n}() accepts {} positional sub-pattern{} ({nargs} given)",
                            attrs.len(),
                            if attrs.len() == 1 { "" } else { "s" }
                        )));
                    }
                    for &a in &attrs[..nargs] {
                        let a = self.intern_value(a);
                        match self.getattr_opt(subject, a)? {
                            Some(v) => out.push(v),
                            None => return Ok(Value::none()),
                        }
                    }
                }
                _ => {
                    let d = type_data(cls);
                    let self_match = d.builtin && !d.instance_based;
                    if self_match && nargs == 1 {
                        out.push(subject);
                    } else {
                        let n = d.name.clone();
                        return Err(self.type_error(format!(
                            "{n}() accepts 0 positional sub-patterns ({nargs} given)"
                        )));
                    }
                }
            }
        }
        for n in heap::items(names).to_vec() {
            let n = self.intern_value(n);
            match self.getattr_opt(subject, n)? {
                Some(v) => out.push(v),
                None => return Ok(Value::none()),
            }
        }
        Ok(self.new_tuple(&out))
    }

    /// Run a class body function with `ns` as its locals dict.
    pub fn run_class_body(&mut self, func: Value, ns: Value) -> PyResult {
        let f = get::<FunctionObj>(func);
        let (code, globals) = (f.code, f.globals);
        let base = self.stack.len();
        let n = code::code_data(code).nslots;
        for _ in 0..n {
            self.stack.push(Value::EMPTY);
        }
        if self.recursion_exceeded() {
            self.stack.truncate(base);
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        self.frames.push(Frame {
            code,
            func,
            globals,
            locals: ns,
            base,
            ret_slot: base,
            pc: 0,
            kind: FrameKind::Normal,
            extra: Value::EMPTY,
            entry: true,
            kwnames: Value::EMPTY,
        });
        self.gc_inhibit += 1;
        self.depth += 1;
        let r = self.run_frames(None);
        self.depth -= 1;
        self.gc_inhibit -= 1;
        r
    }
}
