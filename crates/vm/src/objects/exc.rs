//! Exceptions: creating and raising them from Rust, their str(), and traceback entries.

use crate::heap::{self, get};
use crate::layout::*;
use crate::objects::types::type_data;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

impl Vm {
    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&mut self, cls: Value, args: &[Value]) -> Value {
        let inst = self.new_instance(cls);
        let t = self.new_tuple(args);
        let name = self.names.args;
        self.instance_set(inst, name, t);
        inst
    }

    /// Raise `exc` (an exception instance): store it and return the marker.
    pub fn raise(&mut self, exc: Value) -> Raised {
        let h = self.cur_handled();
        if !h.is_none() && h != exc && self.is_exception_instance(exc) {
            let k = self.names.context;
            if self.instance_get(exc, k).is_none() {
                self.instance_set(exc, k, h);
            }
        }
        self.exc = exc;
        Raised
    }

    /// Raise a new exception of the named built-in class with a message.
    pub fn raise_msg(&mut self, cls_name: &str, msg: impl AsRef<str>) -> Raised {
        let cls = self.exc_type(cls_name);
        let m = self.new_str(msg.as_ref());
        let e = self.new_exception(cls, &[m]);
        self.raise(e)
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("TypeError", msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("ValueError", msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("IndexError", msg)
    }
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("AttributeError", msg)
    }
    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("ZeroDivisionError", msg)
    }
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> Raised {
        self.raise_msg("OverflowError", msg)
    }
    pub fn not_supported(&mut self, what: impl AsRef<str>) -> Raised {
        self.raise_msg(
            "NotImplementedError",
            format!("coil does not support {} yet", what.as_ref()),
        )
    }

    /// KeyError(key) (the key itself is the argument, as in CPython).
    pub fn key_error(&mut self, key: Value) -> Raised {
        let cls = self.exc_type("KeyError");
        let e = self.new_exception(cls, &[key]);
        self.raise(e)
    }

    /// StopIteration with no value.
    pub fn stop_iteration(&mut self) -> Raised {
        let cls = self.exc_type("StopIteration");
        let e = self.new_exception(cls, &[]);
        self.raise(e)
    }

    pub fn is_exception_instance(&self, v: Value) -> bool {
        heap::has_layout(v, LayoutId::Instance) && type_data(get::<InstanceObj>(v).cls).is_exception
    }

    /// Does the pending exception match class `cls`?
    pub fn exc_matches(&self, exc: Value, cls: Value) -> bool {
        self.isinstance(exc, cls)
    }

    /// The `args` tuple of an exception.
    pub fn exc_args(&self, exc: Value) -> Value {
        match self.instance_get(exc, self.names.args) {
            Some(t) if heap::has_layout(t, LayoutId::Tuple) => t,
            _ => Value::EMPTY,
        }
    }

    /// str(exception) per BaseException.__str__ (KeyError uses repr of its one argument).
    pub fn exc_str(&mut self, exc: Value) -> PyResult<String> {
        let args = self.exc_args(exc);
        if args.is_empty() {
            return Ok(String::new());
        }
        let items = heap::items(args).to_vec();
        match items.len() {
            0 => Ok(String::new()),
            1 => {
                let key_error = self.exc_type("KeyError");
                if self.isinstance(exc, key_error) {
                    self.repr_string(items[0])
                } else {
                    self.str_string(items[0])
                }
            }
            _ => self.repr_string(args),
        }
    }

    /// The traceback chain of an exception (EMPTY if none).
    pub fn exc_traceback(&self, exc: Value) -> Value {
        self.instance_get(exc, self.names.traceback)
            .filter(|t| !t.is_none())
            .unwrap_or(Value::EMPTY)
    }

    /// Prepend a traceback entry for (code, line) to the exception's chain.
    pub fn add_traceback(&mut self, exc: Value, code: Value, lineno: i64, lasti: i64) {
        if !self.is_exception_instance(exc) {
            return;
        }
        let next = self.exc_traceback(exc);
        let tb = self.heap.alloc(TracebackObj {
            header: Header::new(LayoutId::Traceback),
            next,
            code,
            lineno,
            lasti,
        });
        let name = self.names.traceback;
        self.instance_set(exc, name, tb);
    }
}
