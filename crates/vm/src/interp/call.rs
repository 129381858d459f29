//! The call protocol: argument binding (positional, keyword, defaults, *args, **kwargs,
//! keyword-only, positional-only) with CPython's error messages; calls from the dispatch
//! loop (push a frame, no Rust recursion) and from Rust (nested run of the loop).

use super::code::code_data;
use super::frame::FrameKind;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::types::{type_data, WrapKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use coil_compiler::code::CodeFlags;
use smallvec::SmallVec;

type Slots = SmallVec<[Value; 16]>;

fn join_names(names: &[String]) -> String {
    match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

impl Vm {
    pub fn new_function(
        &mut self,
        code: Value,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let cd = code_data(code);
        let (name, qualname) = (cd.name, cd.qualname);
        let module = self
            .dict_get_str(globals, self.names.name)
            .unwrap_or(Value::none());
        self.heap.alloc(FunctionObj {
            header: Header::new(LayoutId::Function),
            code,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            dict: Value::EMPTY,
            module,
        })
    }

    /// Bind arguments to a function's varnames slots.
    fn bind_args(&mut self, func: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Slots> {
        let f = get::<FunctionObj>(func);
        let cd = code_data(f.code);
        let code = cd.code.clone();
        let argc = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags.has(CodeFlags::VARARGS);
        let has_varkw = code.flags.has(CodeFlags::VARKEYWORDS);
        let nkw = kwnames.len();
        let npos = args.len() - nkw;
        let mut slots: Slots = SmallVec::from_elem(Value::EMPTY, cd.nvarnames);
        let take = npos.min(argc);
        slots[..take].copy_from_slice(&args[..take]);
        if has_varargs {
            let rest = if npos > argc {
                &args[argc..npos]
            } else {
                &[][..]
            };
            slots[argc + kwonly] = self.new_tuple(rest);
        }
        let kwdict = if has_varkw {
            self.new_dict()
        } else {
            Value::EMPTY
        };
        if has_varkw {
            slots[argc + kwonly + has_varargs as usize] = kwdict;
        }
        let qual = crate::objects::str::text(f.qualname).to_string();
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (i, &name) in kwnames.iter().enumerate() {
            let value = args[npos + i];
            let ntext = crate::objects::str::text(name);
            let idx = (posonly..argc + kwonly).find(|&j| {
                cd.varnames[j] == name || crate::objects::str::text(cd.varnames[j]) == ntext
            });
            match idx {
                Some(j) => {
                    if !slots[j].is_empty() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{ntext}'"
                        )));
                    }
                    slots[j] = value;
                }
                None => {
                    if has_varkw {
                        self.dict_set_str(kwdict, name, value);
                    } else if (0..posonly)
                        .any(|j| crate::objects::str::text(cd.varnames[j]) == ntext)
                    {
                        posonly_as_kw.push(ntext.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{ntext}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        let defaults = if f.defaults.is_empty() {
            &[][..]
        } else {
            heap::items(f.defaults)
        };
        let ndef = defaults.len();
        if npos > argc && !has_varargs {
            let kwonly_given = (argc..argc + kwonly)
                .filter(|&j| !slots[j].is_empty())
                .count();
            let sig = if ndef > 0 {
                format!("from {} to {}", argc - ndef, argc)
            } else {
                format!("{argc}")
            };
            let plural = ndef > 0 || argc != 1;
            let kwsig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if npos != 1 { "s" } else { "" },
                    kwonly_given,
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            return Err(self.type_error(format!(
                "{qual}() takes {sig} positional argument{} but {npos}{kwsig} {} given",
                if plural { "s" } else { "" },
                if npos == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            )));
        }
        let mut missing = Vec::new();
        for j in npos.min(argc)..argc {
            if slots[j].is_empty() {
                if j >= argc - ndef {
                    slots[j] = defaults[j - (argc - ndef)];
                } else {
                    missing.push(format!("'{}'", code.varnames[j]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        for j in argc..argc + kwonly {
            if slots[j].is_empty() {
                let d = if f.kwdefaults.is_empty() {
                    None
                } else {
                    self.dict_get_str(f.kwdefaults, cd.varnames[j])
                };
                match d {
                    Some(v) => slots[j] = v,
                    None => missing.push(format!("'{}'", code.varnames[j])),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(slots)
    }

    /// Call the Python function at stack[fpos] with the `nargs` values above it.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn call_function_on_stack(
        &mut self,
        func: Value,
        fpos: usize,
        nargs: usize,
        kwnames: Value,
        ret: usize,
        kind: FrameKind,
        extra: Value,
    ) -> PyResult<bool> {
        let cd = code_data(get::<FunctionObj>(func).code);
        if nargs == cd.simple_argc as usize && kwnames.is_empty() {
            let base = fpos + 1;
            let extra_slots = cd.nslots.saturating_sub(nargs);
            if extra_slots > 0 {
                let n = self.stack.len();
                self.stack.resize(n + extra_slots, Value::EMPTY);
            }
            self.push_frame(func, base, ret, kind, extra)?;
            return self.jit_function_entry(get::<FunctionObj>(func).code);
        }
        self.call_function_binding(func, fpos, nargs, kwnames, ret, kind, extra)
    }

    /// `call_function_on_stack` when the arguments need binding (keywords, defaults,
    /// `*args`/`**kwargs`) or the function is a generator.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn call_function_binding(
        &mut self,
        func: Value,
        fpos: usize,
        nargs: usize,
        kwnames: Value,
        ret: usize,
        kind: FrameKind,
        extra: Value,
    ) -> PyResult<bool> {
        let cd = code_data(get::<FunctionObj>(func).code);
        let kwn: SmallVec<[Value; 4]> = if kwnames.is_empty() {
            SmallVec::new()
        } else {
            heap::items(kwnames).iter().copied().collect()
        };
        let args = Slots::from_slice(&self.stack[fpos + 1..fpos + 1 + nargs]);
        let slots = match self.bind_args(func, &args, &kwn) {
            Ok(s) => s,
            Err(e) => {
                self.stack.truncate(ret);
                return Err(e);
            }
        };
        if cd.is_generator {
            self.stack.truncate(ret);
            let g = self.new_generator(func, &slots);
            self.stack.push(g);
            return Ok(false);
        }
        self.stack.truncate(fpos + 1);
        let base = fpos + 1;
        self.stack.extend_from_slice(&slots);
        for _ in slots.len()..cd.nslots {
            self.stack.push(Value::EMPTY);
        }
        self.push_frame(func, base, ret, kind, extra)?;
        Ok(true)
    }

    /// Call stack[fpos] with the `nargs` values above it (the last `len(kwnames)` are
    /// keyword values). The result ends at stack[ret] with the stack truncated after it,
    /// or a frame is pushed (returns true) whose return will put it there.
    ///
    /// The common case is inlined into the dispatch loop: a Python function called with
    /// exactly its positional arity (no keywords, defaults, `*args`, generator). Its
    /// arguments already sit where the callee's slots begin, so the call is: grow the
    /// stack by the remaining slots, push a `Frame`, count the call for the JIT.
    #[inline(always)]
    pub(crate) fn call_on_stack(
        &mut self,
        fpos: usize,
        nargs: usize,
        kwnames: Value,
        ret: usize,
    ) -> PyResult<bool> {
        let f = self.stack[fpos];
        if kwnames.is_empty() && has_layout(f, LayoutId::Function) {
            let fo = get::<FunctionObj>(f);
            let code = fo.code;
            let cd = code_data(code);
            if nargs == cd.simple_argc as usize {
                if self.recursion_exceeded() {
                    return Err(self.call_recursion_error(ret));
                }
                let base = fpos + 1;
                let nslots = cd.nslots;
                if nslots > nargs {
                    self.stack.resize(base + nslots, Value::EMPTY);
                }
                self.frames.push(super::frame::Frame {
                    code,
                    func: f,
                    globals: fo.globals,
                    locals: Value::EMPTY,
                    base,
                    ret_slot: ret,
                    pc: 0,
                    kind: FrameKind::Normal,
                    extra: Value::EMPTY,
                    entry: false,
                    kwnames: Value::EMPTY,
                });
                return self.jit_function_entry(code);
            }
        }
        self.call_on_stack_slow(fpos, nargs, kwnames, ret)
    }

    /// RecursionError for a call whose callable is at `ret` (the stack is cut there).
    #[cold]
    #[inline(never)]
    fn call_recursion_error(&mut self, ret: usize) -> crate::vm::Raised {
        self.stack.truncate(ret);
        self.raise_msg("RecursionError", "maximum recursion depth exceeded")
    }

    /// `call_on_stack` for everything but the inlined case.
    #[inline(never)]
    fn call_on_stack_slow(
        &mut self,
        fpos: usize,
        nargs: usize,
        kwnames: Value,
        ret: usize,
    ) -> PyResult<bool> {
        let f = self.stack[fpos];
        if f.is_ptr() {
            match heap::layout_of(f) {
                LayoutId::Function => {
                    return self.call_function_on_stack(
                        f,
                        fpos,
                        nargs,
                        kwnames,
                        ret,
                        FrameKind::Normal,
                        Value::EMPTY,
                    )
                }
                LayoutId::Native if kwnames.is_empty() => {
                    // A plain built-in function (not a method needing a receiver check):
                    // call it directly, its arguments staying rooted on the stack.
                    let n = get::<NativeObj>(f);
                    let def = &self.natives[n.index as usize];
                    if def.owner.is_empty() && n.self_.is_empty() {
                        let nf = def.f;
                        let args = Slots::from_slice(&self.stack[fpos + 1..fpos + 1 + nargs]);
                        let r = nf(self, &args, &[]);
                        self.stack.truncate(ret);
                        self.stack.push(r?);
                        return Ok(false);
                    }
                }
                LayoutId::BoundMethod => {
                    let bm = get::<BoundMethodObj>(f);
                    let (func, self_) = (bm.func, bm.self_);
                    self.stack[fpos] = func;
                    self.stack.insert(fpos + 1, self_);
                    return self.call_on_stack(fpos, nargs + 1, kwnames, ret);
                }
                LayoutId::Type => {
                    let cls = f;
                    let d = type_data(cls);
                    if (d.instance_based && !d.builtin || d.is_exception)
                        && d.base_value_type.is_empty()
                        && d.meta.is_empty()
                    {
                        let init = self.lookup(cls, self.names.init);
                        let new = self.lookup(cls, self.names.new);
                        let custom_new = new.filter(|&n| {
                            has_layout(n, LayoutId::Function) || has_layout(n, LayoutId::Wrapper)
                        });
                        if custom_new.is_none() {
                            if let Some(init) = init.filter(|&i| has_layout(i, LayoutId::Function))
                            {
                                let inst = self.new_instance(cls);
                                if d.is_exception {
                                    let n = self.stack.len();
                                    let kwn = if kwnames.is_empty() {
                                        0
                                    } else {
                                        heap::items(kwnames).len()
                                    };
                                    // A copy: `new_tuple` borrows `self` mutably.
                                    #[allow(clippy::unnecessary_to_owned)]
                                    let a = self.new_tuple(&self.stack[fpos + 1..n - kwn].to_vec());
                                    let k = self.names.args;
                                    self.instance_set(inst, k, a);
                                }
                                self.stack[fpos] = init;
                                self.stack.insert(fpos + 1, inst);
                                return self.call_function_on_stack(
                                    init,
                                    fpos,
                                    nargs + 1,
                                    kwnames,
                                    ret,
                                    FrameKind::Init,
                                    inst,
                                );
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        // Generic path: collect arguments and call through Rust.
        let kwn: SmallVec<[Value; 4]> = if kwnames.is_empty() {
            SmallVec::new()
        } else {
            heap::items(kwnames).iter().copied().collect()
        };
        let all = Slots::from_slice(&self.stack[fpos + 1..fpos + 1 + nargs]);
        let npos = nargs - kwn.len();
        let kw: SmallVec<[(Value, Value); 4]> = kwn
            .iter()
            .zip(all[npos..].iter())
            .map(|(&k, &v)| (k, v))
            .collect();
        let roots_base = self.roots.len();
        self.roots.push(f);
        self.roots.extend_from_slice(&all);
        self.stack.truncate(ret);
        let r = self.call_generic(f, &all[..npos], &kw);
        self.roots.truncate(roots_base);
        let v = r?;
        self.stack.push(v);
        Ok(false)
    }

    /// `f(*args, **kwargs)` from the dispatch loop.
    pub(crate) fn call_ex_on_stack(
        &mut self,
        f: Value,
        args: Value,
        kwargs: Value,
    ) -> PyResult<bool> {
        let args = if has_layout(args, LayoutId::Tuple) || has_layout(args, LayoutId::List) {
            crate::objects::seq::seq_items(args).to_vec()
        } else {
            let t = self.type_of(args);
            if self.lookup(t, self.names.iter).is_none()
                && self.lookup(t, self.names.getitem).is_none()
                && !has_layout(args, LayoutId::Generator)
                && !has_layout(args, LayoutId::Iter)
            {
                let fs = self.function_str(f)?;
                let tn = self.type_name(args);
                return Err(self.type_error(format!(
                    "{fs} argument after * must be an iterable, not {tn}"
                )));
            }
            self.collect_iterable(args)?
        };
        let ret = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(&args);
        let mut nargs = args.len();
        let mut kwnames = Value::EMPTY;
        if !kwargs.is_empty() && !kwargs.is_none() {
            let items = if crate::objects::dict::is_dict(kwargs) {
                self.dict_items_vec(kwargs)
            } else {
                self.mapping_items(kwargs)?
            };
            let mut names = Vec::with_capacity(items.len());
            for (k, v) in items {
                if !crate::objects::str::is_str(k) {
                    self.stack.truncate(ret);
                    return Err(self.type_error("keywords must be strings"));
                }
                names.push(self.intern_value(k));
                self.stack.push(v);
            }
            nargs += names.len();
            if !names.is_empty() {
                kwnames = self.new_tuple(&names);
            }
        }
        self.call_on_stack(ret, nargs, kwnames, ret)
    }

    /// Call any callable from Rust with positional and keyword arguments.
    pub fn call_generic(&mut self, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
        if f.is_ptr() {
            match heap::layout_of(f) {
                LayoutId::Native => {
                    let n = get::<NativeObj>(f);
                    let def = &self.natives[n.index as usize];
                    let nf = def.f;
                    let owner = def.owner;
                    if !owner.is_empty() && n.self_.is_empty() {
                        return self.call_method_native(f, owner, args, kw);
                    }
                    if !n.self_.is_empty() {
                        let mut a: Slots = SmallVec::with_capacity(args.len() + 1);
                        a.push(n.self_);
                        a.extend_from_slice(args);
                        return nf(self, &a, kw);
                    }
                    return nf(self, args, kw);
                }
                LayoutId::Function | LayoutId::BoundMethod => return self.call_python(f, args, kw),
                LayoutId::Type => return self.call_type(f, args, kw),
                LayoutId::Wrapper if get::<WrapperObj>(f).kind == WrapKind::StaticMethod as u64 => {
                    let inner = get::<WrapperObj>(f).a;
                    return self.call_generic(inner, args, kw);
                }
                _ => {}
            }
        }
        let t = self.type_of(f);
        if type_data(t).instance_based {
            if let Some(m) = self.lookup(t, self.names.call) {
                let mut a: Slots = SmallVec::with_capacity(args.len() + 1);
                a.push(f);
                a.extend_from_slice(args);
                return self.call_generic(m, &a, kw);
            }
        }
        let tn = self.type_name(f);
        Err(self.type_error(format!("'{tn}' object is not callable")))
    }

    /// Call a native method of a built-in type, checking (and unwrapping) its receiver.
    fn call_method_native(
        &mut self,
        f: Value,
        owner: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult {
        let idx = get::<NativeObj>(f).index as usize;
        let (name, nf) = (self.natives[idx].name, self.natives[idx].f);
        let oname = type_data(owner).name.clone();
        let Some(&recv) = args.first() else {
            return Err(
                self.type_error(format!("unbound method {oname}.{name}() needs an argument"))
            );
        };
        let t = self.type_of(recv);
        if t != owner && !self.is_subtype(t, owner) {
            let tn = type_data(t).name.clone();
            return Err(self.type_error(format!(
                "descriptor '{name}' for '{oname}' objects doesn't apply to a '{tn}' object"
            )));
        }
        let unwrapped = self.receiver_for_native(f, recv);
        if unwrapped != recv {
            let mut a: Slots = SmallVec::from_slice(args);
            a[0] = unwrapped;
            return nf(self, &a, kw);
        }
        nf(self, args, kw)
    }

    /// Run a Python function (or bound method) to completion from Rust.
    fn call_python(&mut self, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
        let fpos = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        let mut names: SmallVec<[Value; 4]> = SmallVec::new();
        for &(k, v) in kw {
            names.push(k);
            self.stack.push(v);
        }
        let kwnames = if names.is_empty() {
            Value::EMPTY
        } else {
            self.new_tuple(&names)
        };
        self.run_pushed_call(fpos, args.len() + kw.len(), kwnames)
    }

    /// Perform the call set up at stack[fpos..] and run it to completion.
    fn run_pushed_call(&mut self, fpos: usize, nargs: usize, kwnames: Value) -> PyResult {
        self.gc_inhibit += 1;
        self.depth += 1;
        // The callee's frame is pushed at `n` (a JIT exit may rebuild inlined frames above).
        let n = self.frames.len();
        let r = match self.call_on_stack(fpos, nargs, kwnames, fpos) {
            Ok(true) => {
                self.frames[n].entry = true;
                self.run_frames(None)
            }
            Ok(false) => Ok(self.stack.pop().unwrap_or(Value::none())),
            // A compiled function trace left through an exception: the frames it
            // rebuilt raise it.
            Err(_) if self.frames.len() > n => {
                self.frames[n].entry = true;
                self.run_frames(Some(self.exc))
            }
            Err(e) => Err(e),
        };
        self.depth -= 1;
        self.gc_inhibit -= 1;
        self.stack.truncate(fpos);
        r
    }

    /// Call with positional arguments from Rust.
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult {
        self.call_generic(f, args, &[])
    }

    /// Instantiate a class (or call a built-in type's constructor).
    pub fn call_type(&mut self, cls: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
        let d = type_data(cls);
        if let Some(meta) = d.meta_opt() {
            if let Some(c) = self.lookup(meta, self.names.call) {
                if !has_layout(c, LayoutId::Native) {
                    let mut a = vec![cls];
                    a.extend_from_slice(args);
                    return self.call_generic(c, &a, kw);
                }
            }
        }
        self.call_type_plain(cls, args, kw)
    }

    /// `type.__call__`: __new__ then __init__ (no metaclass __call__ lookup).
    pub fn call_type_plain(
        &mut self,
        cls: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult {
        let d = type_data(cls);
        if d.is_meta {
            if args.len() == 1 && kw.is_empty() {
                return Ok(self.type_of(args[0]));
            }
            if args.len() != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
            let new = self
                .lookup(cls, self.names.new)
                .filter(|n| !has_layout(*n, LayoutId::Native));
            let newcls = match new {
                Some(n) => {
                    let func = if has_layout(n, LayoutId::Wrapper) {
                        get::<WrapperObj>(n).a
                    } else {
                        n
                    };
                    let mut a = vec![cls];
                    a.extend_from_slice(args);
                    self.call_generic(func, &a, kw)?
                }
                None => {
                    let bases = if has_layout(args[1], LayoutId::Tuple) {
                        heap::items(args[1]).to_vec()
                    } else {
                        Vec::new()
                    };
                    self.make_class(cls, args[0], &bases, args[2], kw)?
                }
            };
            if crate::objects::types::is_type(newcls) {
                if let Some(init) = self
                    .lookup(cls, self.names.init)
                    .filter(|n| !has_layout(*n, LayoutId::Native))
                {
                    let mut a = vec![newcls];
                    a.extend_from_slice(args);
                    self.call_generic(init, &a, kw)?;
                }
            }
            return Ok(newcls);
        }
        if let Some(ctor) = d.ctor {
            return ctor(self, &[&[cls][..], args].concat(), kw);
        }
        if !d.instance_based {
            let name = d.name.clone();
            return Err(self.type_error(format!("cannot create '{name}' instances")));
        }
        // __new__
        let inst = match self.lookup(cls, self.names.new) {
            Some(n) if !has_layout(n, LayoutId::Native) => {
                let func = if has_layout(n, LayoutId::Wrapper) {
                    get::<WrapperObj>(n).a
                } else {
                    n
                };
                let mut a = vec![cls];
                a.extend_from_slice(args);
                let r = self.call_generic(func, &a, kw)?;
                if !self.isinstance(r, cls) {
                    return Ok(r);
                }
                r
            }
            _ => {
                let inst = if d.is_exception {
                    let c = self.oserror_subclass(cls, args);
                    self.new_instance(c)
                } else {
                    self.new_instance(cls)
                };
                if d.is_exception {
                    let a = self.new_tuple(args);
                    let k = self.names.args;
                    self.instance_set(inst, k, a);
                }
                self.init_base_value(inst, cls, args, kw)?;
                inst
            }
        };
        let base_t = type_data(cls).base_value_type;
        let custom_new = self
            .lookup(cls, self.names.new)
            .is_some_and(|n| !has_layout(n, LayoutId::Native));
        if let Some(init) = self.lookup(cls, self.names.init) {
            if has_layout(init, LayoutId::Native)
                && self.natives[get::<NativeObj>(init).index as usize].qualname == "object.__init__"
            {
                if !base_t.is_empty() {
                    // Mutable built-in bases are filled by their __init__ (list(iterable)...).
                    let bn = type_data(base_t).name.clone();
                    if !crate::objects::types::IMMUTABLE_BASES.contains(&bn.as_str()) {
                        let ctor = type_data(base_t).ctor.expect("built-in ctor");
                        let mut a = vec![base_t];
                        a.extend_from_slice(args);
                        let v = ctor(self, &a, kw)?;
                        self.set_base_value(inst, v);
                    }
                    return Ok(inst);
                }
                if (!args.is_empty() || !kw.is_empty()) && !custom_new {
                    let name = type_data(cls).name.clone();
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                return Ok(inst);
            }
            let mut a: Slots = SmallVec::with_capacity(args.len() + 1);
            a.push(inst);
            a.extend_from_slice(args);
            let r = self.call_generic(init, &a, kw)?;
            if !r.is_none() {
                let tn = self.type_name(r);
                return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
            }
        } else if !args.is_empty() || !kw.is_empty() {
            let name = type_data(cls).name.clone();
            return Err(self.type_error(format!("{name}() takes no arguments")));
        }
        Ok(inst)
    }

    /// Call a method found by name on the value's class: `obj.name(*args)`.
    pub fn call_method(&mut self, obj: Value, name: Value, args: &[Value]) -> PyResult {
        let m = self.getattr(obj, name)?;
        self.call(m, args)
    }

    /// Look a special method up on the type and call it with `obj` first; None if absent.
    pub fn call_special(
        &mut self,
        obj: Value,
        name: Value,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let Some(m) = self.lookup(t, name) else {
            return Ok(None);
        };
        let mut a: Slots = SmallVec::with_capacity(args.len() + 1);
        let recv = self.receiver_for_native(m, obj);
        a.push(recv);
        a.extend_from_slice(args);
        if has_layout(m, LayoutId::Function) || has_layout(m, LayoutId::Native) {
            return self.call_generic(m, &a, &[]).map(Some);
        }
        let bound = self.bind_descriptor(m, obj, t)?;
        self.call_generic(bound, args, &[]).map(Some)
    }
}
