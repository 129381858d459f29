//! Classes (type objects), instance maps (hidden classes), MRO, and the built-in type bootstrap.
//!
//! An instance holds its class, a `MapId` and its attribute slots inline. A `Map`
//! records name -> slot for one sequence of attribute additions and is shared by
//! every instance of the class built the same way (PyPy maps). Each class has a
//! version that changes whenever the class or one of its bases is modified; method
//! caches key on it.

use crate::heap::collect::Trace;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::{PyResult, Types, Vm};
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// Index of a map in `Vm::maps`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct MapId(pub u32);

/// A hidden class: attribute names in slot order, shared by instances built alike.
pub struct Map {
    pub cls: Value,
    pub names: Vec<Value>,
    pub index: FxHashMap<Value, u32>,
    pub transitions: FxHashMap<Value, MapId>,
    /// The instance keeps its attributes in a dict (in slot 0) since its `__dict__` was
    /// taken: the dict is then the one place they live.
    pub dict_mode: bool,
}

impl Map {
    pub fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        f(&mut self.cls);
    }
}

/// The Rust side of a class.
pub struct TypeData {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Value>,
    pub mro: Vec<Value>,
    /// Attributes keyed by interned str.
    pub dict: FxHashMap<Value, Value>,
    /// Attribute names in definition order.
    pub order: Vec<Value>,
    pub version: u64,
    pub root_map: MapId,
    /// Largest attribute count seen on instances (inline slots for new instances).
    pub slot_hint: u32,
    /// Built-in (instances are not `Instance` objects unless `instance_based`).
    pub builtin: bool,
    /// Instances of this class are `Instance` objects (user classes, object, exceptions).
    pub instance_based: bool,
    pub is_exception: bool,
    pub subclasses: Vec<Value>,
    /// Constructor of a built-in type (`args[0]` is the class).
    pub ctor: Option<crate::vm::NativeFn>,
    /// The metaclass when it is not `type` (else EMPTY).
    pub meta: Value,
    /// For subclasses of built-in value types (list, dict, tuple, int, str, property...):
    /// that built-in type; instances keep a value of it in the hidden `BASE_VALUE` slot.
    pub base_value_type: Value,
    /// A subclass of `type` (a metaclass): calling it creates classes.
    pub is_meta: bool,
    /// The class's dict-mode map (see `Map::dict_mode`), made on first use.
    pub dict_map: Option<MapId>,
    /// Instances have no `__dict__`: only `__slots__` names (see `objects/slots.rs`).
    pub no_dict: bool,
    /// `has_del` as found when `version` was `del_version` (`objects/finalize.rs`).
    pub del_version: u64,
    pub has_del: bool,
}

/// Hidden attribute (not an identifier) holding the built-in value of an instance whose
/// class derives from a built-in value type.
pub const BASE_VALUE: &str = " value";

/// Built-in types that user classes may derive from (their instances wrap a value).
pub const WRAPPABLE: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "str",
    "int",
    "float",
    "set",
    "frozenset",
    "bytes",
    "property",
    "classmethod",
    "staticmethod",
    "complex",
];

/// Built-in types whose value is created by `__new__` from the call arguments
/// (the others start empty and are filled by `__init__`).
pub const IMMUTABLE_BASES: &[&str] = &[
    "tuple",
    "str",
    "int",
    "float",
    "frozenset",
    "bytes",
    "complex",
];

impl TypeData {
    pub fn meta_opt(&self) -> Option<Value> {
        if self.meta.is_empty() {
            None
        } else {
            Some(self.meta)
        }
    }
}

impl Trace for TypeData {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        for b in self.bases.iter_mut() {
            f(b)
        }
        for b in self.mro.iter_mut() {
            f(b)
        }
        for v in self.dict.values_mut() {
            f(v)
        }
        for s in self.subclasses.iter_mut() {
            f(s)
        }
        f(&mut self.meta);
        f(&mut self.base_value_type);
    }
}

static VERSION: AtomicU64 = AtomicU64::new(1);

pub fn next_version() -> u64 {
    VERSION.fetch_add(1, Ordering::Relaxed)
}

/// `lookup` along the MRO, without the cache.
fn lookup_uncached(d: &TypeData, name: Value) -> Option<Value> {
    if let Some(&v) = d.dict.get(&name) {
        return Some(v);
    }
    for &c in &d.mro[1..] {
        if let Some(&v) = type_data(c).dict.get(&name) {
            return Some(v);
        }
    }
    None
}

/// Entries of the `lookup` cache (a power of two).
const LOOKUP_CACHE_SIZE: usize = 1024;

