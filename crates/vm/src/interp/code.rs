//! Code objects on the VM side: the compiler's `CodeObject` plus heap constants, interned names,
//! inline caches and loop counters.

use crate::heap::collect::Trace;
use crate::heap::{self, get};
use crate::layout::*;
use crate::value::Value;
use crate::vm::Vm;
use coil_compiler::code::{CodeFlags, CodeObject, Const};
use std::rc::Rc;

/// One inline-cache slot (the instruction's opcode says which variant it uses).
#[derive(Clone, Copy, Debug)]
pub enum Cache {
    Empty,
    /// LOAD_GLOBAL: valid while both dict versions are unchanged.
    Global {
        globals_version: u64,
        builtins_version: u64,
        value: Value,
    },
    /// LOAD_ATTR / STORE_ATTR on an instance: map -> slot (class version for shadowing).
    Slot {
        map: u32,
        slot: u32,
        class_version: u64,
    },
    /// STORE_ATTR that adds an attribute: map `from` -> map `to`, value into inline slot
    /// `slot` (the instance-building transition of `__init__`).
    SlotAdd {
        from: u32,
        to: u32,
        slot: u32,
        class_version: u64,
    },
    /// LOAD_METHOD / LOAD_ATTR of a class-level function: class version -> function.
    Method {
        class_version: u64,
        cls: Value,
        func: Value,
        /// The receiver's map (an instance's map never holds the name), or u32::MAX.
        map: u32,
    },
}

pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// `code.names`, interned.
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    pub caches: Vec<Cache>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Number of frame slots (varnames + cellvars + freevars).
    pub nslots: usize,
    pub nvarnames: usize,
    pub ncellvars: usize,
    /// Is this a generator (or coroutine) function's code?
    pub is_generator: bool,
    /// The positional argument count when a call passing exactly that many positional
    /// arguments (no keywords) binds them in place: no `*args`/`**kwargs`, no
    /// keyword-only parameters, not a generator. `u32::MAX` otherwise.
    pub simple_argc: u32,
    /// Hot counters per JUMP_BACKWARD target (indexed by instruction).
    pub counters: Vec<u32>,
    /// Calls counted toward the JIT's function-entry threshold (`Vm::jit_function_entry`).
    pub calls: u32,
    /// The compiler's `max_stack` plus `STACK_SLACK`: the room the dispatch loop reserves
    /// above the stack whenever it (re-)enters a frame of this code.
    pub stack_room: usize,
}

impl Trace for CodeData {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        for v in self.consts.iter_mut() {
            f(v)
        }
        for v in self.names.iter_mut() {
            f(v)
        }
        for v in self.varnames.iter_mut() {
            f(v)
        }
        for c in self.caches.iter_mut() {
            match c {
                Cache::Global { value, .. } => f(value),
                Cache::Method { cls, func, .. } => {
                    f(cls);
                    f(func)
                }
                _ => {}
            }
        }
        f(&mut self.name);
        f(&mut self.qualname);
        f(&mut self.filename);
    }
}

#[inline(always)]
pub fn code_data<'a>(code: Value) -> &'a mut CodeData {
    heap::boxed::<CodeData>(get::<CodeObj>(code).data)
}

impl Vm {
    /// Load a compiled code object (and, recursively, its nested code constants).
    pub fn load_code(&mut self, code: Rc<CodeObject>) -> Value {
        let mut consts = Vec::with_capacity(code.consts.len());
        for c in &code.consts {
            let v = self.load_const(c);
            consts.push(v);
        }
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        let name = self.intern(&code.name);
        let qualname = self.intern(&code.qualname);
        let filename = self.intern(&code.filename);
        let nvarnames = code.varnames.len();
        let is_generator = code.flags.0 & 0x2a0 != 0;
        let simple_argc = if code.kwonlyargcount == 0
            && code.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
            && !is_generator
        {
            code.argcount
        } else {
            u32::MAX
        };
        let data = CodeData {
            consts,
            names,
            varnames,
            caches: vec![Cache::Empty; code.num_caches as usize],
            name,
            qualname,
            filename,
            nslots: code.num_slots(),
            nvarnames,
            ncellvars: code.cellvars.len(),
            is_generator,
            simple_argc,
            counters: vec![0; code.code.len()],
            calls: 0,
            stack_room: code.max_stack as usize + crate::heap::stack::STACK_SLACK,
            code,
        };
        self.heap.alloc_old(CodeObj {
            header: Header::new(LayoutId::Code),
            data: heap::box_into_raw(Box::new(data)),
        })
    }

    /// A constant as a heap value. Young constants are safe: no safepoint runs while a
    /// code object is loaded, and the code object starts in the remembered set.
    pub fn load_const(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::none(),
            Const::Bool(b) => Value::bool(*b),
            Const::Int(n) => match Value::try_small(*n) {
                Some(v) => v,
                None => self.heap.alloc_old(BigIntObj {
                    header: Header::new(LayoutId::BigInt),
                    value: (*n).into(),
                }),
            },
            Const::BigInt(s) => {
                let b: dashu_int::IBig = s.parse().unwrap_or_default();
                self.heap.alloc_old(BigIntObj {
                    header: Header::new(LayoutId::BigInt),
                    value: b,
                })
            }
            Const::Float(f) => self.heap.alloc_old(FloatObj {
                header: Header::new(LayoutId::Float),
                value: *f,
            }),
            Const::Complex { real, imag } => self.heap.alloc_old(ComplexObj {
                header: Header::new(LayoutId::Complex),
                re: *real,
                im: *imag,
            }),
            Const::Str(s) => {
                if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(s)
                } else {
                    self.new_str_old(s)
                }
            }
            Const::Bytes(b) => self.new_bytes(b),
            Const::Tuple(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.load_const(c)).collect();
                self.new_tuple(&vals)
            }
            Const::FrozenSet(items) => {
                let vals: Vec<Value> = items.iter().map(|c| self.load_const(c)).collect();
                // CPython's compiler rebuilds a constant frozenset from the iteration
                // order of the first one (merge_consts_recursive); do the same so the
                // table layout (and the printed order) match.
                let first = self.new_set(true);
                for v in vals {
                    let _ = self.set_add(first, v);
                }
                let s = self.new_set(true);
                for v in crate::objects::set::set_data(first).keys() {
                    let _ = self.set_add(s, v);
                }
                s
            }
            Const::Code(c) => self.load_code(c.clone()),
            Const::Ellipsis => Value::ellipsis(),
        }
    }
}
