//! The dispatch loop: one non-recursive loop for Python-to-Python calls, with exception
//! unwinding through the compiler's exception table.

use super::code::{code_data, Cache, CodeData};
use super::frame::{Frame, FrameKind};
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::finalize::{DROP_DEPTH, STORE_DEPTH};
use crate::objects::seq::{list_items, list_len};
use crate::objects::types::{type_data, IterKind};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};
use coil_compiler::opcode::Opcode;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the SIGINT handler; checked at safepoints.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// `Cache::Global::builtins_version` of a name found in the globals: its entry is valid
/// while the globals' version is unchanged, whatever happens to the builtins.
const GLOBALS_HIT: u64 = u64::MAX;

/// Loop-header count at which the JIT hook is told a loop is hot.
pub const HOT_LOOP_THRESHOLD: u32 = 1039;

impl Vm {
    /// Push a frame for `func` whose slots start at `base` (already on the stack).
    #[inline]
    pub(crate) fn push_frame(
        &mut self,
        func: Value,
        base: usize,
        ret_slot: usize,
        kind: FrameKind,
        extra: Value,
    ) -> PyResult<()> {
        if self.recursion_exceeded() {
            self.stack.truncate(ret_slot);
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        let f = get::<FunctionObj>(func);
        self.frames.push(Frame {
            code: f.code,
            func,
            globals: f.globals,
            locals: Value::EMPTY,
            base,
            ret_slot,
            pc: 0,
            kind,
            extra,
            entry: false,
            kwnames: Value::EMPTY,
        });
        Ok(())
    }

    /// Run a code object as a module or class body with `locals` as its namespace.
    pub fn run_code(&mut self, code: Value, globals: Value, locals: Value) -> PyResult {
        let base = self.stack.len();
        let n = code_data(code).nslots;
        for _ in 0..n {
            self.stack.push(Value::EMPTY);
        }
        if self.recursion_exceeded() {
            self.stack.truncate(base);
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        self.frames.push(Frame {
            code,
            func: Value::EMPTY,
            globals,
            locals,
            base,
            ret_slot: base,
            pc: 0,
            kind: FrameKind::Normal,
            extra: Value::EMPTY,
            entry: true,
            kwnames: Value::EMPTY,
        });
        self.run_frames(None)
    }

    /// Run the topmost frame (an entry frame) until it returns, yields or raises.
    /// `pending`: raise this exception in the top frame before executing anything.
    ///
    /// The loop exists twice (`run_loop::<TRACING>`): the normal one never looks at the
    /// recorder; the recording one hands every instruction to it first. Recording starts
    /// and stops only inside JIT hooks (a hot back-edge, a hot call, the recorder's own
    /// step), after which the loop re-enters its frame (`'outer`) and, when
    /// `Vm::jit_tracing` no longer matches, returns here to switch to the other copy.
    pub(crate) fn run_frames(&mut self, pending: Option<Value>) -> PyResult {
        let mut pending = pending;
        loop {
            let r = if self.jit_tracing {
                self.run_loop::<true>(pending)
            } else {
                self.run_loop::<false>(pending)
            };
            match r {
                Some(r) => return r,
                None => pending = None,
            }
        }
    }

    /// The dispatch loop (see `run_frames`). None: `Vm::jit_tracing` changed at a frame
    /// (re-)entry with nothing pending; the caller runs the other copy from the top frame's pc.
    fn run_loop<const TRACING: bool>(&mut self, pending: Option<Value>) -> Option<PyResult> {
        let mut pending = pending;
        let mut reraise = false;
        'outer: loop {
            if let Some(exc) = pending.take() {
                self.exc = exc;
                match self.unwind(reraise) {
                    Ok(()) => {
                        reraise = false;
                        continue 'outer;
                    }
                    Err(r) => return Some(Err(r)),
                }
            }
            if self.jit_tracing != TRACING {
                return None;
            }
            // The running frame (`fi`, its code, slots and pc), loaded here at every frame
            // (re-)entry: a call or return goes round `'outer` (switching frames inside the
            // loop made every frame variable mutable and cost more registers than it saved).
            let fi = self.frames.len() - 1;
            let code_v = self.frames[fi].code;
            let cd: &mut CodeData = code_data(code_v);
            // A second view of the same CodeData (the code object is rooted by the frame
            // and never freed or changed while it runs): no Rc clone per frame switch.
            let instrs: &[coil_compiler::code::Instr] = &code_data(code_v).code.code[..];
            let slots = self.frames[fi].base;
            let mut pc = self.frames[fi].pc;
            // Room for this frame's operand stack: `push!` does not check the capacity.
            self.stack.reserve_frame(cd.stack_room);

            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(Raised) => {
                            self.frames[fi].pc = pc;
                            pending = Some(self.exc);
                            continue 'outer;
                        }
                    }
                };
            }
            macro_rules! pop {
                () => {
                    self.stack.pop_operand()
                };
            }
            macro_rules! top {
                () => {
                    self.stack.top()
                };
            }
            macro_rules! push {
                ($v:expr) => {{
                    let v = $v;
                    self.stack.push_reserved(v)
                }};
            }
            macro_rules! raise {
                ($e:expr) => {{
                    let _: Raised = $e;
                    self.frames[fi].pc = pc;
                    pending = Some(self.exc);
                    continue 'outer;
                }};
            }

            // COMPARE_OP's fast paths: when the next instruction is a POP_JUMP_IF on
            // the result, take the jump here (one dispatch and one push/pop less; the
            // bytecode is unchanged, and while the JIT records every instruction is
            // executed on its own so the recorder sees both).
            macro_rules! fuse_compare_jump {
                ($r:expr) => {{
                    let r: bool = $r;
                    if let Some(next) = instrs.get(pc) {
                        let jump_if = match next.op {
                            Opcode::POP_JUMP_IF_FALSE => Some(false),
                            Opcode::POP_JUMP_IF_TRUE => Some(true),
                            _ => None,
                        };
                        if let Some(want) = jump_if {
                            if !TRACING || !self.jit_tracing {
                                self.stack.pop_operand();
                                pc = if r == want { next.arg as usize } else { pc + 1 };
                                continue;
                            }
                        }
                    }
                    self.stack.set_top(Value::bool(r));
                    continue;
                }};
            }

            // CPython 3.11's superinstructions (LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST,
            // STORE_FAST__LOAD_FAST) without rewriting the bytecode: after LOAD_FAST or
            // STORE_FAST, a directly following LOAD_FAST of a bound local or LOAD_CONST
            // runs in the same dispatch. Only in the normal copy: the recorder sees every
            // instruction. An unbound local is left to its own dispatch, which raises
            // with its own pc.
            macro_rules! fuse_load_next {
                () => {{
                    if !TRACING {
                        if let Some(next) = instrs.get(pc) {
                            if next.op == Opcode::LOAD_FAST {
                                let w = self.stack[slots + next.arg as usize];
                                if !w.is_empty() {
                                    push!(w);
                                    pc += 1;
                                }
                            } else if next.op == Opcode::LOAD_CONST {
                                push!(cd.consts[next.arg as usize]);
                                pc += 1;
                            }
                        }
                    }
                }};
            }