/// A direct-mapped cache of MRO lookups: (class version, name) -> value or EMPTY (absent),
/// like CPython's type attribute cache. A class version is never reused and changes with
/// any change to the class or its bases, so entries never go stale; the cache is cleared
/// at every collection because names and values may move.
pub struct LookupCache(Box<[std::cell::Cell<(u64, Value, Value)>]>);

impl Default for LookupCache {
    fn default() -> Self {
        let empty = (0, Value::EMPTY, Value::EMPTY);
        LookupCache(vec![std::cell::Cell::new(empty); LOOKUP_CACHE_SIZE].into_boxed_slice())
    }
}

impl LookupCache {
    #[inline(always)]
    fn entry(&self, version: u64, name: Value) -> &std::cell::Cell<(u64, Value, Value)> {
        let h = (version ^ (name.0 >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        &self.0[(h >> 54) as usize & (LOOKUP_CACHE_SIZE - 1)]
    }

    /// Forget every entry (at a collection).
    pub fn clear(&mut self) {
        for e in self.0.iter_mut() {
            e.set((0, Value::EMPTY, Value::EMPTY));
        }
    }
}

#[inline(always)]
pub fn type_data<'a>(t: Value) -> &'a mut TypeData {
    heap::boxed::<TypeData>(get::<TypeObj>(t).data)
}

pub fn is_type(v: Value) -> bool {
    has_layout(v, LayoutId::Type)
}

/// Iterator kinds of `IterObj` (each has its own type object).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
pub enum IterKind {
    List = 0,
    Tuple,
    Str,
    DictKeys,
    DictValues,
    DictItems,
    Set,
    Enumerate,
    Zip,
    Map,
    Filter,
    ListReverse,
    SeqGetItem,
    Bytes,
    Callable,
}

impl IterKind {
    pub fn from_u64(n: u64) -> IterKind {
        use IterKind::*;
        [
            List,
            Tuple,
            Str,
            DictKeys,
            DictValues,
            DictItems,
            Set,
            Enumerate,
            Zip,
            Map,
            Filter,
            ListReverse,
            SeqGetItem,
            Bytes,
            Callable,
        ][n as usize]
    }
}

/// Kinds of `WrapperObj`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u64)]
pub enum WrapKind {
    Property = 0,
    StaticMethod,
    ClassMethod,
    Super,
    /// An async generator's `__anext__()`/`asend()` awaitable (`interp/coro.rs`).
    AsyncGenASend,
    /// What `coroutine.__await__()` returns (`interp/coro.rs`): `a` the coroutine.
    CoroWrapper,
    /// A `__slots__` member descriptor (`objects/slots.rs`).
    Member,
    /// A suspended generator's frame (`gi_frame`; `interp/gen.rs`): `a` the generator.
    GenFrame,
    DictKeys,
    DictValues,
    DictItems,
    /// A range beyond 63 bits (`objects/bigrange.rs`): `a` start, `b` stop, `c` step.
    BigRange,
    /// A snapshot of an interpreter frame (`sys._getframe`): `a` the code, `b` the
    /// calling frame's snapshot or None, `c` the tuple (globals, line, locals).
    Frame,
    /// A weak reference's cell (`modules/weakref.rs`): `a` the referent, not traced (None
    /// once it died), `b` the Python ref object to pass to `c`, the callback, or None.
    WeakCell,
    /// An async generator's `athrow()`/`aclose()` awaitable (`interp/coro.rs`): `a` the
    /// generator, `b` the exception to throw (None for aclose), `c` its state.
    AsyncGenAThrow,
}

impl WrapKind {
    pub fn from_u64(n: u64) -> WrapKind {
        use WrapKind::*;
        [
            Property,
            StaticMethod,
            ClassMethod,
            Super,
            AsyncGenASend,
            CoroWrapper,
            Member,
            GenFrame,
            DictKeys,
            DictValues,
            DictItems,
            BigRange,
            Frame,
            WeakCell,
            AsyncGenAThrow,
        ][n as usize]
    }
}

/// What a native function object is, as CPython names its kinds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NativeKind {
    /// A function (`len`), a method bound to its receiver, or `__new__`.
    Function,
    /// A type's special method read from the class (`object.__init__`: a slot wrapper).
    SlotWrapper,
    /// A type's ordinary method read from the class (`list.append`).
    Method,
}

/// Dunder methods CPython exposes as method descriptors rather than slot wrappers.
const DUNDER_METHODS: &[&str] = &[
    "__getitem__",
    "__format__",
    "__sizeof__",
    "__dir__",
    "__reversed__",
    "__enter__",
    "__exit__",
    "__reduce__",
    "__reduce_ex__",
    "__getstate__",
    "__setstate__",
    "__length_hint__",
    "__class_getitem__",
    "__subclasshook__",
    "__init_subclass__",
    "__instancecheck__",
    "__subclasscheck__",
    "__subclasses__",
    "__prepare__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__getnewargs__",
];

impl Vm {
    /// The kind of a native function object (`LayoutId::Native`).
    pub fn native_kind(&self, v: Value) -> NativeKind {
        let n = get::<NativeObj>(v);
        let d = &self.natives[n.index as usize];
        if !n.self_.is_empty() || d.owner.is_empty() || d.name == "__new__" {
            return NativeKind::Function;
        }
        let dunder = d.name.len() > 4 && d.name.starts_with("__") && d.name.ends_with("__");
        if dunder && !DUNDER_METHODS.contains(&d.name) {
            NativeKind::SlotWrapper
        } else {
            NativeKind::Method
        }
    }

