//! The `Vm` struct: heap, value stack, frames, builtin types, interned names, roots, output sinks.

use crate::heap::collect::Trace;
use crate::heap::{self, Heap};
use crate::interp::frame::Frame;
use crate::layout::*;
use crate::objects::types::Map;
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::io::Write;

/// An exception has been raised; the exception object is in `Vm::exc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

pub type PyResult<T = Value> = Result<T, Raised>;

/// Keyword arguments passed to a native function: (interned name, value).
pub type Kwargs<'a> = &'a [(Value, Value)];

/// A function implemented in Rust. `args[0]` is the receiver for methods.
pub type NativeFn = fn(&mut Vm, &[Value], Kwargs) -> PyResult;

pub struct NativeDef {
    pub name: &'static str,
    pub qualname: String,
    pub f: NativeFn,
    /// For methods of built-in types: the type their receiver (args[0]) must be an
    /// instance of (EMPTY for plain functions). Types are old and never move.
    pub owner: Value,
}

/// Where print() and tracebacks go: the process streams or in-memory buffers (tests).
pub enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Stderr,
    Buffer(Vec<u8>),
}

impl Sink {
    pub fn write_str(&mut self, s: &str) {
        match self {
            Sink::Stdout(w) => {
                let _ = w.write_all(s.as_bytes());
            }
            Sink::Stderr => {
                let _ = std::io::stderr().write_all(s.as_bytes());
            }
            Sink::Buffer(b) => b.extend_from_slice(s.as_bytes()),
        }
    }
    pub fn write_bytes(&mut self, b: &[u8]) {
        match self {
            Sink::Stdout(w) => {
                let _ = w.write_all(b);
            }
            Sink::Stderr => {
                let _ = std::io::stderr().write_all(b);
            }
            Sink::Buffer(v) => v.extend_from_slice(b),
        }
    }
    pub fn flush(&mut self) {
        if let Sink::Stdout(w) = self {
            let _ = w.flush();
        }
    }
}

macro_rules! builtin_types {
    ($($field:ident = $name:literal),* $(,)?) => {
        /// The built-in type objects.
        pub struct Types { $(pub $field: Value),* }
        impl Types {
            pub(crate) fn empty() -> Types { Types { $($field: Value::EMPTY),* } }
            pub(crate) fn names() -> &'static [&'static str] { &[$($name),*] }
            pub(crate) fn slots(&mut self) -> Vec<&mut Value> { vec![$(&mut self.$field),*] }
        }
    };
}

builtin_types! {
    object = "object", type_ = "type", int = "int", bool_ = "bool", float = "float",
    complex = "complex", str = "str", bytes = "bytes", bytearray = "bytearray", list = "list", tuple = "tuple",
    dict = "dict", set = "set", frozenset = "frozenset", range = "range", slice = "slice",
    function = "function", builtin_function = "builtin_function_or_method", method = "method",
    cell = "cell", module = "module", none_type = "NoneType",
    not_implemented_type = "NotImplementedType", ellipsis_type = "ellipsis", code = "code",
    generator = "generator", property = "property", staticmethod = "staticmethod",
    classmethod = "classmethod", super_ = "super", traceback = "traceback",
    list_iterator = "list_iterator", tuple_iterator = "tuple_iterator",
    range_iterator = "range_iterator", str_iterator = "str_ascii_iterator",
    dict_keyiterator = "dict_keyiterator", dict_valueiterator = "dict_valueiterator",
    dict_itemiterator = "dict_itemiterator", set_iterator = "set_iterator",
    enumerate = "enumerate", zip = "zip", map = "map", filter = "filter",
    reversed = "reversed", list_reverseiterator = "list_reverseiterator",
    iterator = "iterator", callable_iterator = "callable_iterator",
    bytes_iterator = "bytes_iterator", bytearray_iterator = "bytearray_iterator",
    dict_keys = "dict_keys", dict_values = "dict_values", dict_items = "dict_items",
    text_io = "TextIOWrapper", value_array = "value_array",
    coroutine = "coroutine", async_generator = "async_generator",
    async_generator_asend = "async_generator_asend", member_descriptor = "member_descriptor",
    async_generator_athrow = "async_generator_athrow",
    coroutine_wrapper = "coroutine_wrapper",
    frame = "frame",
    wrapper_descriptor = "wrapper_descriptor", method_descriptor = "method_descriptor",
    method_wrapper = "method-wrapper",
}

