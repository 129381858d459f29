//! Collections: the copying minor GC (nursery -> old) and the mark-sweep major GC.
//!
//! Minor: evacuate every young object reachable from the roots and the remembered set
//! into the old space, leaving a forwarding address (flag FORWARDED, word 1 = new
//! address); then scan the copies (a worklist stands in for Cheney's scan pointer,
//! since the copies are not contiguous); then finalize young objects that died.
//! Major: after a minor GC the nursery is empty, so mark everything reachable from the
//! roots and sweep the old space.

use super::{drop_boxed, drop_field, get, header, layout_of, Heap};
use crate::layout::*;
use crate::value::Value;
use std::time::Instant;

/// Rust-side storage that holds values the GC must see (and update).
pub trait Trace {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value));
}

/// A root enumerator: calls the visitor on every root slot.
pub type RootVisitor<'a> = dyn FnMut(&mut dyn FnMut(&mut Value)) + 'a;

/// Size in bytes of the object at `v`.
#[inline]
pub fn object_size(v: Value) -> usize {
    let l = layout_of(v);
    let fixed = l.fixed_size();
    let size = match l {
        LayoutId::Str => fixed + get::<StrObj>(v).byte_len as usize,
        LayoutId::Bytes => fixed + get::<BytesObj>(v).len as usize,
        LayoutId::Tuple | LayoutId::ValueArray => fixed + 8 * super::items(v).len(),
        LayoutId::Instance => fixed + 8 * get::<InstanceObj>(v).nslots as usize,
        _ => fixed,
    };
    (size.max(16) + 7) & !7
}

/// Can an object of layout `l` hold values? (The layouts `trace_object` visits nothing in.)
#[inline(always)]
fn has_refs(l: LayoutId) -> bool {
    !matches!(
        l,
        LayoutId::Free
            | LayoutId::NoneType
            | LayoutId::Bool
            | LayoutId::NotImplementedType
            | LayoutId::EllipsisType
            | LayoutId::BigInt
            | LayoutId::Float
            | LayoutId::Complex
            | LayoutId::Str
            | LayoutId::Bytes
            | LayoutId::ByteArray
            | LayoutId::Range
            | LayoutId::RangeIter
    )
}

