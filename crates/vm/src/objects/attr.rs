//! Attribute access: instance slots via maps, class lookup along the MRO, descriptors
//! (functions, property, classmethod, staticmethod, __get__/__set__), __getattr__, super.

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::str::text;
use crate::objects::types::{is_type, type_data, WrapKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn wrap_kind(v: Value) -> Option<WrapKind> {
    if has_layout(v, LayoutId::Wrapper) {
        Some(WrapKind::from_u64(get::<WrapperObj>(v).kind))
    } else {
        None
    }
}

impl Vm {
    pub fn new_bound_method(&mut self, func: Value, self_: Value) -> Value {
        self.heap.alloc(BoundMethodObj {
            header: Header::new(LayoutId::BoundMethod),
            func,
            self_,
        })
    }

    pub fn new_wrapper(&mut self, kind: WrapKind, a: Value, b: Value, c: Value) -> Value {
        self.heap.alloc(WrapperObj {
            header: Header::new(LayoutId::Wrapper),
            kind: kind as u64,
            a,
            b,
            c,
        })
    }

    /// Is a class attribute a data descriptor (takes precedence over instance slots)?
    fn is_data_descriptor(&self, attr: Value) -> bool {
        match wrap_kind(attr) {
            Some(WrapKind::Property) => true,
            Some(_) => false,
            None => {
                if has_layout(attr, LayoutId::Instance) {
                    let t = get::<InstanceObj>(attr).cls;
                    let bt = type_data(t).base_value_type;
                    (!bt.is_empty() && bt == self.types.property)
                        || self.lookup(t, self.names.set).is_some()
                        || self.lookup(t, self.names.delete).is_some()
                } else {
                    false
                }
            }
        }
    }

    /// Apply the descriptor protocol to a class attribute found for `obj` (None for class access).
    pub fn bind_descriptor(&mut self, attr: Value, obj: Value, cls: Value) -> PyResult {
        if attr.is_ptr() {
            match heap::layout_of(attr) {
                LayoutId::Function | LayoutId::Native => {
                    if obj.is_empty() {
                        return Ok(attr);
                    }
                    let recv = self.receiver_for_native(attr, obj);
                    return Ok(self.new_bound_method(attr, recv));
                }
                LayoutId::Wrapper => match WrapKind::from_u64(get::<WrapperObj>(attr).kind) {
                    WrapKind::StaticMethod => return Ok(get::<WrapperObj>(attr).a),
                    WrapKind::ClassMethod => {
                        let f = get::<WrapperObj>(attr).a;
                        return Ok(self.new_bound_method(f, cls));
                    }
                    WrapKind::Property => {
                        if obj.is_empty() {
                            return Ok(attr);
                        }
                        let fget = get::<WrapperObj>(attr).a;
                        if fget.is_none() || fget.is_empty() {
                            return Err(self.attribute_error("property has no getter"));
                        }
                        return self.call(fget, &[obj]);
                    }
                    WrapKind::Member if !obj.is_empty() => {
                        let name = get::<WrapperObj>(attr).a;
                        if has_layout(obj, LayoutId::Instance) {
                            if let Some(v) = self.instance_get(obj, name) {
                                return Ok(v);
                            }
                        }
                        return Err(self.no_attribute(obj, name));
                    }
                    _ => return Ok(attr),
                },
                LayoutId::Instance => {
                    let t = get::<InstanceObj>(attr).cls;
                    if let Some(g) = self
                        .lookup(t, self.names.get)
                        .filter(|g| !has_layout(*g, LayoutId::Native))
                    {
                        let o = if obj.is_empty() { Value::none() } else { obj };
                        return self.call(g, &[attr, o, cls]);
                    }
                    if let Some(bv) = self.base_value(attr) {
                        if has_layout(bv, LayoutId::Wrapper) {
                            return self.bind_descriptor(bv, obj, cls);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(attr)
    }

    /// getattr(obj, name) with `name` interned.
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// Raise CPython's AttributeError for a failed lookup; `name` and `obj` are kept on
    /// the exception (the traceback's "Did you mean" uses them).
    pub fn no_attribute(&mut self, obj: Value, name: Value) -> crate::vm::Raised {
        let n = text(name).to_string();
        let msg = if is_type(obj) {
            let tn = type_data(obj).name.clone();
            format!("type object '{tn}' has no attribute '{n}'")
        } else if has_layout(obj, LayoutId::Module) {
            let mn = text(get::<ModuleObj>(obj).name).to_string();
            format!("module '{mn}' has no attribute '{n}'")
        } else {
            let tn = self.type_name(obj);
            format!("'{tn}' object has no attribute '{n}'")
        };
        let cls = self.exc_type("AttributeError");
        let m = self.new_str(&msg);
        let e = self.new_exception(cls, &[m]);
        let (nk, ok) = (self.intern("name"), self.intern("obj"));
        self.instance_set(e, nk, name);
        self.instance_set(e, ok, obj);
        self.raise(e)
    }

    /// getattr returning None instead of raising AttributeError.
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let name = if crate::objects::str::is_str(name) {
            self.intern_value(name)
        } else {
            name
        };
        let cls = self.type_of(obj);
        if obj.is_ptr() {
            match heap::layout_of(obj) {
                LayoutId::Instance => return self.instance_getattr(obj, cls, name),
                LayoutId::Type => return self.type_getattr(obj, name),
                LayoutId::Module => {
                    let d = get::<ModuleObj>(obj).dict;
                    if let Some(v) = self.dict_get_str(d, name) {
                        return Ok(Some(v));
                    }
                    if name == self.names.dict {
                        return Ok(Some(d));
                    }
                    if name == self.names.class {
                        return Ok(Some(self.types.module));
                    }
                    // PEP 562: a module-level __getattr__.
                    if let Some(ga) = self.dict_get_str(d, self.names.getattr) {
                        return self.call(ga, &[name]).map(Some);
                    }
                    return Ok(None);
                }
                LayoutId::Wrapper if get::<WrapperObj>(obj).kind == WrapKind::Super as u64 => {
                    return self.super_getattr(obj, name);
                }
                _ => {}
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        match self.lookup(cls, name) {
            Some(attr) => self.bind_descriptor(attr, obj, cls).map(Some),
            None => Ok(None),
        }
    }

    fn instance_getattr(&mut self, obj: Value, cls: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(ga) = self.lookup(cls, self.names.getattribute) {
            if !has_layout(ga, LayoutId::Native) {
                return match self.call(ga, &[obj, name]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        let ae = self.exc_type("AttributeError");
                        if self.isinstance(self.exc, ae) {
                            if let Some(g) = self.lookup(cls, self.names.getattr) {
                                return self.call(g, &[obj, name]).map(Some);
                            }
                        }
                        Err(e)
                    }
                };
            }
        }
        let cattr = self.lookup(cls, name);
        if let Some(a) = cattr {
            if self.is_data_descriptor(a) {
                return self.bind_descriptor(a, obj, cls).map(Some);
            }
        }
        if let Some(v) = self.instance_get(obj, name) {
            return Ok(Some(v));
        }
        // An unset `__slots__` member is no attribute (then `__getattr__`).
        if let Some(a) = cattr.filter(|a| !crate::objects::slots::is_member(*a)) {
            return self.bind_descriptor(a, obj, cls).map(Some);
        }
        if name == self.names.class {
            return Ok(Some(cls));
        }
        if name == self.names.dict && !type_data(cls).no_dict {
            return Ok(Some(self.instance_dict(obj)));
        }
        if type_data(cls).is_exception {
            let n = name;
            if n == self.names.cause || n == self.names.context || n == self.names.traceback {
                return Ok(Some(Value::none()));
            }
            if n == self.names.suppress_context {
                return Ok(Some(Value::false_()));
            }
            if n == self.names.args {
                let t = self.new_tuple(&[]);
                return Ok(Some(t));
            }
            if let Some(v) = self.exception_special_attr(obj, n)? {
                return Ok(Some(v));
            }
        }
        if let Some(g) = self.lookup(cls, self.names.getattr) {
            return match self.call(g, &[obj, name]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    let ae = self.exc_type("AttributeError");
                    if self.isinstance(self.exc, ae) {
                        // Keep the user's AttributeError (its message) by re-raising.
                        return Err(e);
                    }
                    Err(e)
                }
            };
        }
        Ok(None)
    }

    fn exception_special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = text(name);
        let args = self.exc_args(obj);
        let first = if args.is_empty() || heap::items(args).is_empty() {
            Value::none()
        } else {
            heap::items(args)[0]
        };
        let stop = self.exc_type("StopIteration");
        let se = self.exc_type("SystemExit");
        let os = self.exc_type("OSError");
        match n {
            "value" if self.isinstance(obj, stop) => Ok(Some(first)),
            "code" if self.isinstance(obj, se) => {
                Ok(Some(if !args.is_empty() && heap::items(args).len() > 1 {
                    args
                } else {
                    first
                }))
            }
            "errno" if self.isinstance(obj, os) => Ok(Some(if heap::items(args).len() >= 2 {
                first
            } else {
                Value::none()
            })),
            "strerror" if self.isinstance(obj, os) => Ok(Some(if heap::items(args).len() >= 2 {
                heap::items(args)[1]
            } else {
                Value::none()
            })),
            "filename" if self.isinstance(obj, os) => Ok(Some(Value::none())),
            "name" | "msg" | "obj" => Ok(Some(Value::none())),
            "filename"
            | "lineno"
            | "offset"
            | "text"
            | "end_lineno"
            | "end_offset"
            | "print_file_and_line"
                if self.isinstance(obj, self.exc_type("SyntaxError")) =>
            {
                Ok(Some(Value::none()))
            }
            "add_note" => {
                let k = self.intern_str_key("__coil_add_note__");
                let f = self.dict_get_str(self.builtins, k).unwrap_or(Value::none());
                Ok(Some(self.new_bound_method(f, obj)))
            }
            _ => Ok(None),
        }
    }

    fn intern_str_key(&mut self, s: &str) -> Value {
        self.intern(s)
    }

    fn type_getattr(&mut self, t: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(a) = self.lookup(t, name) {
            return self.bind_descriptor(a, Value::EMPTY, t).map(Some);
        }
        let d = type_data(t);
        let n = text(name);
        let v = match n {
            "__name__" => {
                let s = d.name.clone();
                self.new_str(&s)
            }
            "__qualname__" => {
                let s = d.qualname.clone();
                self.new_str(&s)
            }
            "__module__" => {
                let s = d.module.clone();
                self.new_str(&s)
            }
            "__mro__" => {
                let m = d.mro.clone();
                self.new_tuple(&m)
            }
            "__bases__" => {
                let b = d.bases.clone();
                self.new_tuple(&b)
            }
            "__base__" => d.bases.first().copied().unwrap_or(Value::none()),
            "__doc__" => Value::none(),
            "__class__" => self.type_of(t),
            "__dict__" => {
                let dict = self.new_dict();
                let order = d.order.clone();
                for k in order {
                    if let Some(&v) = type_data(t).dict.get(&k) {
                        self.dict_set_str(dict, k, v);
                    }
                }
                dict
            }
            "__subclasses__" | "mro" => {
                let k = self.intern_str_key(if n == "mro" {
                    "__coil_mro__"
                } else {
                    "__coil_subclasses__"
                });
                let f = self.dict_get_str(self.builtins, k);
                match f {
                    Some(f) => self.new_bound_method(f, t),
                    None => return Ok(None),
                }
            }
            _ => {
                // Methods of the metaclass (`type` or a user metaclass).
                let tt = self.type_of(t);
                if let Some(a) = self.lookup(tt, name) {
                    return self.bind_descriptor(a, t, tt).map(Some);
                }
                // A metaclass's `__getattr__` answers what the class lacks.
                if let Some(g) = self.lookup(tt, self.names.getattr) {
                    return self.call(g, &[t, name]).map(Some);
                }
                return Ok(None);
            }
        };
        Ok(Some(v))
    }

    fn super_getattr(&mut self, sup: Value, name: Value) -> PyResult<Option<Value>> {
        let w = get::<WrapperObj>(sup);
        let (start, obj) = (w.a, w.b);
        // super(T, obj): obj's class MRO when obj is an instance of T, obj's own MRO when
        // obj is a subclass of T (classmethods, metaclass methods use the former).
        let class_form = is_type(obj) && self.is_subtype(obj, start);
        let objtype = if class_form { obj } else { self.type_of(obj) };
        let mro = type_data(objtype).mro.clone();
        let pos = mro
            .iter()
            .position(|&c| c == start)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for &c in &mro[pos..] {
            if let Some(&a) = type_data(c).dict.get(&name) {
                let inst = if class_form { Value::EMPTY } else { obj };
                if let Some(WrapKind::ClassMethod) = wrap_kind(a) {
                    let f = get::<WrapperObj>(a).a;
                    return Ok(Some(self.new_bound_method(f, objtype)));
                }
                // `object.__init_subclass__` is an implicit classmethod.
                if name == self.names.init_subclass && has_layout(a, LayoutId::Native) {
                    return Ok(Some(self.new_bound_method(a, objtype)));
                }
                return self.bind_descriptor(a, inst, objtype).map(Some);
            }
        }
        if name == self.names.class {
            return Ok(Some(self.types.super_));
        }
        Ok(None)
    }

    /// Attributes of built-in values that are not class-level methods.
    fn special_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = text(name);
        if n == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        if (!obj.is_ptr() || obj.is_bool() || has_layout(obj, LayoutId::BigInt))
            && crate::objects::int::is_int(obj)
        {
            let v = if obj.is_bool() {
                Value::small(get::<BoolObj>(obj).value)
            } else {
                obj
            };
            return Ok(match n {
                "real" | "numerator" => Some(v),
                "imag" => Some(Value::small(0)),
                "denominator" => Some(Value::small(1)),
                _ => None,
            });
        }
        match heap::layout_of(obj) {
            LayoutId::Float => {
                return Ok(match n {
                    "real" => Some(obj),
                    "imag" => Some(self.new_float(0.0)),
                    _ => None,
                })
            }
            LayoutId::Complex => {
                let c = get::<ComplexObj>(obj);
                let (re, im) = (c.re, c.im);
                return Ok(match n {
                    "real" => Some(self.new_float(re)),
                    "imag" => Some(self.new_float(im)),
                    _ => None,
                });
            }
            LayoutId::Slice => {
                let s = get::<SliceObj>(obj);
                return Ok(match n {
                    "start" => Some(s.start),
                    "stop" => Some(s.stop),
                    "step" => Some(s.step),
                    _ => None,
                });
            }
            LayoutId::File => return Ok(crate::builtins::io::file_attr(self, obj, n)),
            LayoutId::Wrapper if crate::objects::bigrange::is_big_range(obj) => {
                let [a, b, c] = crate::objects::bigrange::big_range_parts(obj);
                return Ok(match n {
                    "start" => Some(a),
                    "stop" => Some(b),
                    "step" => Some(c),
                    _ => None,
                });
            }
            LayoutId::Range => {
                let r = get::<RangeObj>(obj);
                let (a, b, c) = (r.start, r.stop, r.step);
                return Ok(match n {
                    "start" => Some(self.new_int(a)),
                    "stop" => Some(self.new_int(b)),
                    "step" => Some(self.new_int(c)),
                    _ => None,
                });
            }
            LayoutId::Function => {
                let f = get::<FunctionObj>(obj);
                let v = match n {
                    "__name__" => Some(f.name),
                    "__qualname__" => Some(f.qualname),
                    "__module__" => Some(f.module),
                    "__code__" => Some(f.code),
                    "__globals__" => Some(f.globals),
                    "__defaults__" => Some(if f.defaults.is_empty() {
                        Value::none()
                    } else {
                        f.defaults
                    }),
                    "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
                        Value::none()
                    } else {
                        f.kwdefaults
                    }),
                    "__annotations__" => {
                        if f.dict.is_empty() {
                            let d = self.new_dict();
                            get::<FunctionObj>(obj).dict = d;
                            self.heap.barrier(obj);
                        }
                        let fd = get::<FunctionObj>(obj).dict;
                        let ak = self.names.annotations;
                        match self.dict_get_str(fd, ak) {
                            Some(a) => Some(a),
                            None => {
                                let d = self.new_dict();
                                self.dict_set_str(fd, ak, d);
                                Some(d)
                            }
                        }
                    }
                    "__closure__" => Some(if f.closure.is_empty() {
                        Value::none()
                    } else {
                        f.closure
                    }),
                    "__doc__"
                        if !f.dict.is_empty() && self.dict_get_str(f.dict, name).is_some() =>
                    {
                        self.dict_get_str(f.dict, name)
                    }
                    "__doc__" => {
                        let cd = crate::interp::code::code_data(f.code);
                        match cd.code.docstring() {
                            Some(_) => Some(cd.consts[0]),
                            None => Some(Value::none()),
                        }
                    }
                    "__dict__" => {
                        if f.dict.is_empty() {
                            let d = self.new_dict();
                            get::<FunctionObj>(obj).dict = d;
                            self.heap.barrier(obj);
                        }
                        Some(get::<FunctionObj>(obj).dict)
                    }
                    _ => {
                        if !f.dict.is_empty() {
                            self.dict_get_str(f.dict, name)
                        } else {
                            None
                        }
                    }
                };
                if v.is_some() {
                    return Ok(v);
                }
            }
            LayoutId::BoundMethod => {
                let b = get::<BoundMethodObj>(obj);
                let (f, s) = (b.func, b.self_);
                return Ok(match n {
                    "__self__" => Some(s),
                    "__func__" => Some(f),
                    _ => self.getattr_opt(f, name)?,
                });
            }
            LayoutId::Native => {
                let nat = get::<NativeObj>(obj);
                let nm = self.natives[nat.index as usize].name;
                let q = self.natives[nat.index as usize].qualname.clone();
                return Ok(match n {
                    "__name__" => Some(self.new_str(nm)),
                    "__qualname__" => Some(self.new_str(&q)),
                    "__self__" => Some(if nat.self_.is_empty() {
                        Value::none()
                    } else {
                        nat.self_
                    }),
                    "__doc__" => Some(Value::none()),
                    "__objclass__" if !self.natives[nat.index as usize].owner.is_empty() => {
                        Some(self.natives[nat.index as usize].owner)
                    }
                    _ => None,
                });
            }
            LayoutId::Generator => {
                use crate::interp::gen::{GenKind, GenState};
                let d = crate::interp::gen::gen_data(obj);
                let prefix = match d.kind {
                    GenKind::Generator => "gi_",
                    GenKind::Coroutine => "cr_",
                    GenKind::AsyncGenerator => "ag_",
                };
                let (running, code) = (d.state == GenState::Running, d.code);
                let field = n.strip_prefix(prefix).unwrap_or(n);
                return Ok(match (n, field) {
                    ("__name__", _) => Some(d.name),
                    ("__qualname__", _) => Some(d.qualname),
                    (_, "running") if n != field => Some(Value::bool(running)),
                    (_, "code") if n != field => Some(code),
                    (_, "frame") if n != field => Some(if d.state == GenState::Done {
                        Value::none()
                    } else {
                        self.new_wrapper(WrapKind::GenFrame, obj, Value::none(), Value::none())
                    }),
                    ("gi_yieldfrom", _) | ("cr_await", _) | ("ag_await", _) => {
                        Some(self.gen_delegate(obj).map_or(Value::none(), |(yf, _)| yf))
                    }
                    _ => None,
                });
            }
            LayoutId::Code => {
                let cd = crate::interp::code::code_data(obj);
                return Ok(match n {
                    "co_name" => Some(cd.name),
                    "co_qualname" => Some(cd.qualname),
                    "co_filename" => Some(cd.filename),
                    "co_firstlineno" => Some(Value::small(cd.code.first_line as i64)),
                    "co_argcount" => Some(Value::small(cd.code.argcount as i64)),
                    "co_posonlyargcount" => Some(Value::small(cd.code.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(Value::small(cd.code.kwonlyargcount as i64)),
                    "co_flags" => Some(Value::small(cd.code.flags.0 as i64)),
                    "co_nlocals" => Some(Value::small(cd.code.varnames.len() as i64)),
                    "co_stacksize" => Some(Value::small(cd.code.max_stack as i64)),
                    "co_varnames" => {
                        let v = cd.varnames.clone();
                        Some(self.new_tuple(&v))
                    }
                    "co_consts" => {
                        let v = cd.consts.clone();
                        Some(self.new_tuple(&v))
                    }
                    "co_names" | "co_cellvars" | "co_freevars" => {
                        let code = cd.code.clone();
                        let list = match n {
                            "co_names" => &code.names,
                            "co_cellvars" => &code.cellvars,
                            _ => &code.freevars,
                        };
                        let v: Vec<Value> = list.iter().map(|s| self.new_str(s)).collect();
                        Some(self.new_tuple(&v))
                    }
                    _ => None,
                });
            }
            LayoutId::Cell if n == "cell_contents" => {
                let v = get::<CellObj>(obj).value;
                if v.is_empty() {
                    return Err(self.value_error("Cell is empty"));
                }
                return Ok(Some(v));
            }
            LayoutId::Traceback => {
                let t = get::<TracebackObj>(obj);
                return Ok(match n {
                    "tb_lineno" => Some(Value::small(t.lineno)),
                    "tb_lasti" => Some(Value::small(t.lasti * 2)),
                    "tb_frame" => Some(self.tb_frame(obj)),
                    "tb_next" => Some(if t.next.is_empty() {
                        Value::none()
                    } else {
                        t.next
                    }),
                    _ => None,
                });
            }
            LayoutId::Wrapper => {
                let w = get::<WrapperObj>(obj);
                let kind = WrapKind::from_u64(w.kind);
                return Ok(match (kind, n) {
                    (WrapKind::Property, "fget") => Some(w.a),
                    (WrapKind::Property, "fset") => Some(w.b),
                    (WrapKind::Property, "fdel") => Some(w.c),
                    (WrapKind::Property, "__doc__") => {
                        let f = w.a;
                        if f.is_none() {
                            Some(Value::none())
                        } else {
                            self.getattr_opt(f, name)?
                        }
                    }
                    (WrapKind::StaticMethod | WrapKind::ClassMethod, "__func__") => Some(w.a),
                    (
                        WrapKind::Property | WrapKind::StaticMethod | WrapKind::ClassMethod,
                        "__isabstractmethod__",
                    ) => {
                        // Abstract when any of the wrapped functions is.
                        let mut abs = false;
                        for f in [w.a, w.b, w.c] {
                            if f.is_ptr() && !f.is_none() {
                                if let Some(v) = self.getattr_opt(f, name)? {
                                    abs |= self.truthy(v)?;
                                }
                            }
                        }
                        Some(Value::bool(abs))
                    }
                    (WrapKind::GenFrame, _) => self.gen_frame_attr(w.a, n),
                    (WrapKind::Frame, _) => {
                        let parts = heap::items(w.c).to_vec();
                        match n {
                            "f_code" => Some(w.a),
                            "f_back" => Some(w.b),
                            "f_globals" => Some(parts[0]),
                            "f_lineno" => Some(self.frame_lineno(w.a, &parts)),
                            "f_locals" => Some(parts[2]),
                            "f_builtins" => Some(self.builtins),
                            "f_lasti" => Some(Value::small(-1)),
                            "f_trace" => Some(Value::none()),
                            _ => None,
                        }
                    }
                    (WrapKind::Member, "__name__") => Some(w.a),
                    (WrapKind::Member, "__objclass__") => Some(w.b),
                    _ => None,
                });
            }
            _ => {}
        }
        Ok(None)
    }

    /// setattr(obj, name, v).
    pub fn setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let name = if crate::objects::str::is_str(name) {
            self.intern_value(name)
        } else {
            name
        };
        if obj.is_ptr() {
            match heap::layout_of(obj) {
                LayoutId::Instance => {
                    let cls = get::<InstanceObj>(obj).cls;
                    if let Some(sa) = self.lookup(cls, self.names.setattr) {
                        if !has_layout(sa, LayoutId::Native) {
                            self.call(sa, &[obj, name, v])?;
                            return Ok(());
                        }
                    }
                    return self.generic_setattr(obj, name, v);
                }
                LayoutId::Type => {
                    if self
                        .meta_special(obj, self.names.setattr, &[name, v])?
                        .is_some()
                    {
                        return Ok(());
                    }
                    return self.type_setattr_plain(obj, name, v);
                }
                LayoutId::Module => {
                    let d = get::<ModuleObj>(obj).dict;
                    self.dict_set_str(d, name, v);
                    return Ok(());
                }
                LayoutId::Function => {
                    let f = get::<FunctionObj>(obj);
                    match text(name) {
                        "__name__" => f.name = v,
                        "__qualname__" => f.qualname = v,
                        "__defaults__" => f.defaults = if v.is_none() { Value::EMPTY } else { v },
                        "__kwdefaults__" => {
                            f.kwdefaults = if v.is_none() { Value::EMPTY } else { v }
                        }
                        "__module__" => f.module = v,
                        _ => {
                            if f.dict.is_empty() {
                                let d = self.new_dict();
                                get::<FunctionObj>(obj).dict = d;
                            }
                            let d = get::<FunctionObj>(obj).dict;
                            self.dict_set_str(d, name, v);
                        }
                    }
                    self.heap.barrier(obj);
                    return Ok(());
                }
                _ => {}
            }
        }
        let tn = self.type_name(obj);
        let n = text(name).to_string();
        // A built-in object's attributes are read-only: methods in its type, computed
        // attributes (CPython's getsets) served by getattr.
        let t = self.type_of(obj);
        if self.lookup(t, name).is_some() {
            return Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
        }
        if !obj.is_ptr() || !has_layout(obj, LayoutId::Instance) {
            let found = matches!(self.getattr_opt(obj, name), Ok(Some(_)));
            if found {
                return Err(self.attribute_error(format!(
                    "attribute '{n}' of '{tn}' objects is not writable"
                )));
            }
        }
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    /// `type.__setattr__`: set a class attribute (no metaclass `__setattr__` lookup).
    pub fn type_setattr_plain(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        if type_data(obj).builtin && !type_data(obj).is_exception {
            let tn = type_data(obj).name.clone();
            let n = text(name).to_string();
            return Err(self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{tn}'"
            )));
        }
        if text(name) == "__name__" && crate::objects::str::is_str(v) {
            type_data(obj).name = text(v).to_string();
        }
        self.type_set(obj, name, v);
        Ok(())
    }

    /// `object.__setattr__` on an instance: data descriptors (property, `__set__`), else
    /// the instance's own attributes (no user `__setattr__` lookup).
    pub fn generic_setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let cls = get::<InstanceObj>(obj).cls;
        if name == self.names.class {
            return self.set_instance_class(obj, v);
        }
        if name == self.names.dict {
            if type_data(cls).no_dict {
                return Err(self.no_attribute(obj, name));
            }
            if !crate::objects::dict::is_dict(v) {
                let tn = self.type_name(v);
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                )));
            }
            self.instance_set_dict(obj, v);
            return Ok(());
        }
        if let Some(a) = self.lookup(cls, name) {
            let a = match self.base_value(a) {
                Some(bv) if has_layout(bv, LayoutId::Wrapper) => bv,
                _ => a,
            };
            if let Some(WrapKind::Property) = wrap_kind(a) {
                let fset = get::<WrapperObj>(a).b;
                if fset.is_none() || fset.is_empty() {
                    let tn = type_data(cls).name.clone();
                    let n = text(name).to_string();
                    return Err(self.attribute_error(format!(
                        "property '{n}' of '{tn}' object has no setter"
                    )));
                }
                self.call(fset, &[obj, v])?;
                return Ok(());
            }
            if has_layout(a, LayoutId::Instance) {
                let t = get::<InstanceObj>(a).cls;
                if let Some(s) = self.lookup(t, self.names.set) {
                    self.call(s, &[a, obj, v])?;
                    return Ok(());
                }
            }
        }
        if let Some(e) = self.slots_reject(obj, cls, name) {
            return Err(e);
        }
        self.instance_set(obj, name, v);
        Ok(())
    }

    /// `obj.__class__ = cls` on an instance: both classes must be user classes of the
    /// same kind. The attributes move to a dict under the new class's dict-mode map.
    fn set_instance_class(&mut self, obj: Value, new: Value) -> PyResult<()> {
        if !is_type(new) {
            let tn = self.type_name(new);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{tn}' object"
            )));
        }
        let old = get::<InstanceObj>(obj).cls;
        let (od, nd) = (type_data(old), type_data(new));
        if nd.builtin
            || !nd.instance_based
            || od.base_value_type != nd.base_value_type
            || od.is_exception != nd.is_exception
            || od.no_dict != nd.no_dict
        {
            let (on, nn) = (od.name.clone(), nd.name.clone());
            return Err(self.type_error(format!(
                "__class__ assignment: '{nn}' object layout differs from '{on}'"
            )));
        }
        let d = self.instance_dict(obj);
        get::<InstanceObj>(obj).cls = new;
        self.instance_set_dict(obj, d);
        Ok(())
    }

    /// `object.__delattr__` on an instance: property deleters and `__delete__`, else
    /// the instance's own attributes (no user `__delattr__` lookup).
    pub fn generic_delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let cls = get::<InstanceObj>(obj).cls;
        if let Some(a) = self.lookup(cls, name) {
            let a = match self.base_value(a) {
                Some(bv) if has_layout(bv, LayoutId::Wrapper) => bv,
                _ => a,
            };
            if let Some(WrapKind::Property) = wrap_kind(a) {
                let fdel = get::<WrapperObj>(a).c;
                if !fdel.is_none() && !fdel.is_empty() {
                    self.call(fdel, &[obj])?;
                    return Ok(());
                }
                let tn = type_data(cls).name.clone();
                let n = text(name).to_string();
                return Err(
                    self.attribute_error(format!("property '{n}' of '{tn}' object has no deleter"))
                );
            }
            if has_layout(a, LayoutId::Instance) {
                let t = get::<InstanceObj>(a).cls;
                if let Some(s) = self.lookup(t, self.names.delete) {
                    self.call(s, &[a, obj])?;
                    return Ok(());
                }
            }
        }
        if self.instance_del(obj, name) {
            return Ok(());
        }
        if self
            .lookup(cls, name)
            .is_some_and(crate::objects::slots::is_member)
        {
            // An unset slot: CPython's member descriptor says just the name.
            let n = text(name).to_string();
            return Err(self.attribute_error(n));
        }
        Err(self.no_attribute(obj, name))
    }

    /// delattr(obj, name).
    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let name = if crate::objects::str::is_str(name) {
            self.intern_value(name)
        } else {
            name
        };
        if has_layout(obj, LayoutId::Instance) {
            let cls = get::<InstanceObj>(obj).cls;
            if let Some(da) = self.lookup(cls, self.names.delattr) {
                if !has_layout(da, LayoutId::Native) {
                    self.call(da, &[obj, name])?;
                    return Ok(());
                }
            }
            return self.generic_delattr(obj, name);
        } else if is_type(obj) {
            if self
                .meta_special(obj, self.names.delattr, &[name])?
                .is_some()
            {
                return Ok(());
            }
            if self.type_del(obj, name) {
                return Ok(());
            }
        } else if has_layout(obj, LayoutId::Module) {
            let d = get::<ModuleObj>(obj).dict;
            if self.dict_del(d, name)?.is_some() {
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, name))
    }
}