    /// The class of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> Value {
        if v.is_small() {
            return self.types.int;
        }
        let t = &self.types;
        match heap::layout_of(v) {
            LayoutId::Instance => get::<InstanceObj>(v).cls,
            LayoutId::NoneType => t.none_type,
            LayoutId::Bool => t.bool_,
            LayoutId::NotImplementedType => t.not_implemented_type,
            LayoutId::EllipsisType => t.ellipsis_type,
            LayoutId::BigInt => t.int,
            LayoutId::Float => t.float,
            LayoutId::Complex => t.complex,
            LayoutId::Str => t.str,
            LayoutId::Bytes => t.bytes,
            LayoutId::ByteArray => t.bytearray,
            LayoutId::Tuple => t.tuple,
            LayoutId::ValueArray => t.value_array,
            LayoutId::List => t.list,
            LayoutId::Dict => t.dict,
            LayoutId::Set => t.set,
            LayoutId::FrozenSet => t.frozenset,
            LayoutId::Range => t.range,
            LayoutId::RangeIter => t.range_iterator,
            LayoutId::Slice => t.slice,
            LayoutId::Function => t.function,
            LayoutId::Native => match self.native_kind(v) {
                NativeKind::Function => t.builtin_function,
                NativeKind::SlotWrapper => t.wrapper_descriptor,
                NativeKind::Method => t.method_descriptor,
            },
            LayoutId::BoundMethod => {
                let f = get::<BoundMethodObj>(v).func;
                if !has_layout(f, LayoutId::Native) {
                    t.method
                } else if self.native_kind(f) == NativeKind::SlotWrapper {
                    t.method_wrapper
                } else {
                    t.builtin_function
                }
            }
            LayoutId::Cell => t.cell,
            LayoutId::Module => t.module,
            LayoutId::Type => type_data(v).meta_opt().unwrap_or(t.type_),
            LayoutId::Code => t.code,
            LayoutId::Traceback => t.traceback,
            LayoutId::Generator => match crate::interp::gen::gen_data(v).kind {
                crate::interp::gen::GenKind::Generator => t.generator,
                crate::interp::gen::GenKind::Coroutine => t.coroutine,
                crate::interp::gen::GenKind::AsyncGenerator => t.async_generator,
            },
            LayoutId::File => t.text_io,
            LayoutId::Iter => match IterKind::from_u64(get::<IterObj>(v).kind) {
                IterKind::List => t.list_iterator,
                IterKind::Tuple => t.tuple_iterator,
                IterKind::Str => t.str_iterator,
                IterKind::DictKeys => t.dict_keyiterator,
                IterKind::DictValues => t.dict_valueiterator,
                IterKind::DictItems => t.dict_itemiterator,
                IterKind::Set => t.set_iterator,
                IterKind::Enumerate => t.enumerate,
                IterKind::Zip => t.zip,
                IterKind::Map => t.map,
                IterKind::Filter => t.filter,
                IterKind::ListReverse => t.list_reverseiterator,
                IterKind::SeqGetItem => t.iterator,
                IterKind::Bytes => t.bytes_iterator,
                IterKind::Callable => t.callable_iterator,
            },
            LayoutId::Wrapper => match WrapKind::from_u64(get::<WrapperObj>(v).kind) {
                WrapKind::Property => t.property,
                WrapKind::StaticMethod => t.staticmethod,
                WrapKind::ClassMethod => t.classmethod,
                WrapKind::Super => t.super_,
                WrapKind::AsyncGenASend => t.async_generator_asend,
                WrapKind::AsyncGenAThrow => t.async_generator_athrow,
                WrapKind::CoroWrapper => t.coroutine_wrapper,
                WrapKind::Member => t.member_descriptor,
                WrapKind::GenFrame => t.frame,
                WrapKind::DictKeys => t.dict_keys,
                WrapKind::DictValues => t.dict_values,
                WrapKind::DictItems => t.dict_items,
                WrapKind::BigRange => t.range,
                WrapKind::Frame => t.frame,
                WrapKind::WeakCell => t.object,
            },
            LayoutId::Free => t.object,
        }
    }