/// Call `f` on every value field of the object at `v` (generic, so the minor
/// collection's visitor is inlined; `&mut dyn FnMut` works too).
#[inline]
pub fn trace_object<F: FnMut(&mut Value) + ?Sized>(v: Value, f: &mut F) {
    match layout_of(v) {
        LayoutId::Tuple | LayoutId::ValueArray => {
            for x in super::items(v) {
                f(x)
            }
        }
        LayoutId::List => f(&mut get::<ListObj>(v).items),
        LayoutId::Dict => super::boxed::<crate::objects::dict::DictData>(get::<DictObj>(v).data)
            .trace(&mut |x: &mut Value| f(x)),
        LayoutId::Set => super::boxed::<crate::objects::set::SetData>(get::<SetObj>(v).data)
            .trace(&mut |x: &mut Value| f(x)),
        LayoutId::FrozenSet => {
            super::boxed::<crate::objects::set::SetData>(get::<FrozenSetObj>(v).data)
                .trace(&mut |x: &mut Value| f(x))
        }
        LayoutId::Slice => {
            let s = get::<SliceObj>(v);
            f(&mut s.start);
            f(&mut s.stop);
            f(&mut s.step);
        }
        LayoutId::Function => {
            let o = get::<FunctionObj>(v);
            for x in [
                &mut o.code,
                &mut o.globals,
                &mut o.name,
                &mut o.qualname,
                &mut o.defaults,
                &mut o.kwdefaults,
                &mut o.closure,
                &mut o.dict,
                &mut o.module,
            ] {
                f(x)
            }
        }
        LayoutId::Native => f(&mut get::<NativeObj>(v).self_),
        LayoutId::BoundMethod => {
            let o = get::<BoundMethodObj>(v);
            f(&mut o.func);
            f(&mut o.self_);
        }
        LayoutId::Cell => f(&mut get::<CellObj>(v).value),
        LayoutId::Module => {
            let o = get::<ModuleObj>(v);
            f(&mut o.name);
            f(&mut o.dict);
        }
        LayoutId::Type => super::boxed::<crate::objects::types::TypeData>(get::<TypeObj>(v).data)
            .trace(&mut |x: &mut Value| f(x)),
        LayoutId::Instance => {
            let o = get::<InstanceObj>(v);
            f(&mut o.cls);
            f(&mut o.overflow);
            for x in super::instance_slots(v) {
                f(x)
            }
        }
        LayoutId::Code => super::boxed::<crate::interp::code::CodeData>(get::<CodeObj>(v).data)
            .trace(&mut |x: &mut Value| f(x)),
        LayoutId::Iter => {
            let o = get::<IterObj>(v);
            f(&mut o.src);
            f(&mut o.aux);
        }
        LayoutId::Traceback => {
            let o = get::<TracebackObj>(v);
            f(&mut o.next);
            f(&mut o.code);
            f(&mut o.frame);
        }
        LayoutId::Generator => {
            let d = get::<GenObj>(v).data;
            if d != 0 {
                super::boxed::<crate::interp::gen::GenData>(d).trace(&mut |x: &mut Value| f(x))
            }
        }
        LayoutId::Wrapper => {
            let o = get::<WrapperObj>(v);
            // A weak cell's referent is not traced (`process_weak_*`).
            if o.kind != crate::objects::types::WrapKind::WeakCell as u64 {
                f(&mut o.a);
            }
            f(&mut o.b);
            f(&mut o.c);
        }
        LayoutId::File => super::boxed::<crate::builtins::io::FileData>(get::<FileObj>(v).data)
            .trace(&mut |x: &mut Value| f(x)),
        LayoutId::Free
        | LayoutId::NoneType
        | LayoutId::Bool
        | LayoutId::NotImplementedType
        | LayoutId::EllipsisType
        | LayoutId::BigInt
        | LayoutId::Float
        | LayoutId::Complex
        | LayoutId::Str
        | LayoutId::Bytes
        | LayoutId::ByteArray
        | LayoutId::Range
        | LayoutId::RangeIter => {}
    }
}

