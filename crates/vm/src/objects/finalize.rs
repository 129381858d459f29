//! `__del__`: which instances are finalizable, when the interpreter asks for a prompt
//! collection, and running the finalizers the collector queued (PEP 442 semantics).
//!
//! `Vm::new_instance` registers every instance whose class defines `__del__`
//! (`Heap::register_del`). A collection that finds one unreachable keeps it, and all it
//! reaches, alive and queues it (`heap/collect.rs`); `Vm::collect` moves the queue to
//! `Vm::del_pending` (a root), and the safepoint after the collection, `gc.collect()`
//! or the end of the run calls the `__del__` methods, each instance's at most once.
//!
//! CPython calls `__del__` when the last reference goes. coil has no reference counts,
//! so the interpreter's drop points (`del name`, a store over a finalizable instance,
//! an expression statement's value, a function's return) request a collection at the
//! next safepoint when what they drop may hold the last reference to a finalizable
//! instance (`Vm::drop_hint`). Such a prompt collection leaves instances that are on a
//! reference cycle for a later one, as CPython leaves them to its cycle collector.

use crate::heap::{collect::trace_object, get, has_layout};
use crate::layout::*;
use crate::objects::types::type_data;
use crate::value::Value;
use crate::vm::Vm;

/// Old-space bytes up to which a prompt collection may be a major one (marking the
/// whole heap to find the death of one old instance).
const PROMPT_MAJOR_LIMIT: usize = 64 << 20;

/// How deep and how many objects a drop point looks through for a finalizable
/// instance (a list of instances, an exception holding one in its args).
pub const DROP_DEPTH: u32 = 3;
const DROP_BUDGET: usize = 64;
/// How deep a store looks through the value it overwrites.
pub const STORE_DEPTH: u32 = 2;

/// What a drop point found: no finalizable instance, only young ones (a minor
/// collection tells whether they died), or an old one (a major collection is needed).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Found {
    No,
    Young,
    Old,
}

impl Vm {
    /// Does class `cls` (or a base) define `__del__`? Cached per class version.
    #[inline]
    pub fn class_has_del(&self, cls: Value) -> bool {
        let d = type_data(cls);
        if d.del_version != d.version {
            let found = self.lookup(cls, self.names.del).is_some();
            let d = type_data(cls);
            d.has_del = found;
            d.del_version = d.version;
        }
        type_data(cls).has_del
    }

    /// Is `v` an instance whose class defines `__del__`?
    #[inline]
    pub fn is_finalizable(&self, v: Value) -> bool {
        v.is_ptr()
            && has_layout(v, LayoutId::Instance)
            && self.class_has_del(get::<InstanceObj>(v).cls)
    }

    /// Does `v`, or an object it reaches within `depth` steps, need finalizing? Looks
    /// at no more than `DROP_BUDGET` objects. With `order`, every finalizable instance
    /// found is appended to it in the order CPython's deallocation would reach it
    /// (an object before what it holds, a list's or tuple's items last to first).
    fn finalizable_within(
        &self,
        v: Value,
        depth: u32,
        mut order: Option<&mut Vec<usize>>,
    ) -> Found {
        let mut stack = vec![(v, 0u32)];
        let mut seen = 0usize;
        let mut found = Found::No;
        let mut any_old = false;
        let mut kids: Vec<Value> = Vec::new();
        while let Some((o, d)) = stack.pop() {
            if !o.is_ptr() || crate::heap::header(o).flags & flags::IMMORTAL != 0 {
                continue;
            }
            // An old object on the way is remembered, so it keeps what it holds alive
            // through a minor collection: finding out needs a major one.
            let old = crate::heap::header(o).flags & flags::OLD != 0;
            any_old |= old;
            if self.is_finalizable(o) {
                found = found.max(if any_old { Found::Old } else { Found::Young });
                match order.as_deref_mut() {
                    Some(out) => out.push(o.addr()),
                    None if found == Found::Old => return found,
                    None => {}
                }
            }
            seen += 1;
            if d >= depth || seen > DROP_BUDGET || has_layout(o, LayoutId::Type) {
                continue;
            }
            kids.clear();
            trace_object(o, &mut |slot: &mut Value| kids.push(*slot));
            // The stack takes the first child last: reversed, they are visited in order.
            if !matches!(
                crate::heap::layout_of(o),
                LayoutId::Tuple | LayoutId::ValueArray
            ) {
                kids.reverse();
            }
            stack.extend(kids.iter().map(|&k| (k, d + 1)));
        }
        found
    }

    /// The interpreter drops a reference to `v` (`depth`: `DROP_DEPTH` for `del name`,
    /// `STORE_DEPTH` for a store over `v`, 0 for an expression statement's value): if
    /// that may be the last reference to a finalizable instance, a prompt collection is
    /// requested (see the module doc) and true returned: the caller collects at once.
    #[cold]
    #[inline(never)]
    pub fn drop_hint(&mut self, v: Value, depth: u32) -> bool {
        let mut order = std::mem::take(&mut self.heap.drop_order);
        let found = self.finalizable_within(v, depth, Some(&mut order));
        self.heap.drop_order = order;
        self.request_prompt(found)
    }

    /// What the locals of the top frame, whose window starts at `base`, hold that a
    /// return drops: the locals that are not arguments (a caller passing an argument
    /// usually holds it; `self` in particular), other than the returned `result`.
    fn frame_drops(&self, base: usize, result: Value, mut order: Option<&mut Vec<usize>>) -> Found {
        let Some(f) = self.frames.last() else {
            return Found::No;
        };
        let cd = crate::interp::code::code_data(f.code);
        let from = base + cd.code.total_args();
        let to = (base + cd.nvarnames).min(self.stack.len());
        let mut found = Found::No;
        for i in from..to {
            let v = self.stack[i];
            if v != result {
                found = found.max(self.finalizable_within(v, STORE_DEPTH, order.as_deref_mut()));
            }
        }
        found
    }