    pub fn type_name(&self, v: Value) -> String {
        type_data(self.type_of(v)).name.clone()
    }

    /// Create a class object (pretenured) with the given bases; computes the MRO (C3).
    pub fn new_type(
        &mut self,
        name: &str,
        bases: Vec<Value>,
        module: &str,
        builtin: bool,
    ) -> PyResult {
        let mro_tail = self.c3_merge(&bases)?;
        let is_exception = bases.iter().any(|&b| type_data(b).is_exception);
        let mut base_value_type = Value::EMPTY;
        let mut is_meta = false;
        for &b in &bases {
            let d = type_data(b);
            if d.is_meta || (!self.types.type_.is_empty() && b == self.types.type_) {
                is_meta = true;
            } else if !d.base_value_type.is_empty() {
                base_value_type = d.base_value_type;
            } else if d.builtin && !d.instance_based && WRAPPABLE.contains(&d.name.as_str()) {
                base_value_type = b;
            }
        }
        let instance_based = bases.is_empty()
            || bases.iter().all(|&b| {
                let d = type_data(b);
                d.instance_based || WRAPPABLE.contains(&d.name.as_str())
            });
        let hint = bases
            .iter()
            .map(|&b| type_data(b).slot_hint)
            .max()
            .unwrap_or(0);
        let data = TypeData {
            name: name.to_string(),
            qualname: name.to_string(),
            module: module.to_string(),
            bases: bases.clone(),
            mro: Vec::new(),
            dict: FxHashMap::default(),
            order: Vec::new(),
            version: next_version(),
            root_map: MapId(0),
            slot_hint: hint,
            builtin,
            instance_based,
            is_exception,
            subclasses: Vec::new(),
            ctor: None,
            meta: Value::EMPTY,
            base_value_type: Value::EMPTY,
            is_meta: false,
            dict_map: None,
            no_dict: false,
            del_version: 0,
            has_del: false,
        };
        let t = self.heap.alloc_old(TypeObj {
            header: Header::new(LayoutId::Type),
            data: heap::box_into_raw(Box::new(data)),
        });
        let mut mro = vec![t];
        mro.extend(mro_tail);
        if !builtin && !mro.contains(&self.types.object) && !self.types.object.is_empty() {
            mro.push(self.types.object);
        }
        let map = self.new_map(t, Vec::new());
        let d = type_data(t);
        if !builtin {
            d.base_value_type = base_value_type;
            d.is_meta = is_meta;
        }
        d.mro = mro;
        d.root_map = map;
        for b in bases {
            type_data(b).subclasses.push(t);
        }
        Ok(t)
    }