/// Bytes of Rust memory owned by the object at `v` that the collector accounts for
/// (`Heap::note_external`): a big int's digits when they do not fit inline (dashu keeps
/// up to two words in the `IBig` itself).
pub fn external_size(v: Value) -> usize {
    match layout_of(v) {
        LayoutId::BigInt => {
            use dashu_int::ops::BitTest;
            let words = get::<BigIntObj>(v).value.bit_len().div_ceil(64);
            if words > 2 {
                words * 8
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// Release the Rust memory owned by a dying object.
fn finalize(v: Value) {
    match layout_of(v) {
        LayoutId::BigInt => drop_field(&mut get::<BigIntObj>(v).value),
        LayoutId::Dict => drop_boxed::<crate::objects::dict::DictData>(get::<DictObj>(v).data),
        LayoutId::Set => drop_boxed::<crate::objects::set::SetData>(get::<SetObj>(v).data),
        LayoutId::FrozenSet => {
            drop_boxed::<crate::objects::set::SetData>(get::<FrozenSetObj>(v).data)
        }
        LayoutId::Type => drop_boxed::<crate::objects::types::TypeData>(get::<TypeObj>(v).data),
        LayoutId::Code => drop_boxed::<crate::interp::code::CodeData>(get::<CodeObj>(v).data),
        LayoutId::Generator => drop_boxed::<crate::interp::gen::GenData>(get::<GenObj>(v).data),
        LayoutId::File => drop_boxed::<crate::builtins::io::FileData>(get::<FileObj>(v).data),
        LayoutId::ByteArray => drop_boxed::<Vec<u8>>(get::<ByteArrayObj>(v).data),
        _ => {}
    }
}

/// Is `v` on a reference cycle among the objects `dead` accepts? (Searched from its
/// children, at most `CYCLE_SEARCH` objects; a larger search counts as a cycle, so the
/// instance waits for a collection that is not prompt.)
fn on_cycle(v: Value, dead: impl Fn(Value) -> bool) -> bool {
    const CYCLE_SEARCH: usize = 4096;
    let mut seen = rustc_hash::FxHashSet::default();
    let mut stack = vec![v];
    while let Some(obj) = stack.pop() {
        let mut found = false;
        trace_object(obj, &mut |slot: &mut Value| {
            let c = *slot;
            if c == v {
                found = true;
            } else if c.is_ptr() && dead(c) && seen.insert(c.addr()) {
                stack.push(c);
            }
        });
        if found || seen.len() > CYCLE_SEARCH {
            return true;
        }
    }
    false
}

/// Word 1 of a nursery object: its forwarding address once copied.
#[inline(always)]
fn forward_word<'a>(v: Value) -> &'a mut Value {
    // SAFETY: every object is at least 16 bytes; word 1 of a dead nursery copy is ours.
    unsafe { &mut *((v.addr() + 8) as *mut Value) }
}

#[inline(always)]
fn is_young(v: Value) -> bool {
    v.is_ptr() && header(v).flags & (flags::OLD | flags::IMMORTAL) == 0
}

/// Copies the `size` bytes (a multiple of 8) of a young object at `from` to its old
/// block at `to`: the common small sizes as fixed-size copies (no `memcpy` call).
#[inline(always)]
fn copy_object(from: usize, to: usize, size: usize) {
    #[inline(always)]
    fn fixed<const N: usize>(from: usize, to: usize) {
        // SAFETY: as in `copy_object`: N == size bytes, non-overlapping.
        unsafe { std::ptr::copy_nonoverlapping(from as *const [u8; N], to as *mut [u8; N], 1) };
    }
    match size {
        16 => fixed::<16>(from, to),
        24 => fixed::<24>(from, to),
        32 => fixed::<32>(from, to),
        40 => fixed::<40>(from, to),
        48 => fixed::<48>(from, to),
        56 => fixed::<56>(from, to),
        64 => fixed::<64>(from, to),
        // SAFETY: source is a live nursery object of `size` bytes, destination a fresh
        // old-space block of at least `size` bytes; they cannot overlap.
        _ => unsafe { std::ptr::copy_nonoverlapping(from as *const u8, to as *mut u8, size) },
    }
}

impl Heap {
    /// Copy a young object to the old space (or follow its forwarding address): the
    /// inline filter (most slots a minor collection visits hold old objects or ints).
    #[inline(always)]
    fn evacuate(&mut self, slot: &mut Value, worklist: &mut Vec<Value>) {
        let v = *slot;
        if v.is_ptr() && self.maybe_young(v) {
            self.evacuate_maybe_young(slot, worklist);
        }
    }

    #[inline(never)]
    fn evacuate_maybe_young(&mut self, slot: &mut Value, worklist: &mut Vec<Value>) {
        let v = *slot;
        if !is_young(v) {
            return;
        }
        let h = header(v);
        if h.flags & flags::FORWARDED != 0 {
            *slot = *forward_word(v);
            return;
        }
        if h.flags & flags::LARGE != 0 {
            // A young large object becomes old in place.
            h.flags |= flags::OLD | flags::TRACK;
            worklist.push(v);
            return;
        }
        let size = object_size(v);
        let addr = match self.take_shadow(v, size) {
            Some(block) => block,
            // The copy below writes the first `size` bytes.
            None => self.old.alloc_zeroed_from(size, size),
        };
        copy_object(v.addr(), addr, size);
        let nv = Value::from_addr(addr);
        header(nv).flags = flags::OLD | flags::TRACK;
        self.stats.copied_bytes += size as u64;
        h.flags |= flags::FORWARDED;
        *forward_word(v) = nv;
        *slot = nv;
        // Floats, strs, big ints...: nothing to scan.
        if has_refs(layout_of(nv)) {
            worklist.push(nv);
        }
    }

    /// Can heap pointer `v` be young? Decided by address when the nursery is one chunk
    /// and no young large object exists, so tracing a big remembered object (a dict
    /// written in a loop) does not read the header of every old object it refers to.
    #[inline(always)]
    fn maybe_young(&self, v: Value) -> bool {
        let start = self.nursery.main.as_ptr() as usize;
        v.addr().wrapping_sub(start) < self.nursery.main.len() * 8
            || !self.nursery.extra.is_empty()
            || !self.young_large.is_empty()
    }

    /// The old block reserved for `v` by `Heap::identity`, if any.
    fn take_shadow(&mut self, v: Value, size: usize) -> Option<usize> {
        if header(v).flags & flags::SHADOW == 0 {
            return None;
        }
        let (block, reserved) = self.shadows.remove(&v.addr())?;
        // Object sizes never change, so the reservation always fits.
        debug_assert!(reserved >= size);
        if reserved >= size {
            Some(block)
        } else {
            self.old.free_block(block, reserved);
            None
        }
    }

    /// Minor collection: empty the nursery.
    pub fn collect_minor(&mut self, roots: &mut RootVisitor<'_>) {
        let t0 = Instant::now();
        let mut worklist: Vec<Value> = Vec::new();
        roots(&mut |slot: &mut Value| self.evacuate(slot, &mut worklist));
        let remembered = std::mem::take(&mut self.remembered);
        for &addr in &remembered {
            let obj = Value::from_addr(addr);
            let h = header(obj);
            h.flags = (h.flags & !flags::REMEMBERED) | flags::TRACK;
            // Filter before the call: a big remembered object mostly refers to old ones.
            trace_object(obj, &mut |slot: &mut Value| {
                self.evacuate(slot, &mut worklist)
            });
        }
        let mut remembered = remembered;
        remembered.clear();
        self.remembered = remembered;
        self.drain_minor(&mut worklist);
        if !self.del_young.is_empty() {
            self.resurrect_young(&mut worklist);
        }
        self.process_weak_minor();
        if !self.drop_order.is_empty() {
            self.drop_order.retain_mut(|a| {
                let v = Value::from_addr(*a);
                if !is_young(v) {
                    return true;
                }
                let moved = header(v).flags & flags::FORWARDED != 0;
                if moved {
                    *a = forward_word(v).addr();
                }
                moved
            });
        }
        let fins = std::mem::take(&mut self.young_finalizable);
        let mut promoted_external = 0;
        for addr in fins {
            let v = Value::from_addr(addr);
            // Survivors are forwarded copies, or young large objects now old in place.
            let f = header(v).flags;
            if f & (flags::FORWARDED | flags::OLD) == 0 {
                finalize(v);
            } else if self.young_external > 0 {
                let now = if f & flags::FORWARDED != 0 {
                    *forward_word(v)
                } else {
                    v
                };
                promoted_external += external_size(now);
            }
        }
        self.young_external = 0;
        self.old.external_bytes += promoted_external;
        self.old.external_since_major += promoted_external;
        for (addr, size) in std::mem::take(&mut self.young_large) {
            if header(Value::from_addr(addr)).flags & flags::OLD != 0 {
                self.old.adopt_large(addr, size);
            } else {
                self.old.free_large_young(addr, size);
            }
        }
        self.young_large_bytes = 0;
        self.has_finalizable = !self.del_old.is_empty();
        // Blocks reserved for identities of young objects that died.
        for (_, (block, size)) in self.shadows.drain() {
            self.old.free_block(block, size);
        }
        self.stats.allocated_bytes += self.nursery_used() as u64;
        self.reset_nursery();
        self.collect_requested = false;
        if self.old.allocated_since_major > self.major_threshold
            || self.large_major_due()
            || self.external_major_due()
        {
            self.major_requested = true;
        }
        self.stats.minor += 1;
        self.stats.minor_time += t0.elapsed();
        super::bump_epoch();
    }

    /// After a minor collection's copying: young instances with `__del__` that were not
    /// copied are unreachable. Weak references to everything unreachable now are cleared
    /// first (CPython's order for garbage: weak references, then finalizers; a cleared
    /// referent is EMPTY until `process_weak_minor` queues the cell), then those
    /// instances and all they reach are copied after all, alive until their `__del__`
    /// ran, and queued in `del_ready` (PEP 442: never registered again).
    fn resurrect_young(&mut self, worklist: &mut Vec<Value>) {
        let mut dead: Vec<Value> = Vec::new();
        for addr in std::mem::take(&mut self.del_young) {
            let v = Value::from_addr(addr);
            let h = header(v);
            if h.flags & flags::FORWARDED != 0 {
                self.del_old.push(forward_word(v).addr());
            } else if h.flags & flags::OLD != 0 {
                self.del_old.push(addr);
            } else {
                dead.push(v);
            }
        }
        if self.prompt {
            let unreached = |x: Value| is_young(x) && header(x).flags & flags::FORWARDED == 0;
            let (cyclic, acyclic): (Vec<Value>, Vec<Value>) =
                dead.into_iter().partition(|&v| on_cycle(v, unreached));
            dead = acyclic;
            for v in cyclic {
                let mut slot = v;
                self.evacuate(&mut slot, worklist);
                self.del_old.push(slot.addr());
            }
            self.drain_minor(worklist);
        }
        if dead.is_empty() {
            return;
        }
        for &addr in &self.weak_cells {
            let mut w = Value::from_addr(addr);
            if is_young(w) && header(w).flags & flags::FORWARDED != 0 {
                w = *forward_word(w);
            }
            let o = get::<WrapperObj>(w);
            if o.a.is_ptr() && is_young(o.a) && header(o.a).flags & flags::FORWARDED == 0 {
                o.a = Value::EMPTY;
            }
        }
        for v in dead {
            let mut slot = v;
            self.evacuate(&mut slot, worklist);
            self.del_ready.push(slot.addr());
        }
        self.drain_minor(worklist);
    }

    /// Copies everything the objects on `worklist` reach (Cheney's scan).
    fn drain_minor(&mut self, worklist: &mut Vec<Value>) {
        while let Some(obj) = worklist.pop() {
            trace_object(obj, &mut |slot: &mut Value| self.evacuate(slot, worklist));
        }
    }

    /// After a minor collection's copying: weak cells follow their moved referents; a
    /// young referent that was not copied is dead and its cell is cleared (None).
    fn process_weak_minor(&mut self) {
        let cells = std::mem::take(&mut self.weak_cells);
        let mut kept = Vec::with_capacity(cells.len());
        for addr in cells {
            let mut w = Value::from_addr(addr);
            if is_young(w) {
                if header(w).flags & flags::FORWARDED == 0 {
                    continue; // the cell itself died
                }
                w = *forward_word(w);
            }
            let o = get::<WrapperObj>(w);
            let r = o.a;
            if r.is_empty() {
                o.a = Value::none();
                self.weak_cleared.push(w.addr());
            } else if r.is_ptr() && is_young(r) {
                if header(r).flags & flags::FORWARDED != 0 {
                    o.a = *forward_word(r);
                } else {
                    o.a = Value::none();
                    self.weak_cleared.push(w.addr());
                }
            }
            kept.push(w.addr());
        }
        self.weak_cleared.retain(|&a| {
            let w = Value::from_addr(a);
            !is_young(w)
        });
        self.weak_cells = kept;
    }

    /// After a major collection's marking: cells of unmarked referents are cleared; dead
    /// cells are dropped.
    fn process_weak_major(&mut self) {
        let cells = std::mem::take(&mut self.weak_cells);
        let live = |v: Value| header(v).flags & (flags::MARK | flags::IMMORTAL) != 0;
        let mut kept = Vec::with_capacity(cells.len());
        for addr in cells {
            let w = Value::from_addr(addr);
            if !live(w) {
                continue;
            }
            let o = get::<WrapperObj>(w);
            if o.a.is_empty() || (o.a.is_ptr() && !live(o.a)) {
                o.a = Value::none();
                self.weak_cleared.push(addr);
            }
            kept.push(addr);
        }
        self.weak_cleared.retain(|&a| live(Value::from_addr(a)));
        self.weak_cells = kept;
    }

    /// After a major collection's marking, `resurrect_young`'s counterpart: unmarked old
    /// instances with `__del__` are dead; weak references to unmarked objects are
    /// cleared (EMPTY until `process_weak_major`), then `mark_from` keeps the instances
    /// and what they reach alive and they are queued in `del_ready`.
    fn resurrect_old(&mut self, mark_from: &mut dyn FnMut(Value, &mut Vec<Value>)) {
        let live = |v: Value| header(v).flags & (flags::MARK | flags::IMMORTAL) != 0;
        let (alive, dead): (Vec<usize>, Vec<usize>) = std::mem::take(&mut self.del_old)
            .into_iter()
            .partition(|&a| live(Value::from_addr(a)));
        self.del_old = alive;
        let mut dead = dead;
        if self.prompt {
            let (cyclic, acyclic): (Vec<usize>, Vec<usize>) = dead
                .into_iter()
                .partition(|&a| on_cycle(Value::from_addr(a), |x| !live(x)));
            dead = acyclic;
            let mut stack = Vec::new();
            for a in cyclic {
                mark_from(Value::from_addr(a), &mut stack);
                self.del_old.push(a);
            }
        }
        if dead.is_empty() {
            return;
        }
        for &addr in &self.weak_cells {
            let o = get::<WrapperObj>(Value::from_addr(addr));
            if o.a.is_ptr() && !live(o.a) {
                o.a = Value::EMPTY;
            }
        }
        // Before the young ones this collection's minor part found: older instances
        // were made first.
        let young = std::mem::take(&mut self.del_ready);
        let mut stack = Vec::new();
        for a in dead {
            mark_from(Value::from_addr(a), &mut stack);
            self.del_ready.push(a);
        }
        self.del_ready.extend(young);
    }

    /// Major collection: minor first, then mark from the roots and sweep the old space.
    pub fn collect_major(&mut self, roots: &mut RootVisitor<'_>) {
        self.collect_minor(roots);
        let t0 = Instant::now();
        let mut stack: Vec<Value> = Vec::new();
        let mark = |slot: &mut Value, stack: &mut Vec<Value>| {
            let v = *slot;
            if v.is_ptr() {
                let h = header(v);
                if h.flags & (flags::MARK | flags::IMMORTAL) == 0 {
                    h.flags |= flags::MARK;
                    stack.push(v);
                }
            }
        };
        let drain = |stack: &mut Vec<Value>| {
            while let Some(obj) = stack.pop() {
                let mut children: smallvec::SmallVec<[Value; 16]> = smallvec::SmallVec::new();
                trace_object(obj, &mut |slot: &mut Value| children.push(*slot));
                for mut c in children {
                    mark(&mut c, stack);
                }
            }
        };
        roots(&mut |slot: &mut Value| mark(slot, &mut stack));
        // Instances whose `__del__` has yet to run are alive, with all they reach.
        for &a in &self.del_ready {
            mark(&mut Value::from_addr(a), &mut stack);
        }
        drain(&mut stack);
        if !self.del_old.is_empty() {
            self.resurrect_old(&mut |v: Value, stack: &mut Vec<Value>| {
                mark(&mut { v }, stack);
                drain(stack);
            });
        }
        self.has_finalizable = !self.del_old.is_empty();
        self.process_weak_major();
        let mut freed_external = 0;
        self.old.sweep(
            |addr| {
                let h = header(Value::from_addr(addr));
                let live = h.flags & flags::MARK != 0;
                h.flags &= !flags::MARK;
                live
            },
            |addr| {
                let v = Value::from_addr(addr);
                freed_external += external_size(v);
                finalize(v)
            },
        );
        let o = &mut self.old;
        o.external_bytes = o.external_bytes.saturating_sub(freed_external);
        o.external_live = o.external_bytes;
        o.external_since_major = 0;
        self.major_threshold = Heap::next_major_threshold(self.old.live_bytes);
        self.major_requested = false;
        self.stats.major += 1;
        self.stats.major_time += t0.elapsed();
        super::bump_epoch();
    }
}