    /// The top frame, whose window starts at `base`, returns `result`; true when a
    /// prompt collection was requested (the caller collects once the frame is gone).
    #[cold]
    #[inline(never)]
    pub fn drop_frame_hint(&mut self, base: usize, result: Value) -> bool {
        let mut order = std::mem::take(&mut self.heap.drop_order);
        let found = self.frame_drops(base, result, Some(&mut order));
        self.heap.drop_order = order;
        self.request_prompt(found)
    }

    fn request_prompt(&mut self, found: Found) -> bool {
        if found == Found::No {
            return false;
        }
        self.heap.collect_requested = true;
        if found == Found::Old && self.heap.old.live_bytes <= PROMPT_MAJOR_LIMIT {
            self.heap.major_requested = true;
        }
        self.heap.prompt = true;
        true
    }

    /// Would the instruction about to run in the top frame drop a finalizable instance
    /// (as the interpreter's drop points judge it)? The JIT's recorder aborts there:
    /// compiled code has no drop points.
    pub fn drops_finalizable(&mut self, op: coil_compiler::opcode::Opcode, arg: usize) -> bool {
        use coil_compiler::opcode::Opcode;
        if !self.heap.has_finalizable {
            return false;
        }
        let Some(f) = self.frames.last() else {
            return false;
        };
        let (base, globals, locals, code) = (f.base, f.globals, f.locals, f.code);
        let local = |vm: &Vm, i: usize| vm.stack.get(base + i).copied().unwrap_or(Value::EMPTY);
        let name = |i: usize| {
            crate::interp::code::code_data(code)
                .names
                .get(i)
                .copied()
                .unwrap_or(Value::EMPTY)
        };
        let (v, depth) = match op {
            Opcode::STORE_FAST => (local(self, arg), STORE_DEPTH),
            Opcode::DELETE_FAST => (local(self, arg), DROP_DEPTH),
            Opcode::POP_TOP => (self.stack.last().copied().unwrap_or(Value::EMPTY), 0),
            Opcode::POP_EXCEPT => (
                self.handled.last().copied().unwrap_or(Value::EMPTY),
                DROP_DEPTH,
            ),
            Opcode::RETURN_VALUE => {
                let result = self.stack.last().copied().unwrap_or(Value::EMPTY);
                return self.frame_drops(base, result, None) != Found::No;
            }
            Opcode::STORE_NAME
            | Opcode::DELETE_NAME
            | Opcode::STORE_GLOBAL
            | Opcode::DELETE_GLOBAL => {
                let d = if locals.is_empty()
                    || matches!(op, Opcode::STORE_GLOBAL | Opcode::DELETE_GLOBAL)
                {
                    globals
                } else {
                    locals
                };
                let n = name(arg);
                if !has_layout(d, LayoutId::Dict) || n.is_empty() {
                    return false;
                }
                let v = self.dict_get_str(d, n).unwrap_or(Value::EMPTY);
                let deep = matches!(op, Opcode::DELETE_NAME | Opcode::DELETE_GLOBAL);
                (v, if deep { DROP_DEPTH } else { STORE_DEPTH })
            }
            _ => return false,
        };
        self.finalizable_within(v, depth, None) != Found::No
    }

    /// After a collection: the instances it queued for finalizing (`del_pending[from..]`)
    /// in the order the drop points saw them (`Heap::drop_order`), the others after.
    pub(crate) fn order_pending(&mut self, from: usize) {
        let order = std::mem::take(&mut self.heap.drop_order);
        if order.is_empty() || self.del_pending.len() - from < 2 {
            return;
        }
        let rank = |v: &Value| {
            order
                .iter()
                .position(|&a| a == v.addr())
                .unwrap_or(usize::MAX)
        };
        self.del_pending[from..].sort_by_key(rank);
    }

    /// Call the `__del__` of every instance the collector queued, in the order found.
    /// An exception in one is reported like CPython's unraisable hook
    /// (`Exception ignored in: <function C.__del__ at 0x...>`) and the rest run.
    pub fn run_finalizers(&mut self) {
        if self.gc_inhibit != 0 {
            return;
        }
        let mut i = 0;
        while i < self.del_pending.len() {
            let obj = self.del_pending[i];
            i += 1;
            let cls = get::<InstanceObj>(obj).cls;
            let Some(f) = self.lookup(cls, self.names.del) else {
                continue;
            };
            self.gc_inhibit += 1;
            let r = self.call_special(obj, self.names.del, &[]);
            self.gc_inhibit -= 1;
            if r.is_err() {
                let e = self.exc;
                self.exc = Value::none();
                let report = self.format_unraisable("Exception ignored in", f, e);
                self.stdout.flush();
                self.stderr.write_str(&report);
            }
        }
        self.del_pending.clear();
    }

    /// At the end of the run (after the atexit callbacks): finalize what a collection
    /// finds dead, then every finalizable instance still alive, in the order they were
    /// made (CPython finalizes module globals and collects cycles at exit; its order
    /// there is its collector's and is matched only for simple cases).
    pub fn finalize_at_exit(&mut self) {
        for _ in 0..4 {
            if !self.heap.has_finalizable && self.del_pending.is_empty() {
                return;
            }
            self.heap.major_requested = true;
            self.collect();
            self.run_finalizers();
            let alive: Vec<usize> = std::mem::take(&mut self.heap.del_old);
            self.heap.has_finalizable = false;
            for a in alive {
                self.del_pending.push(Value::from_addr(a));
            }
            self.run_finalizers();
            if !self.weak_pending.is_empty() {
                self.run_weak_callbacks();
            }
        }
    }
}