    fn c3_merge(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| type_data(b).mro.clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = s[0];
                if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                    found = Some(cand);
                    break;
                }
            }
            let Some(c) = found else {
                // CPython names the heads of the lists left to merge, once each.
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_data(s[0]).name.clone();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s[0] == c {
                    s.remove(0);
                }
            }
        }
    }

    pub fn new_map(&mut self, cls: Value, names: Vec<Value>) -> MapId {
        let index = names
            .iter()
            .enumerate()
            .map(|(i, &n)| (n, i as u32))
            .collect();
        self.maps.push(Map {
            cls,
            names,
            index,
            transitions: FxHashMap::default(),
            dict_mode: false,
        });
        MapId(self.maps.len() as u32 - 1)
    }

    /// The map reached from `m` by adding attribute `name`.
    pub fn map_add(&mut self, m: MapId, name: Value) -> MapId {
        if let Some(&n) = self.maps[m.0 as usize].transitions.get(&name) {
            return n;
        }
        let cls = self.maps[m.0 as usize].cls;
        let mut names = self.maps[m.0 as usize].names.clone();
        names.push(name);
        let count = names.len() as u32;
        let n = self.new_map(cls, names);
        self.maps[m.0 as usize].transitions.insert(name, n);
        let d = type_data(cls);
        d.slot_hint = d.slot_hint.max(count);
        n
    }

    /// Look `name` (interned) up along the MRO of class `t` (through `lookup_cache`).
    #[inline]
    pub fn lookup(&self, t: Value, name: Value) -> Option<Value> {
        let d = type_data(t);
        let entry = self.lookup_cache.entry(d.version, name);
        let (version, key, found) = entry.get();
        if version == d.version && key == name {
            return if found.is_empty() { None } else { Some(found) };
        }
        let r = lookup_uncached(d, name);
        entry.set((d.version, name, r.unwrap_or(Value::EMPTY)));
        r
    }

    /// Set a class attribute and invalidate caches keyed on its version.
    pub fn type_set(&mut self, t: Value, name: Value, v: Value) {
        let d = type_data(t);
        if d.dict.insert(name, v).is_none() {
            d.order.push(name);
        }
        self.heap.barrier(t);
        bump_versions(t);
    }

    pub fn type_del(&mut self, t: Value, name: Value) -> bool {
        let d = type_data(t);
        let had = d.dict.remove(&name).is_some();
        if had {
            d.order.retain(|&n| n != name);
            bump_versions(t);
        }
        had
    }

    /// A special method of a class's user-defined metaclass, called on the class
    /// (`iter(EnumClass)`, `len(...)`, `Color["RED"]`): None when the class has no user
    /// metaclass or the metaclass does not define `name` in Python.
    pub fn meta_special(
        &mut self,
        v: Value,
        name: Value,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        if !is_type(v) {
            return Ok(None);
        }
        let meta = type_data(v).meta;
        if meta.is_empty() || type_data(meta).builtin {
            return Ok(None);
        }
        match self.lookup(meta, name) {
            Some(f) if !has_layout(f, LayoutId::Native) => self.call_special(v, name, args),
            _ => Ok(None),
        }
    }

    /// Is `t` a subclass of `base` (by MRO)?
    pub fn is_subtype(&self, t: Value, base: Value) -> bool {
        t == base || type_data(t).mro.contains(&base)
    }

    pub fn isinstance(&self, v: Value, cls: Value) -> bool {
        self.is_subtype(self.type_of(v), cls)
    }

    /// Add a native method to a built-in class.
    pub fn add_method(&mut self, t: Value, name: &'static str, f: crate::vm::NativeFn) {
        let qual = format!("{}.{}", type_data(t).name, name);
        let n = self.native(name, &qual, f);
        let idx = get::<NativeObj>(n).index as usize;
        self.natives[idx].owner = t;
        let key = self.intern(name);
        self.type_set(t, key, n);
    }
}

fn bump_versions(t: Value) {
    let d = type_data(t);
    d.version = next_version();
    let subs = d.subclasses.clone();
    for s in subs {
        bump_versions(s);
    }
}

/// The exception hierarchy: (name, base name).
pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// Create `object`, `type` and the other built-in classes, then the exception classes.
pub fn bootstrap(vm: &mut Vm) {
    let object = vm
        .new_type("object", vec![], "builtins", true)
        .expect("object");
    vm.types.object = object;
    type_data(object).instance_based = true;
    // `object()` has no `__dict__`: `object().x = 1` raises AttributeError.
    type_data(object).no_dict = true;
    let names = Types::names();
    let mut made = Vec::new();
    for &n in names.iter().skip(1) {
        let t = vm
            .new_type(n, vec![object], "builtins", true)
            .expect("builtin type");
        type_data(t).instance_based = false;
        made.push(t);
    }
    for (slot, t) in vm.types.slots().into_iter().skip(1).zip(made) {
        *slot = t;
    }
    // bool derives from int.
    let (b, i) = (vm.types.bool_, vm.types.int);
    let d = type_data(b);
    d.bases = vec![i];
    d.mro = vec![b, i, object];
    let mut by_name: FxHashMap<&str, Value> = FxHashMap::default();
    for &(name, base) in EXCEPTIONS {
        let bases = if base.is_empty() {
            vec![object]
        } else {
            vec![by_name[base]]
        };
        let t = vm
            .new_type(name, bases, "builtins", true)
            .expect("exception type");
        let d = type_data(t);
        d.is_exception = true;
        d.instance_based = true;
        by_name.insert(name, t);
        vm.misc_roots.push(t);
    }
}

impl Vm {
    /// A built-in exception class by name (panics only on a typo in the runtime itself).
    pub fn exc_type(&self, name: &str) -> Value {
        let i = EXCEPTIONS
            .iter()
            .position(|&(n, _)| n == name)
            .expect("known exception name");
        self.misc_roots[i]
    }
}