macro_rules! names {
    ($($field:ident = $name:literal),* $(,)?) => {
        /// Interned strings the runtime looks up often.
        pub struct Names { $(pub $field: Value),* }
        impl Names {
            fn new(vm: &mut Vm) -> Names { Names { $($field: vm.intern($name)),* } }
            fn empty() -> Names { Names { $($field: Value::EMPTY),* } }
        }
    };
}

names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__", eq = "__eq__",
    ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", len = "__len__", iter = "__iter__", next = "__next__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__",
    contains = "__contains__", call = "__call__", bool = "__bool__", name = "__name__",
    qualname = "__qualname__", module = "__module__", doc = "__doc__", dict = "__dict__",
    class = "__class__", args = "args", getattr = "__getattr__", getattribute = "__getattribute__",
    setattr = "__setattr__", delattr = "__delattr__", enter = "__enter__", exit = "__exit__",
    traceback = "__traceback__", cause = "__cause__", context = "__context__",
    suppress_context = "__suppress_context__", main = "__main__", builtins = "__builtins__",
    file = "__file__", index = "__index__", int = "__int__", float = "__float__",
    neg = "__neg__", pos = "__pos__", abs = "__abs__", invert = "__invert__",
    get = "__get__", set = "__set__", delete = "__delete__", init_subclass = "__init_subclass__",
    set_name = "__set_name__", code = "code", value = "value", format = "__format__",
    reversed = "__reversed__", missing = "__missing__", round = "__round__", slots = "__slots__",
    build_class = "__build_class__", classcell = "__classcell__", mro = "__mro__",
    bases = "__bases__", bytes = "__bytes__", self_ = "self", annotations = "__annotations__",
    class_getitem = "__class_getitem__", instancecheck = "__instancecheck__",
    subclasscheck = "__subclasscheck__", key = "key", reverse = "reverse", sep = "sep",
    del = "__del__", end = "end", file_kw = "file", flush = "flush", start = "start", default = "default",
    msg = "msg", filename = "filename", lineno = "lineno", errno = "errno", strerror = "strerror",
    empty = "", tb_lineno = "tb_lineno", tb_next = "tb_next",
}

/// Inline cache statistics (`--stats`). A miss is an execution the cache did not serve;
/// a deopt is a miss that found a filled entry of its kind that no longer holds (a dict
/// version changed for LOAD_GLOBAL; another map, class or class version for ATTR and
/// METHOD: the monomorphic entry is then rewritten, so a polymorphic site deopts often).
#[derive(Default, Debug, Clone)]
pub struct CacheStats {
    pub global_hits: u64,
    pub global_misses: u64,
    pub global_deopts: u64,
    pub attr_hits: u64,
    pub attr_misses: u64,
    pub attr_deopts: u64,
    pub method_hits: u64,
    pub method_misses: u64,
    pub method_deopts: u64,
}