            // The float box made by the last float BINARY_OP of this frame and its pc, until
            // the next BINARY_OP: a box that only the value stack holds, which that next
            // instruction may overwrite with its own result (see BINARY_OP).
            let mut fresh = Value::EMPTY;
            let mut fresh_pc = 0usize;

            // A drop point (`objects/finalize.rs`): `$v` lost a reference; when that may
            // have been the last one to an instance with `__del__`, collect right here.
            macro_rules! drop_point {
                ($v:expr, $depth:expr) => {{
                    if self.heap.has_finalizable
                        && self.drop_hint($v, $depth)
                        && self.gc_inhibit == 0
                    {
                        fresh = Value::EMPTY;
                        self.frames[fi].pc = pc;
                        tri!(self.safepoint_check());
                    }
                }};
            }

            loop {
                if TRACING {
                    self.frames[fi].pc = pc;
                    if self.jit_tracing {
                        self.jit_instruction(pc as u32);
                    }
                    if !self.jit_tracing {
                        // Recording ended: run this instruction in the normal loop.
                        continue 'outer;
                    }
                }
                let ins = instrs[pc];
                pc += 1;
                let arg = ins.arg as usize;
                match ins.op {
                    Opcode::NOP => {}
                    Opcode::POP_TOP => {
                        let v = pop!();
                        drop_point!(v, 0);
                    }
                    Opcode::COPY => {
                        let v = self.stack[self.stack.len() - arg];
                        push!(v);
                    }
                    Opcode::SWAP => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg);
                    }
                    Opcode::LOAD_CONST => push!(cd.consts[arg]),
                    Opcode::LOAD_FAST => {
                        let v = self.stack[slots + arg];
                        if v.is_empty() {
                            raise!(self.unbound_local(cd, arg));
                        }
                        push!(v);
                        fuse_load_next!();
                    }
                    Opcode::STORE_FAST => {
                        let v = pop!();
                        let old = self.stack[slots + arg];
                        self.stack[slots + arg] = v;
                        drop_point!(old, STORE_DEPTH);
                        fuse_load_next!();
                    }
                    Opcode::DELETE_FAST => {
                        let old = self.stack[slots + arg];
                        if old.is_empty() {
                            raise!(self.unbound_local(cd, arg));
                        }
                        self.stack[slots + arg] = Value::EMPTY;
                        drop_point!(old, DROP_DEPTH);
                    }
                    Opcode::LOAD_NAME => {
                        let name = cd.names[arg];
                        let locals = self.frames[fi].locals;
                        let mut found = None;
                        if !locals.is_empty() {
                            found = tri!(self.mapping_get(locals, name));
                        }
                        if found.is_none() {
                            found = self.dict_get_str(self.frames[fi].globals, name);
                        }
                        if found.is_none() {
                            found = self.dict_get_str(self.builtins, name);
                        }
                        if found.is_none() {
                            found = tri!(self.lazy_builtin(name));
                        }
                        match found {
                            Some(v) => push!(v),
                            None => raise!(self.name_error(name)),
                        }
                    }
                    Opcode::STORE_NAME => {
                        let name = cd.names[arg];
                        let v = pop!();
                        let locals = self.frames[fi].locals;
                        let target = if locals.is_empty() {
                            self.frames[fi].globals
                        } else {
                            locals
                        };
                        let mut old = Value::EMPTY;
                        if self.heap.has_finalizable && has_layout(target, LayoutId::Dict) {
                            old = self.dict_get_str(target, name).unwrap_or(old);
                        }
                        tri!(self.mapping_set(target, name, v));
                        drop_point!(old, STORE_DEPTH);
                    }
                    Opcode::DELETE_NAME => {
                        let name = cd.names[arg];
                        let locals = self.frames[fi].locals;
                        let target = if locals.is_empty() {
                            self.frames[fi].globals
                        } else {
                            locals
                        };
                        match tri!(self.dict_del(target, name)) {
                            None => raise!(self.name_error(name)),
                            Some(old) => drop_point!(old, DROP_DEPTH),
                        }
                    }
                    Opcode::LOAD_GLOBAL => {
                        let globals = self.frames[fi].globals;
                        let gv = crate::objects::dict::dict_data(globals).version;
                        let ci = ins.cache.0 as usize;
                        if let Some(Cache::Global {
                            globals_version,
                            builtins_version,
                            value,
                        }) = cd.caches.get(ci)
                        {
                            // A name found in the globals does not depend on the builtins.
                            if *globals_version == gv
                                && (*builtins_version == GLOBALS_HIT
                                    || *builtins_version
                                        == crate::objects::dict::dict_data(self.builtins).version)
                            {
                                self.cache_stats.global_hits += 1;
                                push!(*value);
                                continue;
                            }
                            // A dict version changed: the entry is invalid (deopt).
                            self.cache_stats.global_deopts += 1;
                        }
                        self.cache_stats.global_misses += 1;
                        let name = cd.names[arg];
                        let (v, home) = match self.dict_get_str(globals, name) {
                            Some(v) => (v, globals),
                            None => match self.dict_get_str(self.builtins, name) {
                                Some(v) => (v, self.builtins),
                                None => match tri!(self.lazy_builtin(name)) {
                                    Some(v) => (v, self.builtins),
                                    None => raise!(self.name_error(name)),
                                },
                            },
                        };
                        if ci < cd.caches.len() {
                            // Rebinding the name must invalidate the entry; adding it to
                            // the globals (shadowing a builtin) always changes their version.
                            crate::objects::dict::dict_data(home)
                                .watch(crate::objects::str::str_hash(name));
                            let builtins_version = if home == globals {
                                GLOBALS_HIT
                            } else {
                                crate::objects::dict::dict_data(self.builtins).version
                            };
                            cd.caches[ci] = Cache::Global {
                                globals_version: gv,
                                builtins_version,
                                value: v,
                            };
                            // The cache lives in the (old) code object: a young value
                            // needs the barrier or a minor GC leaves it stale.
                            self.heap.barrier(code_v);
                        }
                        push!(v);
                    }
                    Opcode::STORE_GLOBAL => {
                        let v = pop!();
                        let g = self.frames[fi].globals;
                        let mut old = Value::EMPTY;
                        if self.heap.has_finalizable {
                            old = self.dict_get_str(g, cd.names[arg]).unwrap_or(old);
                        }
                        self.dict_set_str(g, cd.names[arg], v);
                        drop_point!(old, STORE_DEPTH);
                    }
                    Opcode::DELETE_GLOBAL => {
                        let g = self.frames[fi].globals;
                        let name = cd.names[arg];
                        match tri!(self.dict_del(g, name)) {
                            None => raise!(self.name_error(name)),
                            Some(old) => drop_point!(old, DROP_DEPTH),
                        }
                    }
                    Opcode::MAKE_CELL => {
                        let slot = slots + cd.nvarnames + arg;
                        let init = match cd.code.cell2arg.get(arg).copied().flatten() {
                            Some(a) => self.stack[slots + a as usize],
                            None => self.stack[slot],
                        };
                        let c = self.new_cell(init);
                        self.stack[slot] = c;
                    }
                    Opcode::COPY_FREE_VARS => {
                        let func = self.frames[fi].func;
                        let closure = get::<FunctionObj>(func).closure;
                        let start = slots + cd.nvarnames + cd.ncellvars;
                        if !closure.is_empty() {
                            let cells = heap::items(closure);
                            for (j, &c) in cells.iter().enumerate().take(arg) {
                                self.stack[start + j] = c;
                            }
                        }
                    }
                    Opcode::LOAD_CLOSURE => {
                        let v = self.stack[slots + cd.nvarnames + arg];
                        push!(v);
                    }
                    Opcode::LOAD_DEREF | Opcode::LOAD_CLASSDEREF => {
                        if ins.op == Opcode::LOAD_CLASSDEREF {
                            let locals = self.frames[fi].locals;
                            let name = cd.code.cell_name(arg).unwrap_or("").to_string();
                            let key = self.intern(&name);
                            if !locals.is_empty() {
                                if let Some(v) = tri!(self.mapping_get(locals, key)) {
                                    push!(v);
                                    continue;
                                }
                            }
                        }
                        let cell = self.stack[slots + cd.nvarnames + arg];
                        let v = if cell.is_empty() {
                            Value::EMPTY
                        } else {
                            get::<CellObj>(cell).value
                        };
                        if v.is_empty() {
                            raise!(self.deref_error(cd, arg));
                        }
                        push!(v);
                    }
                    Opcode::STORE_DEREF => {
                        let v = pop!();
                        let cell = self.stack[slots + cd.nvarnames + arg];
                        get::<CellObj>(cell).value = v;
                        self.heap.barrier(cell);
                    }
                    Opcode::DELETE_DEREF => {
                        let cell = self.stack[slots + cd.nvarnames + arg];
                        if get::<CellObj>(cell).value.is_empty() {
                            raise!(self.deref_error(cd, arg));
                        }
                        get::<CellObj>(cell).value = Value::EMPTY;
                    }
                    Opcode::LOAD_ATTR => {
                        let obj = top!();
                        let ci = ins.cache.0 as usize;
                        if has_layout(obj, LayoutId::Instance) {
                            let o = get::<InstanceObj>(obj);
                            if let Some(Cache::Slot {
                                map,
                                slot,
                                class_version,
                            }) = cd.caches.get(ci)
                            {
                                if o.map as u32 == *map
                                    && type_data(o.cls).version == *class_version
                                {
                                    let v = self.instance_get_slot(obj, *slot);
                                    if !v.is_empty() {
                                        self.cache_stats.attr_hits += 1;
                                        self.stack.set_top(v);
                                        continue;
                                    }
                                }
                                // Another map, a class change or a deleted slot (deopt).
                                self.cache_stats.attr_deopts += 1;
                            }
                            self.cache_stats.attr_misses += 1;
                            let name = cd.names[arg];
                            // Cacheable when no data descriptor / class attribute shadows the slot.
                            if let Some(slot) = self.instance_slot_of(obj, name) {
                                let cls = o.cls;
                                if self
                                    .lookup(cls, name)
                                    .is_none_or(crate::objects::slots::is_member)
                                    && self.hook_is_default(cls, self.names.getattribute)
                                {
                                    let v = self.instance_get_slot(obj, slot);
                                    if !v.is_empty() && ci < cd.caches.len() {
                                        cd.caches[ci] = Cache::Slot {
                                            map: o.map as u32,
                                            slot,
                                            class_version: type_data(cls).version,
                                        };
                                        self.stack.set_top(v);
                                        continue;
                                    }
                                }
                            }
                        }
                        self.frames[fi].pc = pc;
                        let v = tri!(self.getattr(obj, cd.names[arg]));
                        self.stack.set_top(v);
                    }
                    Opcode::STORE_ATTR => {
                        let obj = pop!();
                        let v = pop!();
                        let ci = ins.cache.0 as usize;
                        if has_layout(obj, LayoutId::Instance) {
                            let o = get::<InstanceObj>(obj);
                            match cd.caches.get(ci) {
                                Some(Cache::Slot {
                                    map,
                                    slot,
                                    class_version,
                                }) if o.map as u32 == *map
                                    && type_data(o.cls).version == *class_version =>
                                {
                                    self.cache_stats.attr_hits += 1;
                                    self.instance_set_slot(obj, *slot, v);
                                    continue;
                                }
                                Some(Cache::SlotAdd {
                                    from,
                                    to,
                                    slot,
                                    class_version,
                                }) if o.map as u32 == *from
                                    && (*slot as u64) < o.nslots
                                    && type_data(o.cls).version == *class_version =>
                                {
                                    self.cache_stats.attr_hits += 1;
                                    o.map = *to as u64;
                                    self.instance_set_slot(obj, *slot, v);
                                    continue;
                                }
                                Some(Cache::Slot { .. } | Cache::SlotAdd { .. }) => {
                                    self.cache_stats.attr_deopts += 1;
                                }
                                _ => {}
                            }
                            self.cache_stats.attr_misses += 1;
                            let name = cd.names[arg];
                            let cls = o.cls;
                            let from = o.map as u32;
                            // A plain store: no class attribute but a slot member,
                            // no `__slots__` restriction, not `__class__`/`__dict__`.
                            let plain = match self.lookup(cls, name) {
                                None => !type_data(cls).no_dict,
                                Some(a) => crate::objects::slots::is_member(a),
                            } && name != self.names.class
                                && name != self.names.dict;
                            if plain && self.hook_is_default(cls, self.names.setattr) {
                                self.instance_set(obj, name, v);
                                if ci < cd.caches.len() {
                                    let o = get::<InstanceObj>(obj);
                                    if let Some(slot) = self.instance_slot_of(obj, name) {
                                        let to = o.map as u32;
                                        cd.caches[ci] = if to == from {
                                            Cache::Slot {
                                                map: to,
                                                slot,
                                                class_version: type_data(cls).version,
                                            }
                                        } else {
                                            Cache::SlotAdd {
                                                from,
                                                to,
                                                slot,
                                                class_version: type_data(cls).version,
                                            }
                                        };
                                    }
                                }
                                continue;
                            }
                        }
                        self.frames[fi].pc = pc;
                        tri!(self.setattr(obj, cd.names[arg], v));
                    }
                    Opcode::DELETE_ATTR => {
                        let obj = pop!();
                        self.frames[fi].pc = pc;
                        tri!(self.delattr(obj, cd.names[arg]));
                    }
                    Opcode::LOAD_METHOD => {
                        let obj = top!();
                        let (cls, obj_map) = if has_layout(obj, LayoutId::Instance) {
                            let o = get::<InstanceObj>(obj);
                            (o.cls, o.map as u32)
                        } else {
                            (self.type_of(obj), u32::MAX)
                        };
                        let ci = ins.cache.0 as usize;
                        let version = type_data(cls).version;
                        if let Some(Cache::Method {
                            class_version,
                            cls: c,
                            func,
                            map,
                        }) = cd.caches.get(ci)
                        {
                            if *c == cls && *class_version == version && *map == obj_map {
                                self.cache_stats.method_hits += 1;
                                self.stack.set_top(*func);
                                push!(obj);
                                continue;
                            }
                            // Another class, a changed class or receiver map (deopt).
                            self.cache_stats.method_deopts += 1;
                        }
                        self.cache_stats.method_misses += 1;
                        let name = cd.names[arg];
                        let found = self.lookup(cls, name);
                        let plain = match found {
                            Some(f) => {
                                (has_layout(f, LayoutId::Function)
                                    || has_layout(f, LayoutId::Native))
                                    && !(has_layout(obj, LayoutId::Instance)
                                        && self.instance_slot_of(obj, name).is_some())
                                    && (!type_data(cls).instance_based
                                        || self.hook_is_default(cls, self.names.getattribute))
                                    && !is_type_obj(obj)
                                    && !has_layout(obj, LayoutId::Module)
                                    && !has_layout(obj, LayoutId::Wrapper)
                            }
                            None => false,
                        };
                        if plain {
                            let f = found.expect("checked");
                            let recv = if has_layout(f, LayoutId::Native) {
                                self.receiver_for_native(f, obj)
                            } else {
                                obj
                            };
                            if ci < cd.caches.len() && recv == obj {
                                cd.caches[ci] = Cache::Method {
                                    class_version: version,
                                    cls,
                                    func: f,
                                    map: obj_map,
                                };
                                self.heap.barrier(code_v);
                            }
                            let n = self.stack.len();
                            self.stack[n - 1] = f;
                            push!(recv);
                        } else {
                            self.frames[fi].pc = pc;
                            let v = tri!(self.getattr(obj, name));
                            let n = self.stack.len();
                            self.stack[n - 1] = Value::EMPTY;
                            push!(v);
                        }
                    }
                    Opcode::BINARY_SUBSCR => {
                        let k = pop!();
                        let c = top!();
                        if has_layout(c, LayoutId::List) && k.is_small() {
                            let items = list_items(c);
                            if let Some(i) =
                                crate::objects::seq::norm_index(k.small_value(), items.len())
                            {
                                self.stack.set_top(items[i]);
                                continue;
                            }
                        }
                        self.frames[fi].pc = pc;
                        let v = tri!(self.getitem(c, k));
                        self.stack.set_top(v);
                    }
                    Opcode::STORE_SUBSCR => {
                        let k = pop!();
                        let c = pop!();
                        let v = pop!();
                        if has_layout(c, LayoutId::List) && k.is_small() {
                            if let Some(i) =
                                crate::objects::seq::norm_index(k.small_value(), list_len(c))
                            {
                                self.list_set(c, i, v);
                                continue;
                            }
                        }
                        self.frames[fi].pc = pc;
                        tri!(self.setitem(c, k, v));
                    }
                    Opcode::DELETE_SUBSCR => {
                        let k = pop!();
                        let c = pop!();
                        self.frames[fi].pc = pc;
                        tri!(self.delitem(c, k));
                    }
                    Opcode::BUILD_SLICE => {
                        let step = if arg == 3 { pop!() } else { Value::none() };
                        let stop = pop!();
                        let start = pop!();
                        let s = self.new_slice(start, stop, step);
                        push!(s);
                    }
                    Opcode::UNARY_POSITIVE | Opcode::UNARY_NEGATIVE | Opcode::UNARY_INVERT => {
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.unary_op(ins.op, v));
                        push!(r);
                    }
                    Opcode::UNARY_NOT => {
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let b = tri!(self.truthy(v));
                        push!(Value::bool(!b));
                    }
                    Opcode::BINARY_OP => {
                        let b = pop!();
                        let a = top!();
                        if a.is_small() && b.is_small() {
                            let (x, y) = (a.small_value(), b.small_value());
                            let r = match binop_kind(arg) {
                                0 => Value::try_small(x + y),
                                10 => Value::try_small(x - y),
                                5 => x.checked_mul(y).and_then(Value::try_small),
                                1 => Some(Value::small(x & y)),
                                7 => Some(Value::small(x | y)),
                                12 => Some(Value::small(x ^ y)),
                                6 if y > 0 => Some(Value::small(x.rem_euclid(y))),
                                2 if y > 0 => Some(Value::small(x.div_euclid(y))),
                                _ => None,
                            };
                            if let Some(r) = r {
                                self.stack.set_top(r);
                                continue;
                            }
                        }
                        if let Some(f) = float_binop_fast(arg, a, b) {
                            // Reuse an operand's box when it is the result of the float
                            // BINARY_OP just before (`b`), or of the one before a LOAD_CONST
                            // / LOAD_FAST (`a`): straight-line code, so nothing but the
                            // stack has seen it (CPython reuses boxes by refcount). Operands
                            // are never EMPTY, so an EMPTY `fresh` matches neither.
                            let p = pc - 1;
                            let reuse = ((fresh == b && fresh_pc + 1 == p)
                                || (fresh == a
                                    && fresh_pc + 2 == p
                                    && matches!(
                                        instrs[p - 1].op,
                                        Opcode::LOAD_CONST | Opcode::LOAD_FAST
                                    )))
                                && !self.jit_tracing;
                            let r = if reuse {
                                get::<FloatObj>(fresh).value = f;
                                fresh
                            } else {
                                self.new_float(f)
                            };
                            fresh = r;
                            fresh_pc = p;
                            self.stack.set_top(r);
                            continue;
                        }
                        fresh = Value::EMPTY;
                        if matches!(arg, 0 | 13)
                            && has_layout(a, LayoutId::Str)
                            && has_layout(b, LayoutId::Str)
                        {
                            // str + str: what `binary_op` ends in, without its dispatch.
                            let r = self.str_concat(a, b);
                            self.stack.set_top(r);
                            continue;
                        }
                        self.frames[fi].pc = pc;
                        let r = tri!(self.binary_op(ins.arg, a, b));
                        self.stack.set_top(r);
                    }
                    Opcode::COMPARE_OP => {
                        let b = pop!();
                        let a = top!();
                        if a.is_small() && b.is_small() {
                            let (x, y) = (a.small_value(), b.small_value());
                            let r = match arg {
                                0 => x < y,
                                1 => x <= y,
                                2 => x == y,
                                3 => x != y,
                                4 => x > y,
                                _ => x >= y,
                            };
                            fuse_compare_jump!(r);
                        }
                        if let Some(r) = float_compare_fast(arg, a, b) {
                            fuse_compare_jump!(r);
                        }
                        self.frames[fi].pc = pc;
                        let r = tri!(self.compare_op(ins.arg, a, b));
                        self.stack.set_top(r);
                    }
                    Opcode::IS_OP => {
                        let b = pop!();
                        let a = pop!();
                        push!(Value::bool((a == b) != (arg == 1)));
                    }
                    Opcode::CONTAINS_OP => {
                        let c = pop!();
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.contains(c, v));
                        push!(Value::bool(r != (arg == 1)));
                    }
                    Opcode::GET_ITER | Opcode::GET_YIELD_FROM_ITER => {
                        let v = pop!();
                        if ins.op == Opcode::GET_YIELD_FROM_ITER
                            && has_layout(v, LayoutId::Generator)
                        {
                            push!(v);
                            continue;
                        }
                        self.frames[fi].pc = pc;
                        let it = tri!(self.get_iter(v));
                        push!(it);
                    }
                    Opcode::FOR_ITER => {
                        let it = top!();
                        if has_layout(it, LayoutId::RangeIter) {
                            let r = get::<RangeIterObj>(it);
                            if r.remaining > 0 {
                                let v = r.next;
                                r.remaining -= 1;
                                r.next = v.wrapping_add(r.step);
                                let v = self.new_int(v);
                                push!(v);
                            } else {
                                self.stack.pop_operand();
                                pc = arg;
                            }
                            continue;
                        }
                        if has_layout(it, LayoutId::Iter) {
                            let o = get::<IterObj>(it);
                            if o.kind == IterKind::List as u64 {
                                let i = o.index as usize;
                                if o.index >= 0 && i < list_len(o.src) {
                                    o.index += 1;
                                    push!(list_items(o.src)[i]);
                                    continue;
                                }
                            }
                            // `for a, b in zip(..)` / `enumerate(..)`: when UNPACK_SEQUENCE
                            // of the right width follows, push the items without making
                            // the tuple (not while recording: the recorder sees both).
                            let unpack = match instrs.get(pc) {
                                Some(next)
                                    if next.op == Opcode::UNPACK_SEQUENCE && !self.jit_tracing =>
                                {
                                    next.arg as usize
                                }
                                _ => 0,
                            };
                            if unpack == 2 && o.kind == IterKind::Enumerate as u64 {
                                self.frames[fi].pc = pc;
                                match tri!(self.enumerate_next_pair(it)) {
                                    Some((count, v)) => {
                                        push!(v);
                                        push!(count);
                                        pc += 1;
                                    }
                                    None => {
                                        self.stack.pop_operand();
                                        pc = arg;
                                    }
                                }
                                continue;
                            }
                            if unpack > 0
                                && o.kind == IterKind::Zip as u64
                                && crate::objects::iter::zip_width(it) == unpack
                            {
                                self.frames[fi].pc = pc;
                                let mut out = smallvec::SmallVec::new();
                                if tri!(self.zip_next_into(it, &mut out)) {
                                    self.stack.extend(out.iter().rev());
                                    pc += 1;
                                } else {
                                    self.stack.pop_operand();
                                    pc = arg;
                                }
                                continue;
                            }
                        }
                        self.frames[fi].pc = pc;
                        match tri!(self.iter_next(it)) {
                            Some(v) => push!(v),
                            None => {
                                self.stack.pop_operand();
                                pc = arg;
                            }
                        }
                    }
                    Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => pc = arg,
                    Opcode::JUMP_BACKWARD => {
                        let c = &mut cd.counters[arg];
                        *c = c.wrapping_add(1);
                        if *c == HOT_LOOP_THRESHOLD {
                            self.jit.on_loop_header(code_v, arg as u32, *c);
                        }
                        let hot = *c >= self.jit_threshold;
                        if self.safepoint_due() {
                            // `pc` is still past the jump: a KeyboardInterrupt raised
                            // here belongs to the jump (its line, its try block).
                            self.frames[fi].pc = pc;
                            tri!(self.safepoint_check());
                        }
                        pc = arg;
                        if hot {
                            self.frames[fi].pc = pc;
                            if self.jit_hot_loop(code_v, arg as u32) {
                                if std::mem::take(&mut self.jit_raise) {
                                    pending = Some(self.exc);
                                }
                                continue 'outer;
                            }
                            if self.jit_tracing != TRACING {
                                // Recording started here: the other copy of the loop.
                                continue 'outer;
                            }
                        }
                    }
                    Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let t = if v.is_bool() {
                            v.is_true_obj()
                        } else {
                            self.frames[fi].pc = pc;
                            tri!(self.truthy(v))
                        };
                        if t == (ins.op == Opcode::POP_JUMP_IF_TRUE) {
                            pc = arg;
                        }
                    }
                    Opcode::POP_JUMP_IF_NONE => {
                        if pop!().is_none() {
                            pc = arg;
                        }
                    }
                    Opcode::POP_JUMP_IF_NOT_NONE => {
                        if !pop!().is_none() {
                            pc = arg;
                        }
                    }
                    Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                        let v = top!();
                        self.frames[fi].pc = pc;
                        let t = tri!(self.truthy(v));
                        if t == (ins.op == Opcode::JUMP_IF_TRUE_OR_POP) {
                            pc = arg;
                        } else {
                            self.stack.pop_operand();
                        }
                    }
                    Opcode::RETURN_VALUE => {
                        let v = pop!();
                        let drops = self.heap.has_finalizable && self.drop_frame_hint(slots, v);
                        let f = &self.frames[fi];
                        if f.kind == FrameKind::Normal && !f.entry {
                            // A Python caller below: drop the frame, the result
                            // replaces the callable (`return_from_frame` does the rest).
                            let ret = f.ret_slot;
                            self.frames.truncate(fi);
                            self.stack.truncate(ret);
                            push!(v);
                            if drops && self.gc_inhibit == 0 {
                                // The frame's locals are gone: a drop point (the
                                // float box `fresh` is reset by entering the caller).
                                self.safepoint();
                            }
                            continue 'outer;
                        }
                        self.frames[fi].pc = pc;
                        match self.return_from_frame(v) {
                            Ok(Some(result)) => return Some(Ok(result)),
                            Ok(None) => continue 'outer,
                            Err(Raised) => {
                                pending = Some(self.exc);
                                continue 'outer;
                            }
                        }
                    }
                    Opcode::YIELD_VALUE => {
                        let v = pop!();
                        if self.frames[fi].kind == FrameKind::Generator
                            && self.sink_push(self.frames[fi].extra, v)
                        {
                            // A builtin drains the generator (`gen_collect`): go on as
                            // if `next()` resumed it at once.
                            push!(Value::none());
                            continue;
                        }
                        self.frames[fi].pc = pc;
                        self.suspend_generator();
                        return Some(Ok(v));
                    }
                    Opcode::CALL | Opcode::CALL_METHOD => {
                        self.frames[fi].pc = pc;
                        if self.safepoint_due() {
                            tri!(self.safepoint_check());
                        }
                        let kw = std::mem::replace(&mut self.frames[fi].kwnames, Value::EMPTY);
                        let n = self.stack.len();
                        let (fpos, nargs, ret) = if ins.op == Opcode::CALL {
                            (n - arg - 1, arg, n - arg - 1)
                        } else {
                            let m = n - arg - 2;
                            if self.stack[m].is_empty() {
                                (m + 1, arg, m)
                            } else {
                                (m, arg + 1, m)
                            }
                        };
                        if tri!(self.call_on_stack(fpos, nargs, kw, ret)) {
                            continue 'outer;
                        }
                    }
                    Opcode::KW_NAMES => {
                        self.frames[fi].kwnames = cd.consts[arg];
                    }
                    Opcode::CALL_FUNCTION_EX => {
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::EMPTY };
                        let args = pop!();
                        let f = pop!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.call_ex_on_stack(f, args, kwargs));
                        if r {
                            continue 'outer;
                        }
                    }
                    Opcode::MAKE_FUNCTION => {
                        let code = pop!();
                        let closure = if arg & 8 != 0 { pop!() } else { Value::EMPTY };
                        let annotations = if arg & 4 != 0 { pop!() } else { Value::EMPTY };
                        let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::EMPTY };
                        let defaults = if arg & 1 != 0 { pop!() } else { Value::EMPTY };
                        let globals = self.frames[fi].globals;
                        let f = self.new_function(code, globals, defaults, kwdefaults, closure);
                        if !annotations.is_empty() && has_layout(annotations, LayoutId::Tuple) {
                            self.stack.push(f);
                            let d = self.new_dict();
                            let pairs = heap::items(annotations).to_vec();
                            for kv in pairs.chunks(2) {
                                if kv.len() == 2 {
                                    tri!(self.dict_set(d, kv[0], kv[1]));
                                }
                            }
                            let fd = self.new_dict();
                            let ak = self.names.annotations;
                            self.dict_set_str(fd, ak, d);
                            let f = pop!();
                            get::<FunctionObj>(f).dict = fd;
                            self.heap.barrier(f);
                        }
                        push!(f);
                    }
                    Opcode::BUILD_TUPLE => {
                        let n = self.stack.len();
                        let t = self.new_tuple_from_stack(arg);
                        self.stack.truncate(n - arg);
                        push!(t);
                    }
                    Opcode::BUILD_LIST => {
                        let n = self.stack.len();
                        let items: smallvec::SmallVec<[Value; 8]> =
                            self.stack[n - arg..].iter().copied().collect();
                        let l = self.new_list(&items);
                        self.stack.truncate(n - arg);
                        push!(l);
                    }
                    Opcode::BUILD_SET => {
                        let n = self.stack.len();
                        let s = self.new_set(false);
                        self.stack.push(s);
                        for i in n - arg..n {
                            let v = self.stack[i];
                            tri!(self.set_add(s, v));
                        }
                        self.stack.truncate(n - arg);
                        push!(s);
                    }
                    Opcode::BUILD_MAP => {
                        let n = self.stack.len();
                        let d = self.new_dict();
                        self.stack.push(d);
                        for i in 0..arg {
                            let k = self.stack[n - 2 * arg + 2 * i];
                            let v = self.stack[n - 2 * arg + 2 * i + 1];
                            tri!(self.dict_set(d, k, v));
                        }
                        self.stack.truncate(n - 2 * arg);
                        push!(d);
                    }
                    Opcode::BUILD_CONST_KEY_MAP => {
                        let keys = pop!();
                        let n = self.stack.len();
                        let d = self.new_dict();
                        self.stack.push(d);
                        let ks = heap::items(keys).to_vec();
                        for (i, k) in ks.into_iter().enumerate() {
                            let v = self.stack[n - arg + i];
                            tri!(self.dict_set(d, k, v));
                        }
                        self.stack.truncate(n - arg);
                        push!(d);
                    }
                    Opcode::BUILD_STRING => {
                        let n = self.stack.len();
                        let mut s = String::new();
                        for i in n - arg..n {
                            s.push_str(crate::objects::str::text(self.stack[i]));
                        }
                        self.stack.truncate(n - arg);
                        let v = self.new_str(&s);
                        push!(v);
                    }
                    Opcode::LIST_APPEND => {
                        let v = pop!();
                        let l = self.stack[self.stack.len() - arg];
                        self.list_push(l, v);
                    }
                    Opcode::SET_ADD => {
                        let v = pop!();
                        let s = self.stack[self.stack.len() - arg];
                        tri!(self.set_add(s, v));
                    }
                    Opcode::MAP_ADD => {
                        let v = pop!();
                        let k = pop!();
                        let d = self.stack[self.stack.len() - arg];
                        tri!(self.dict_set(d, k, v));
                    }
                    Opcode::LIST_EXTEND => {
                        let it = top!();
                        let l = self.stack[self.stack.len() - 1 - arg];
                        self.frames[fi].pc = pc;
                        tri!(self.list_extend(l, it));
                        self.stack.pop_operand();
                    }
                    Opcode::SET_UPDATE => {
                        let it = top!();
                        let s = self.stack[self.stack.len() - 1 - arg];
                        self.frames[fi].pc = pc;
                        tri!(self.set_update(s, it));
                        self.stack.pop_operand();
                    }
                    Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                        let m = top!();
                        let d = self.stack[self.stack.len() - 1 - arg];
                        self.frames[fi].pc = pc;
                        if ins.op == Opcode::DICT_MERGE {
                            let n = self.stack.len();
                            let func = if n >= 3 + arg {
                                self.stack[n - 3 - arg]
                            } else {
                                Value::none()
                            };
                            tri!(self.dict_merge_kwargs(func, d, m));
                        } else {
                            tri!(self.dict_update(d, m));
                        }
                        self.stack.pop_operand();
                    }
                    Opcode::LIST_TO_TUPLE => {
                        let l = pop!();
                        let t = self.new_tuple(list_items(l));
                        push!(t);
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        let seq = pop!();
                        if has_layout(seq, LayoutId::Tuple) || has_layout(seq, LayoutId::List) {
                            let items = crate::objects::seq::seq_items(seq);
                            if items.len() == arg {
                                self.stack.extend(items.iter().rev());
                                continue;
                            }
                        }
                        self.frames[fi].pc = pc;
                        let items = tri!(self.unpack(seq, arg, None));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    Opcode::UNPACK_EX => {
                        let seq = pop!();
                        let before = arg & 0xff;
                        let after = arg >> 8;
                        self.frames[fi].pc = pc;
                        let items = tri!(self.unpack(seq, before, Some(after)));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    Opcode::FORMAT_VALUE => {
                        let spec = if arg & 4 != 0 { pop!() } else { Value::EMPTY };
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.format_value(v, arg & 3, spec));
                        push!(r);
                    }
                    Opcode::PRINT_EXPR => {
                        let v = pop!();
                        if !v.is_none() {
                            let s = tri!(self.repr_string(v));
                            self.stdout.write_str(&s);
                            self.stdout.write_str("\n");
                        }
                    }
                    Opcode::LOAD_BUILD_CLASS => {
                        let key = self.names.build_class;
                        match self.dict_get_str(self.builtins, key) {
                            Some(v) => push!(v),
                            None => {
                                raise!(self.raise_msg("NameError", "__build_class__ not found"))
                            }
                        }
                    }
                    Opcode::IMPORT_NAME => {
                        let fromlist = pop!();
                        let level = pop!();
                        self.frames[fi].pc = pc;
                        let globals = self.frames[fi].globals;
                        let m = tri!(self.import_name(cd.names[arg], fromlist, level, globals));
                        push!(m);
                    }
                    Opcode::IMPORT_FROM => {
                        let m = top!();
                        self.frames[fi].pc = pc;
                        let v = tri!(self.import_from(m, cd.names[arg]));
                        push!(v);
                    }
                    Opcode::IMPORT_STAR => {
                        let m = pop!();
                        self.frames[fi].pc = pc;
                        let locals = self.frames[fi].locals;
                        let target = if locals.is_empty() {
                            self.frames[fi].globals
                        } else {
                            locals
                        };
                        tri!(self.import_star(m, target));
                    }
                    Opcode::SETUP_ANNOTATIONS => {
                        let locals = self.frames[fi].locals;
                        let target = if locals.is_empty() {
                            self.frames[fi].globals
                        } else {
                            locals
                        };
                        let key = self.names.annotations;
                        if tri!(self.mapping_get(target, key)).is_none() {
                            let d = self.new_dict();
                            tri!(self.mapping_set(target, key, d));
                        }
                    }
                    Opcode::LOAD_ASSERTION_ERROR => push!(self.exc_type("AssertionError")),
                    Opcode::RAISE_VARARGS => {
                        self.frames[fi].pc = pc;
                        match arg {
                            0 => {
                                let cur = self.cur_handled();
                                if cur.is_none() {
                                    raise!(self.raise_msg(
                                        "RuntimeError",
                                        "No active exception to reraise"
                                    ));
                                }
                                self.exc = cur;
                                pending = Some(cur);
                                reraise = true;
                                continue 'outer;
                            }
                            1 => {
                                let e = pop!();
                                raise!(self.raise_value(e, None));
                            }
                            _ => {
                                let cause = pop!();
                                let e = pop!();
                                raise!(self.raise_value(e, Some(cause)));
                            }
                        }
                    }
                    Opcode::RERAISE => {
                        // The lasti operand (arg > 0) only restores f_lineno in CPython;
                        // the handler search uses this instruction, as CPython's does.
                        let e = pop!();
                        self.frames[fi].pc = pc;
                        pending = Some(e);
                        reraise = true;
                        continue 'outer;
                    }
                    Opcode::PUSH_EXC_INFO => {
                        let e = pop!();
                        let prev = self.cur_handled();
                        push!(prev);
                        push!(e);
                        self.set_handled(e);
                    }
                    Opcode::POP_EXCEPT => {
                        let prev = pop!();
                        let done = self.handled.last().copied().unwrap_or(Value::EMPTY);
                        self.set_handled(prev);
                        if self.heap.has_finalizable && !done.is_empty() {
                            if self.exc == done {
                                self.exc = Value::none();
                            }
                            drop_point!(done, DROP_DEPTH);
                        }
                    }
                    Opcode::CHECK_EXC_MATCH => {
                        let t = pop!();
                        let e = top!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.exception_matches(e, t));
                        push!(Value::bool(r));
                    }
                    Opcode::BEFORE_WITH => {
                        let mgr = pop!();
                        self.frames[fi].pc = pc;
                        let (exit, entered) = tri!(self.before_with(mgr));
                        push!(exit);
                        push!(entered);
                    }
                    Opcode::WITH_EXCEPT_START => {
                        let n = self.stack.len();
                        let exc = self.stack[n - 1];
                        let exit = self.stack[n - 4];
                        self.frames[fi].pc = pc;
                        let t = self.type_of(exc);
                        let tb = self.exc_traceback(exc);
                        let tb = if tb.is_empty() { Value::none() } else { tb };
                        let r = tri!(self.call(exit, &[t, exc, tb]));
                        push!(r);
                    }
                    Opcode::GET_LEN => {
                        let v = top!();
                        self.frames[fi].pc = pc;
                        let n = tri!(self.len(v));
                        push!(Value::small(n as i64));
                    }
                    Opcode::MATCH_MAPPING => {
                        let v = top!();
                        push!(Value::bool(crate::objects::dict::is_dict(v)));
                    }
                    Opcode::MATCH_SEQUENCE => {
                        let v = top!();
                        push!(Value::bool(
                            has_layout(v, LayoutId::List)
                                || has_layout(v, LayoutId::Tuple)
                                || has_layout(v, LayoutId::Range)
                        ));
                    }
                    Opcode::MATCH_KEYS => {
                        let n = self.stack.len();
                        let keys = self.stack[n - 1];
                        let subject = self.stack[n - 2];
                        self.frames[fi].pc = pc;
                        let mut vals = Vec::new();
                        let mut ok = true;
                        for k in heap::items(keys).to_vec() {
                            match tri!(self.dict_get(subject, k)) {
                                Some(v) => vals.push(v),
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                        let r = if ok {
                            self.new_tuple(&vals)
                        } else {
                            Value::none()
                        };
                        push!(r);
                    }
                    Opcode::MATCH_CLASS => {
                        let names = pop!();
                        let cls = pop!();
                        let subject = pop!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.match_class(subject, cls, names, arg));
                        push!(r);
                    }
                    Opcode::SEND => {
                        let v = pop!();
                        let recv = top!();
                        self.frames[fi].pc = pc;
                        match tri!(self.send(recv, v)) {
                            crate::interp::gen::GenStep::Yield(y) => push!(y),
                            crate::interp::gen::GenStep::Return(r) => {
                                self.stack.pop_operand();
                                push!(r);
                                pc = arg;
                            }
                        }
                    }
                    Opcode::GET_AWAITABLE => {
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let it = tri!(self.get_awaitable(v, arg as u32));
                        push!(it);
                    }
                    Opcode::BEFORE_ASYNC_WITH => {
                        let mgr = pop!();
                        self.frames[fi].pc = pc;
                        let (exit, entered) = tri!(self.before_async_with(mgr));
                        push!(exit);
                        push!(entered);
                    }
                    Opcode::GET_AITER => {
                        let v = pop!();
                        self.frames[fi].pc = pc;
                        let it = tri!(self.get_aiter(v));
                        push!(it);
                    }
                    Opcode::GET_ANEXT => {
                        let it = top!();
                        self.frames[fi].pc = pc;
                        let a = tri!(self.get_anext(it));
                        push!(a);
                    }
                    Opcode::END_ASYNC_FOR => {
                        let e = pop!();
                        let stop = self.exc_type("StopAsyncIteration");
                        if self.isinstance(e, stop) {
                            pop!();
                        } else {
                            self.frames[fi].pc = pc;
                            pending = Some(e);
                            reraise = true;
                            continue 'outer;
                        }
                    }
                    Opcode::ASYNC_GEN_WRAP => {
                        let g = self.frames[fi].extra;
                        self.async_gen_wrap(g);
                    }
                    Opcode::CHECK_EG_MATCH => {
                        let t = pop!();
                        let e = pop!();
                        self.frames[fi].pc = pc;
                        let (rest, matched) = tri!(self.check_eg_match(e, t));
                        if !matched.is_none() {
                            self.set_handled(matched);
                        }
                        push!(rest);
                        push!(matched);
                    }
                    Opcode::PREP_RERAISE_STAR => {
                        let raised = pop!();
                        let orig = pop!();
                        self.frames[fi].pc = pc;
                        let r = tri!(self.prep_reraise_star(orig, raised));
                        push!(r);
                    }
                }
            }
        }
    }

    /// Find a handler for `self.exc` in the top frame, popping frames without one.
    /// Ok: a handler was entered; Err: the entry frame was left.
    fn unwind(&mut self, reraise: bool) -> PyResult<()> {
        let mut first = true;
        loop {
            let exc = self.exc;
            let fi = self.frames.len() - 1;
            let (code, pc, base) = {
                let f = &self.frames[fi];
                (f.code, f.pc.saturating_sub(1), f.base)
            };
            let cd = code_data(code);
            if !(first && reraise) {
                let line = cd.code.line_of(pc) as i64;
                self.add_traceback(exc, code, line, pc as i64);
            }
            first = false;
            if let Some(h) = cd.code.handler_for(pc as u32).copied() {
                self.stack.truncate(base + cd.nslots + h.depth as usize);
                if h.lasti {
                    self.stack.push(Value::small(pc as i64));
                }
                self.stack.push(exc);
                self.frames[fi].pc = h.target as usize;
                return Ok(());
            }
            let f = self.frames.pop().expect("frame");
            self.stack.truncate(f.ret_slot);
            if f.kind == FrameKind::Generator {
                self.generator_finished(f.extra);
            }
            if f.entry {
                self.exc = exc;
                return Err(Raised);
            }
        }
    }

    /// Pop the top frame returning `v`. Some(result) when the entry frame finished.
    fn return_from_frame(&mut self, v: Value) -> PyResult<Option<Value>> {
        let f = self.frames.pop().expect("frame");
        self.stack.truncate(f.ret_slot);
        let result = match f.kind {
            FrameKind::Normal => v,
            FrameKind::Init => {
                if !v.is_none() {
                    let tn = self.type_name(v);
                    let e = self.type_error(format!("__init__() should return None, not '{tn}'"));
                    if f.entry {
                        return Err(e);
                    }
                    return Err(e);
                }
                f.extra
            }
            FrameKind::Generator => {
                self.generator_finished(f.extra);
                v
            }
        };
        if f.entry {
            return Ok(Some(result));
        }
        self.stack.push(result);
        Ok(None)
    }

    /// Is the attribute hook `name` (`__getattribute__`, `__setattr__`) of class `cls`
    /// absent or built in (native, as `object`'s)? Then the inline caches are valid.
    fn hook_is_default(&self, cls: Value, name: Value) -> bool {
        match self.lookup(cls, name) {
            Some(f) => has_layout(f, LayoutId::Native),
            None => true,
        }
    }

    #[inline]
    fn safepoint_due(&self) -> bool {
        self.heap.collect_requested
            || self.heap.stress
            || INTERRUPTED.load(Ordering::Relaxed)
            || self.cancel.load(Ordering::Relaxed)
    }

    /// Collect if due and deliver a pending Ctrl-C as KeyboardInterrupt.
    pub(crate) fn safepoint_check(&mut self) -> PyResult<()> {
        self.safepoint();
        if self.cancel.load(Ordering::Relaxed) {
            let cls = self.exc_type("SystemExit");
            let m = self.new_str("coil: cancelled (time limit)");
            let e = self.new_exception(cls, &[m]);
            return Err(self.raise(e));
        }
        if INTERRUPTED.swap(false, Ordering::Relaxed) {
            let cls = self.exc_type("KeyboardInterrupt");
            let e = self.new_exception(cls, &[]);
            return Err(self.raise(e));
        }
        Ok(())
    }

    /// UnboundLocalError for local slot `i` (LOAD_FAST, DELETE_FAST).
    #[cold]
    #[inline(never)]
    fn unbound_local(&mut self, cd: &CodeData, i: usize) -> Raised {
        let name = cd.code.varnames[i].clone();
        self.raise_msg(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    #[cold]
    #[inline(never)]
    fn name_error(&mut self, name: Value) -> Raised {
        self.raise_name_error(name)
    }

    #[cold]
    #[inline(never)]
    fn deref_error(&mut self, cd: &CodeData, i: usize) -> Raised {
        let name = cd.code.cell_name(i).unwrap_or("?").to_string();
        if i < cd.ncellvars {
            self.raise_msg(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.raise_msg(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// The exception currently being handled (None when none).
    pub fn cur_handled(&self) -> Value {
        self.handled.last().copied().unwrap_or(Value::none())
    }

    pub fn set_handled(&mut self, e: Value) {
        self.handled.clear();
        self.handled.push(e);
    }

    /// `raise e` / `raise e from cause`: instantiate classes, check types, set cause/context.
    fn raise_value(&mut self, e: Value, cause: Option<Value>) -> Raised {
        let exc = if crate::objects::types::is_type(e) && type_data(e).is_exception {
            match self.call(e, &[]) {
                Ok(v) => v,
                Err(r) => return r,
            }
        } else {
            e
        };
        if !self.is_exception_instance(exc) {
            return self.type_error("exceptions must derive from BaseException");
        }
        if let Some(c) = cause {
            let c = if crate::objects::types::is_type(c) && type_data(c).is_exception {
                match self.call(c, &[]) {
                    Ok(v) => v,
                    Err(r) => return r,
                }
            } else {
                c
            };
            if !c.is_none() && !self.is_exception_instance(c) {
                return self.type_error("exception causes must derive from BaseException");
            }
            let (k, s) = (self.names.cause, self.names.suppress_context);
            self.instance_set(exc, k, c);
            self.instance_set(exc, s, Value::true_());
        }
        self.raise(exc)
    }

    /// `except T:` matching (T a class or a tuple of classes).
    fn exception_matches(&mut self, e: Value, t: Value) -> PyResult<bool> {
        if has_layout(t, LayoutId::Tuple) {
            for c in heap::items(t).to_vec() {
                if self.exception_matches(e, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !(crate::objects::types::is_type(t) && type_data(t).is_exception) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(e, t))
    }
}

#[inline]
fn is_type_obj(v: Value) -> bool {
    has_layout(v, LayoutId::Type)
}

/// A float (or exactly convertible small int) operand as f64, for the fast paths.
#[inline(always)]
fn fast_f64(v: Value) -> Option<f64> {
    if has_layout(v, LayoutId::Float) {
        return Some(get::<FloatObj>(v).value);
    }
    if v.is_small() {
        let n = v.small_value();
        // Within 2^53 the conversion is exact, so results equal the generic path's.
        if n.unsigned_abs() <= 1 << 53 {
            return Some(n as f64);
        }
    }
    None
}

/// BINARY_OP's operator without the in-place distinction (`NB_INPLACE_*` = 13 + op).
#[inline(always)]
fn binop_kind(arg: usize) -> usize {
    if arg >= 13 {
        arg - 13
    } else {
        arg
    }
}

/// `a op b` for BINARY_OP's `arg` (in-place forms too) when it is float arithmetic that
/// cannot raise: +, -, * with a float operand, / with a non-zero divisor (also int / int).
#[inline(always)]
fn float_binop_fast(arg: usize, a: Value, b: Value) -> Option<f64> {
    // Two floats first (the common case, two layout tests), then a float and an int.
    let (x, y) = if has_layout(a, LayoutId::Float) && has_layout(b, LayoutId::Float) {
        (get::<FloatObj>(a).value, get::<FloatObj>(b).value)
    } else {
        // Two ints (their small-int path overflowed) stay ints, except for true division.
        if a.is_small() && b.is_small() && !matches!(arg, 11 | 24) {
            return None;
        }
        (fast_f64(a)?, fast_f64(b)?)
    };
    // NB_ADD 0, NB_MULTIPLY 5, NB_SUBTRACT 10, NB_TRUE_DIVIDE 11; in-place = 13 + op.
    match arg {
        0 | 13 => Some(x + y),
        10 | 23 => Some(x - y),
        5 | 18 => Some(x * y),
        11 | 24 if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// COMPARE_OP on two floats, or a float and an exactly convertible small int.
#[inline(always)]
fn float_compare_fast(op: usize, a: Value, b: Value) -> Option<bool> {
    if a.is_small() && b.is_small() {
        return None;
    }
    let x = fast_f64(a)?;
    let y = fast_f64(b)?;
    Some(match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    })
}