/// Hooks through which a JIT observes the interpreter. The VM ships a no-op.
pub trait JitHooks {
    /// Called when a loop header (back-edge target) is reached; `counter` is its hotness.
    fn on_loop_header(&mut self, _code: Value, _pc: u32, _counter: u32) {}
    /// Called when a frame is entered.
    fn on_call(&mut self, _code: Value) {}
    /// A loop back-edge to `target` in `code` found its counter at or above
    /// `Vm::jit_threshold` (the top frame's pc is `target`). Return true when the JIT
    /// changed the interpreter state (ran compiled code and wrote frames back): the
    /// dispatch loop then reloads the top frame.
    fn on_hot_loop(&mut self, _vm: &mut Vm, _code: Value, _target: u32) -> bool {
        false
    }
    /// A Python function's frame was just pushed (the top frame, at pc 0) and its code's
    /// call counter reached `Vm::jit_threshold`. Return true when the JIT changed the
    /// interpreter state (ran a compiled function trace and rebuilt the frames); with
    /// `Vm::jit_raise` set, the top frame raises `Vm::exc`.
    fn on_hot_call(&mut self, _vm: &mut Vm, _code: Value) -> bool {
        false
    }
    /// Called before each instruction of the top frame while `Vm::jit_tracing` is set
    /// (the recorder observes; it must not change interpreter state).
    fn on_instruction(&mut self, _vm: &mut Vm, _pc: u32) {}
}

/// The JIT hook implementation that does nothing.
pub struct NoJit;
impl JitHooks for NoJit {}

pub struct Vm {
    pub heap: Heap,
    /// The value stack; frames are windows on it (`heap/stack.rs`).
    pub stack: crate::heap::stack::ValueStack,
    pub frames: Vec<Frame>,
    /// Rooted values held by Rust code across calls into Python (`RootScope`).
    pub roots: Vec<Value>,
    pub types: Types,
    pub names: Names,
    pub maps: Vec<Map>,
    pub interned: FxHashMap<Box<str>, Value>,
    /// The interned one-char str of each ASCII byte, filled on first use (EMPTY before):
    /// `new_str` and `str_char_at` index it instead of hashing. Not traced: interned
    /// strs are old (never moved) and kept alive by `interned`.
    pub ascii_strs: [Value; 128],
    pub natives: Vec<NativeDef>,
    /// The builtins module's dict.
    pub builtins: Value,
    /// sys.modules.
    pub modules: Value,
    pub sys: Value,
    /// The exception being raised (valid while an `Err(Raised)` propagates).
    pub exc: Value,
    /// Exceptions being handled (`except` blocks), innermost last.
    pub handled: Vec<Value>,
    pub stdout: Sink,
    pub stderr: Sink,
    /// Standard input of a captured run (`RunOptions::stdin`); None reads the process's.
    pub stdin_feed: Option<crate::modules::stdio::StdinFeed>,
    pub cache_stats: CacheStats,
    pub recursion_limit: usize,
    /// Python frames plus native re-entries, checked against the recursion limit.
    pub depth: usize,
    /// Lowest native stack address Python code may be entered at (0: unchecked). Calls
    /// from Rust into Python nest Rust frames; below this a call raises RecursionError
    /// instead of overflowing the thread's stack, whatever `sys.setrecursionlimit` says.
    pub stack_floor: usize,
    /// The program ended with an uncaught KeyboardInterrupt: like CPython, the process
    /// then ends by SIGINT (after the traceback and the atexit callbacks).
    pub died_of_interrupt: bool,
    /// While > 0, safepoints do not collect (native code holds raw values).
    pub gc_inhibit: u32,
    /// Source lines of the files run, for tracebacks.
    pub sources: FxHashMap<String, Vec<String>>,
    pub jit: Box<dyn JitHooks>,
    /// Back-edge count from which `JitHooks::on_hot_loop` is called (u32::MAX: never).
    pub jit_threshold: u32,
    /// While set, `JitHooks::on_instruction` sees every instruction (trace recording).
    pub jit_tracing: bool,
    /// Set by the JIT when a trace left through an exception exit: the interpreter
    /// raises `exc` in the top frame at its pc (see `Vm::jit_raise_at`).
    pub jit_raise: bool,
    /// Bound when the main module exists.
    pub main_module: Value,
    /// Extra root slots: misc runtime values (exception types table etc.).
    pub misc_roots: Vec<Value>,
    /// (callback, ref) pairs of weak references whose referents died, to call at the next
    /// safepoint (`modules/weakref.rs`).
    pub weak_pending: Vec<Value>,
    /// Instances found unreachable whose `__del__` has yet to run (`heap::del_ready`),
    /// run at the next safepoint, in `gc.collect()` or at exit (`objects/finalize.rs`).
    pub del_pending: Vec<Value>,
    pub argv: Vec<String>,
    /// sys.set_int_max_str_digits limit (0 = none).
    pub int_max_str_digits: usize,
    /// Containers being repr()'d (recursion guard).
    pub repr_stack: Vec<Value>,
    /// Cache of class MRO lookups (`Vm::lookup`), cleared at every collection.
    pub lookup_cache: crate::objects::types::LookupCache,
    pub start_time: std::time::Instant,
    /// Set from another thread to stop the program at the next safepoint (test timeouts).
    pub cancel: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// Values of a sys.exit()/SystemExit leaving the interpreter.
pub enum Exit {
    Code(i32),
}

impl Vm {
    pub fn new(nursery: usize, stress: bool, stdout: Sink, stderr: Sink) -> Box<Vm> {
        let mut vm = Box::new(Vm {
            heap: Heap::new(nursery, stress),
            stack: crate::heap::stack::ValueStack::with_capacity(1 << 16),
            frames: Vec::with_capacity(64),
            roots: Vec::new(),
            types: Types::empty(),
            // Filled right below, once interning works.
            names: Names::empty(),
            maps: Vec::new(),
            interned: FxHashMap::default(),
            ascii_strs: [Value::EMPTY; 128],
            natives: Vec::new(),
            builtins: Value::EMPTY,
            modules: Value::EMPTY,
            sys: Value::EMPTY,
            exc: Value::none(),
            handled: Vec::new(),
            stdout,
            stderr,
            stdin_feed: None,
            cache_stats: CacheStats::default(),
            recursion_limit: 1000,
            depth: 0,
            stack_floor: 0,
            died_of_interrupt: false,
            gc_inhibit: 0,
            sources: FxHashMap::default(),
            jit: Box::new(NoJit),
            jit_threshold: u32::MAX,
            jit_tracing: false,
            jit_raise: false,
            main_module: Value::EMPTY,
            misc_roots: Vec::new(),
            weak_pending: Vec::new(),
            del_pending: Vec::new(),
            argv: Vec::new(),
            int_max_str_digits: 4300,
            repr_stack: Vec::new(),
            lookup_cache: Default::default(),
            start_time: std::time::Instant::now(),
            cancel: Default::default(),
        });
        vm.names = Names::new(&mut vm);
        crate::objects::types::bootstrap(&mut vm);
        crate::builtins::install(&mut vm);
        vm
    }

    /// An interned str: one immortal-for-the-run old-space object per distinct text.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&v) = self.interned.get(s) {
            return v;
        }
        let v = self.new_str_old(s);
        self.interned.insert(s.into(), v);
        v
    }

    /// The interned twin of a str value (same object if it is interned already).
    pub fn intern_value(&mut self, v: Value) -> Value {
        let s = heap::str_text(v);
        if let Some(&i) = self.interned.get(s) {
            return i;
        }
        let owned = s.to_string();
        self.intern(&owned)
    }

    /// Register a native function; returns a function object.
    pub fn native(&mut self, name: &'static str, qualname: &str, f: NativeFn) -> Value {
        let index = self.natives.len() as u64;
        self.natives.push(NativeDef {
            name,
            qualname: qualname.to_string(),
            f,
            owner: Value::EMPTY,
        });
        self.heap.alloc_old(NativeObj {
            header: Header::new(LayoutId::Native),
            index,
            self_: Value::EMPTY,
        })
    }

    /// Would entering one more Python frame exceed the recursion limit or come too close
    /// to the end of the native stack?
    #[inline]
    pub fn recursion_exceeded(&self) -> bool {
        let marker = 0u8;
        self.frames.len() + self.depth >= self.recursion_limit
            || (std::ptr::addr_of!(marker) as usize) < self.stack_floor
    }

    /// Enter one level of native recursion (repr or comparison of nested containers):
    /// it counts against the recursion limit like a Python frame, so containers nested
    /// deeper than the limit raise RecursionError (CPython's `Py_EnterRecursiveCall`,
    /// `where` is its message suffix). Pair with [`Vm::native_leave`].
    pub fn native_enter(&mut self, what: &str) -> PyResult<()> {
        if self.recursion_exceeded() {
            return Err(self.raise_msg(
                "RecursionError",
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    #[inline]
    pub fn native_leave(&mut self) {
        self.depth -= 1;
    }

    /// Collect if a collection is due (or always, in stress mode). Only call at safepoints.
    #[inline]
    pub fn safepoint(&mut self) {
        if (self.heap.collect_requested || self.heap.stress) && self.gc_inhibit == 0 {
            // Stress collections leave cyclic garbage with `__del__` to the collections
            // a normal run makes (`objects/finalize.rs`).
            self.heap.prompt |= self.heap.stress;
            self.collect();
            if !self.del_pending.is_empty() {
                self.run_finalizers();
            }
            if !self.weak_pending.is_empty() {
                self.run_weak_callbacks();
            }
        }
    }

    /// Run a minor (and if due, major) collection now.
    pub fn collect(&mut self) {
        self.lookup_cache.clear();
        let major =
            self.heap.major_requested || (self.heap.stress && self.heap.stats.minor % 1024 == 1023);
        self.with_roots(|heap, visit| {
            if major {
                heap.collect_major(visit);
            } else {
                heap.collect_minor(visit);
            }
        });
        if !self.heap.weak_cleared.is_empty() {
            crate::modules::weakref::take_cleared(self);
        }
        self.heap.prompt = false;
        let from = self.del_pending.len();
        for a in std::mem::take(&mut self.heap.del_ready) {
            self.del_pending.push(Value::from_addr(a));
        }
        self.order_pending(from);
    }

    /// How many objects a full collection now would free that CPython's cycle collector
    /// would have found (`gc.collect()`'s result, see `heap/census.rs`). Frees nothing.
    pub fn cyclic_garbage(&mut self) -> usize {
        self.with_roots(|heap, visit| heap.cyclic_garbage(visit))
    }

    /// Call `f` with the heap and a visitor over every root.
    fn with_roots<R>(
        &mut self,
        f: impl FnOnce(&mut crate::heap::Heap, &mut crate::heap::collect::RootVisitor<'_>) -> R,
    ) -> R {
        let Vm {
            heap,
            stack,
            frames,
            roots,
            types,
            names: _,
            maps,
            interned,
            builtins,
            modules,
            sys,
            exc,
            handled,
            main_module,
            misc_roots,
            repr_stack,
            weak_pending,
            del_pending,
            ..
        } = self;
        let mut visit = |f: &mut dyn FnMut(&mut Value)| {
            for v in stack.iter_mut() {
                f(v);
            }
            for fr in frames.iter_mut() {
                fr.trace(f);
            }
            for v in roots.iter_mut() {
                f(v);
            }
            for v in types.slots() {
                f(v);
            }
            for m in maps.iter_mut() {
                m.trace(f);
            }
            for v in interned.values_mut() {
                f(v);
            }
            f(builtins);
            f(modules);
            f(sys);
            f(exc);
            for v in handled.iter_mut() {
                f(v);
            }
            f(main_module);
            for v in misc_roots.iter_mut() {
                f(v);
            }
            for v in repr_stack.iter_mut() {
                f(v);
            }
            for v in weak_pending.iter_mut() {
                f(v);
            }
            for v in del_pending.iter_mut() {
                f(v);
            }
        };
        f(heap, &mut visit)
    }

    /// Push a value on the root stack; returns its handle index.
    pub fn root(&mut self, v: Value) -> usize {
        self.roots.push(v);
        self.roots.len() - 1
    }
}

impl Trace for Vec<Value> {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        for v in self.iter_mut() {
            f(v)
        }
    }
}
