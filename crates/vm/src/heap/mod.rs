//! The GC heap: allocation, the write barrier, typed object access, and collection entry points.
//!
//! Generations (PyPy incminimark style, without the incremental part):
//!
//! ```text
//!   nursery (bump, default 4 MiB) --minor GC copies survivors--> old space
//!                                                                 |- size classes (16..8192 B,
//!   objects > LARGE_LIMIT bytes: own malloc block, young until    |  64 KiB pages, free lists)
//!   the next minor GC (freed there or made old in place) -------> '- large-object space (malloc)
//! ```
//!
//! GC invariants:
//! - A collection runs only from `Vm::safepoint` (back-edges, calls, returns, calls from
//!   Rust into Python); allocation never collects. Crossing the nursery's soft limit
//!   sets `collect_requested` and allocation goes on in a reserve (the last eighth);
//!   a full nursery spills into an extra chunk.
//! - Young objects move exactly once (to the old space); old objects never move.
//! - Every store of a value into an old object goes through [`Heap::barrier`], which puts
//!   the object in the remembered set; a minor collection scans roots + remembered set.
//! - Objects created old directly (pretenured constants, classes) start remembered.
//! - Large objects never move: a young one is promoted by setting OLD in place.
//! - Objects whose layout `needs_finalizer` own Rust memory; a young one is listed in
//!   `young_finalizable`, an old one is finalized by the sweep.
//! - `stress` collects at every safepoint and poisons the whole nursery after a minor GC.
//!
//! Object identity (`id()`, default `hash()`, `repr` addresses) goes through
//! [`Heap::identity`], never through `Value::addr()`, because the nursery moves objects.
//! PyPy's scheme: the identity of an old (or immortal) object is its address; taking the
//! identity of a young object reserves an old-space block of its size now (flag
//! `SHADOW`, side table `shadows`: young address -> block) and returns the block's
//! address; the minor GC copies that object into exactly that block. So an id is the
//! object's final address: unique among live objects and stable for its lifetime.
//! Blocks reserved for young objects that die are returned to the free lists at the end
//! of the minor GC, so the table is empty outside a collection (a major GC never sees it).

pub mod census;
pub mod collect;
pub mod immortal;
pub mod jit;
pub mod old;
pub mod stack;

use crate::layout::{flags, BytesObj, Header, InstanceObj, LayoutId, StrObj, TupleObj};
use crate::value::Value;
use std::time::Duration;

/// A Rust struct that is the layout of a heap object (first field: `Header`).
pub trait HeapObj: Sized {
    const LAYOUT: LayoutId;
}

/// Objects bigger than this are allocated in the old space directly.
pub const LARGE_LIMIT: usize = 8192;
/// Default nursery size.
pub const DEFAULT_NURSERY: usize = 4 << 20;
/// Old-space bytes allocated since the last major collection that request the next one,
/// at least (see [`Heap::next_major_threshold`]).
pub const MAJOR_MIN: usize = 16 << 20;
/// After a major collection, the next one comes once the old space grew by this many
/// hundredths of what survived: PyPy's `major_collection_threshold` of 1.82, so the old
/// space peaks near 1.82 times its live size (it was 3 times, with a 64 MiB minimum:
/// awfy_storage's dead trees and float's dead points piled up to 60-100 MB).
pub const MAJOR_GROWTH_PCT: usize = 82;
/// Large objects made old since the last major collection that request the next one,
/// at least (see `Heap::large_major_due`).
pub const LARGE_MAJOR_MIN: usize = 2 << 20;
/// The fraction (1/N) of the main nursery chunk kept in reserve past the soft limit.
pub const NURSERY_RESERVE: usize = 8;
/// Young large objects request a minor collection once their bytes exceed the nursery's
/// size divided by this.
pub const YOUNG_LARGE_SHARE: usize = 4;
/// External bytes (big ints' digits, see [`Heap::note_external`]) made old since the
/// last major collection that request the next one, at least (`Heap::external_major_due`).
pub const EXTERNAL_MAJOR_MIN: usize = 4 << 20;
/// Byte pattern written over a nursery in stress mode.
pub const POISON: u8 = 0xdb;

/// Collection statistics for `--stats`.
#[derive(Default, Clone, Debug)]
pub struct GcStats {
    pub minor: u64,
    pub major: u64,
    pub minor_time: Duration,
    pub major_time: Duration,
    pub copied_bytes: u64,
    /// Bytes allocated by the program before the last collection: nursery bytes used
    /// (summed at each minor collection) plus objects allocated old directly. See
    /// [`Heap::allocated_bytes`] for the running total.
    pub allocated_bytes: u64,
    /// The most external bytes (Rust memory owned by heap objects that the collector
    /// accounts for: big ints' digits) alive or not yet collected at one time.
    pub peak_external: u64,
}

/// Bump allocator chunks of the nursery.
struct Nursery {
    main: Vec<u64>,
    extra: Vec<Vec<u64>>,
    top: usize,
    end: usize,
    /// Start of the chunk `top` bumps in (the main chunk or the last extra one).
    start: usize,
    /// The real end of the current chunk. In the main chunk `end` starts below it (the
    /// soft limit, [`NURSERY_RESERVE`]): crossing it requests a collection and lets
    /// allocation go on in the reserve, so the next safepoint usually collects before
    /// the nursery has to spill into an extra chunk.
    hard_end: usize,
    /// Bytes used in the chunks filled before the current one, since the last minor GC.
    retired: usize,
    /// The used extent `[start, top)` of each chunk filled before the current one (for
    /// walking the nursery object by object, `census.rs`).
    retired_ranges: Vec<(usize, usize)>,
}

/// Process-wide count of events that may free or move objects (every collection, every
/// new heap): while it is unchanged, an address names the same object. Caches keyed by
/// address (`objects::str`'s char cursor) store it with the address.
static EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The current `EPOCH`.
#[inline]
pub fn epoch() -> u64 {
    EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

pub(crate) fn bump_epoch() {
    EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

pub struct Heap {
    nursery: Nursery,
    pub(crate) old: old::OldSpace,
    pub(crate) remembered: Vec<usize>,
    pub(crate) young_finalizable: Vec<usize>,
    /// Young large objects (address, size), see `alloc_large_young`.
    pub(crate) young_large: Vec<(usize, usize)>,
    pub(crate) young_large_bytes: usize,
    /// External bytes owned by young objects (`note_external`): like young large
    /// objects, they request a minor collection once they pass a share of the nursery
    /// (`note_external`).
    pub(crate) young_external: usize,
    /// Every weak cell (`modules/weakref.rs`; a `Wrapper` of kind `WeakCell` whose `a` is
    /// not traced): after a collection their dead referents are None.
    pub weak_cells: Vec<usize>,
    /// Weak cells cleared by collections since the VM last looked (`take_cleared`).
    pub weak_cleared: Vec<usize>,
    /// Live instances whose class defines `__del__`, not yet finalized (PEP 442: each is
    /// finalized at most once), young and old (`Heap::register_del`).
    pub(crate) del_young: Vec<usize>,
    pub(crate) del_old: Vec<usize>,
    /// Instances found unreachable with a `__del__` to run: kept alive (with what they
    /// reach) by the collection that found them; the VM takes them (`Vm::del_pending`).
    pub del_ready: Vec<usize>,
    /// `del_young` or `del_old` is not empty: the interpreter's drop points check for
    /// finalizable instances only while this is set.
    pub has_finalizable: bool,
    /// The next collection was requested because the interpreter dropped what may be
    /// the last reference to a finalizable instance (`Vm::drop_hint`): in it, an
    /// unreachable instance on a reference cycle is kept for a later collection, as
    /// CPython's reference counting leaves cycles to its cycle collector.
    pub prompt: bool,
    /// Finalizable instances the drop points saw since the last collection, in the
    /// order CPython would have finalized them (`Vm::order_pending`); kept up to date
    /// across a minor collection's moves.
    pub drop_order: Vec<usize>,
    /// Young objects whose identity was taken: young address -> (reserved old block, size).
    pub(crate) shadows: rustc_hash::FxHashMap<usize, (usize, usize)>,
    /// Set when the nursery is full or the old space grew past its threshold.
    pub collect_requested: bool,
    /// Set whenever a safepoint may have work: a collection request (this heap), a
    /// Ctrl-C (the signal handler), a time-limit cancellation (the watchdog thread).
    /// Compiled code polls only this word; the JIT clears it before entering machine
    /// code when none of them is pending (`Vm::jit_attention_clear`).
    pub attention: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Run a major collection at the next safepoint.
    pub major_requested: bool,
    pub stress: bool,
    pub stats: GcStats,
    /// Old-space bytes that trigger the next major collection.
    pub(crate) major_threshold: usize,
}

impl Heap {
    /// Asks for a collection at the next safepoint (allocation never collects).
    pub fn request_collection(&mut self) {
        self.collect_requested = true;
        self.attention
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn new(nursery_bytes: usize, stress: bool) -> Heap {
        let words = (nursery_bytes.max(64 * 1024)) / 8;
        let main = vec![0u64; words];
        let top = main.as_ptr() as usize;
        let hard_end = top + words * 8;
        let end = hard_end - words * 8 / NURSERY_RESERVE;
        bump_epoch();
        Heap {
            nursery: Nursery {
                main,
                extra: Vec::new(),
                top,
                end,
                start: top,
                retired: 0,
                retired_ranges: Vec::new(),
                hard_end,
            },
            old: old::OldSpace::new(),
            remembered: Vec::new(),
            young_finalizable: Vec::new(),
            young_large: Vec::new(),
            young_large_bytes: 0,
            young_external: 0,
            weak_cells: Vec::new(),
            weak_cleared: Vec::new(),
            del_young: Vec::new(),
            del_old: Vec::new(),
            del_ready: Vec::new(),
            has_finalizable: false,
            prompt: false,
            drop_order: Vec::new(),
            shadows: Default::default(),
            collect_requested: false,
            attention: Default::default(),
            major_requested: false,
            stress,
            stats: GcStats::default(),
            major_threshold: MAJOR_MIN,
        }
    }

    /// Registers a new instance whose class defines `__del__`: the collection that finds
    /// it unreachable keeps it alive and hands it to the VM to finalize (`del_ready`).
    pub fn register_del(&mut self, v: Value) {
        if header(v).flags & flags::OLD != 0 {
            self.del_old.push(v.addr());
        } else {
            self.del_young.push(v.addr());
        }
        self.has_finalizable = true;
    }

    /// Allocate `size` bytes (rounded to words) with a zeroed body and the given layout.
    pub fn alloc_raw(&mut self, layout: LayoutId, size: usize) -> Value {
        let size = (size.max(16) + 7) & !7;
        if size > LARGE_LIMIT {
            return self.alloc_large_young(layout, size);
        }
        let mut top = self.nursery.top;
        if top + size > self.nursery.end {
            top = self.refill(size);
        }
        self.nursery.top = top + size;
        // SAFETY: [top, top+size) lies inside a nursery chunk we own and nothing else uses.
        unsafe {
            // Free nursery memory is not zeroed in bulk (`reset_nursery` leaves it
            // dirty): each object is zeroed as it is allocated, while its lines are
            // about to be written anyway.
            std::ptr::write_bytes(top as *mut u8, 0, size);
            *(top as *mut Header) = Header {
                layout: layout as u32,
                flags: 0,
            };
        }
        if layout.needs_finalizer() {
            self.young_finalizable.push(top);
        }
        Value::from_addr(top)
    }

    /// A large object (PyPy's young rawmalloced objects): its own zeroed block, never
    /// moved; young until the next minor collection, which frees it when unreachable
    /// and otherwise makes it old in place. Young large bytes count against the nursery
    /// size (they lower its soft limit), so short-lived big lists and strings are freed
    /// at the pace of the nursery instead of piling up until a major collection.
    fn alloc_large_young(&mut self, layout: LayoutId, size: usize) -> Value {
        let addr = self.old.alloc_large_young(size);
        // SAFETY: `addr` is a fresh zeroed block of `size` bytes.
        unsafe {
            *(addr as *mut Header) = Header {
                layout: layout as u32,
                flags: flags::LARGE,
            };
        }
        self.young_large.push((addr, size));
        self.young_large_bytes += size;
        self.stats.allocated_bytes += size as u64;
        // A quarter of the nursery's size: short-lived big arrays (a list growing by
        // appends leaves a dead array at each step) are freed while they are still
        // few, which keeps the peak RSS of list-heavy code low.
        if self.young_large_bytes > self.nursery.main.len() * 8 / YOUNG_LARGE_SHARE {
            self.request_collection();
        }
        // Young large bytes share the nursery's budget: they lower its soft limit, so
        // the young generation as a whole stays within the nursery size (peak memory).
        if self.nursery.extra.is_empty() {
            let n = &mut self.nursery;
            n.end = n.end.saturating_sub(size).max(n.top);
        }
        if layout.needs_finalizer() {
            self.young_finalizable.push(addr);
        }
        Value::from_addr(addr)
    }

    /// Is a major collection due because of large objects? Big short-lived arrays (the
    /// item arrays of lists built in a loop) are often alive at the minor collection
    /// that makes them old and dead soon after; freed only by the major
    /// threshold ([`MAJOR_MIN`]) they would pile up in memory, so once more bytes of them than survived
    /// the last major collection (and [`LARGE_MAJOR_MIN`]) became old, collect them.
    pub(crate) fn large_major_due(&self) -> bool {
        self.old.large_since_major > self.old.large_live.max(LARGE_MAJOR_MIN)
    }

    /// The old-space growth that requests the next major collection, given the bytes
    /// that survived this one.
    pub(crate) fn next_major_threshold(live: usize) -> usize {
        (live / 100 * MAJOR_GROWTH_PCT).max(MAJOR_MIN)
    }

    /// Is a major collection due because of external memory? Big ints alive at a minor
    /// collection (a loop's accumulators) become old and die soon after; their digits,
    /// unseen by the old space's byte counts, would pile up until the major threshold
    /// counted their 32-byte headers. So once more digit bytes became old than were
    /// alive after the last major collection (and [`EXTERNAL_MAJOR_MIN`], and half the
    /// old space, so a big heap is not marked for a little garbage), collect them.
    pub(crate) fn external_major_due(&self) -> bool {
        let o = &self.old;
        o.external_since_major
            > o.external_live
                .max(EXTERNAL_MAJOR_MIN)
                .max(o.live_bytes / 2)
    }

    /// The young object just allocated owns `external` bytes of Rust memory (a big
    /// int's digits, `collect::external_size`), freed by its finalizer: they count
    /// against the nursery's budget (PyPy's `add_memory_pressure`), so short-lived big
    /// ints free their digits at the pace of their allocation, not of their headers'.
    pub fn note_external(&mut self, external: usize) {
        self.young_external += external;
        let total = (self.young_external + self.old.external_bytes) as u64;
        self.stats.peak_external = self.stats.peak_external.max(total);
        if self.young_external > self.nursery.main.len() * 8 / YOUNG_LARGE_SHARE {
            self.request_collection();
        }
    }

    /// Allocate directly in the old space (pretenured); the object starts remembered.
    pub fn alloc_old_raw(&mut self, layout: LayoutId, size: usize) -> Value {
        let size = (size.max(16) + 7) & !7;
        let addr = self.old.alloc(size);
        self.stats.allocated_bytes += size as u64;
        // SAFETY: `addr` is a fresh zeroed old-space block of at least `size` bytes.
        unsafe {
            let large = if size > old::MAX_CLASS {
                flags::LARGE
            } else {
                0
            };
            *(addr as *mut Header) = Header {
                layout: layout as u32,
                flags: flags::OLD | flags::REMEMBERED | large,
            };
        }
        self.remembered.push(addr);
        if self.old.allocated_since_major > self.major_threshold {
            self.major_requested = true;
            self.request_collection();
        }
        Value::from_addr(addr)
    }

    /// Allocate a fixed-size object initialised from `obj` (its header is overwritten).
    #[inline(always)]
    pub fn alloc<T: HeapObj>(&mut self, obj: T) -> Value {
        let tsize = std::mem::size_of::<T>();
        let size = (tsize.max(16) + 7) & !7;
        let top = self.nursery.top;
        // Fast path (floats, small objects): bump, then one write of the whole object.
        if size <= LARGE_LIMIT
            && !T::LAYOUT.needs_finalizer()
            && !self.stress
            && top + size <= self.nursery.end
        {
            self.nursery.top = top + size;
            // SAFETY: [top, top+size) is free nursery memory that we own; `T` is the
            // object's repr(C) layout; the tail beyond `tsize` (if any) is zeroed.
            unsafe {
                std::ptr::write(top as *mut T, obj);
                if size > tsize {
                    std::ptr::write_bytes((top + tsize) as *mut u8, 0, size - tsize);
                }
                *(top as *mut Header) = Header {
                    layout: T::LAYOUT as u32,
                    flags: 0,
                };
            }
            return Value::from_addr(top);
        }
        let v = self.alloc_raw(T::LAYOUT, std::mem::size_of::<T>());
        write_obj(v, obj);
        v
    }

    /// Like `alloc` but pretenured in the old space (constants, classes, modules).
    pub fn alloc_old<T: HeapObj>(&mut self, obj: T) -> Value {
        let v = self.alloc_old_raw(T::LAYOUT, std::mem::size_of::<T>());
        write_obj(v, obj);
        v
    }

    /// The write barrier: call after storing a value into `obj`.
    #[inline(always)]
    pub fn barrier(&mut self, obj: Value) {
        let h = header(obj);
        if h.flags & flags::TRACK != 0 {
            debug_assert_eq!(h.flags & (flags::OLD | flags::REMEMBERED), flags::OLD);
            h.flags = (h.flags & !flags::TRACK) | flags::REMEMBERED;
            self.remembered.push(obj.addr());
        }
    }

    /// Young objects whose old-space identity ([`Heap::identity`]) waits for the next
    /// minor collection to be filled.
    pub fn identities_pending(&self) -> bool {
        !self.shadows.is_empty()
    }

    /// The stable identity of a value (its final, old-space address for heap objects;
    /// the tagged word for small ints). See the module docs.
    pub fn identity(&mut self, v: Value) -> usize {
        if !v.is_ptr() {
            return v.0 as usize;
        }
        let h = header(v);
        // Large objects never move, young or old.
        if h.flags & (flags::OLD | flags::IMMORTAL | flags::LARGE) != 0 {
            return v.addr();
        }
        if h.flags & flags::SHADOW != 0 {
            if let Some(&(block, _)) = self.shadows.get(&v.addr()) {
                return block;
            }
        }
        let size = collect::object_size(v);
        let block = self.old.alloc(size);
        h.flags |= flags::SHADOW;
        self.shadows.insert(v.addr(), (block, size));
        block
    }

    /// `size` bytes do not fit below `end`: request a collection (allocation never
    /// collects) and continue in the main chunk's reserve if they fit there, else in a
    /// fresh zeroed chunk of at least `size` bytes. Returns where the object goes.
    fn refill(&mut self, size: usize) -> usize {
        self.request_collection();
        let n = &mut self.nursery;
        if n.top + size <= n.hard_end {
            n.end = n.hard_end;
            return n.top;
        }
        n.retired += n.top - n.start;
        n.retired_ranges.push((n.start, n.top));
        let chunk_words = (1 << 20).max(size.div_ceil(8));
        let chunk = vec![0u64; chunk_words];
        let top = chunk.as_ptr() as usize;
        n.start = top;
        n.top = top;
        n.end = top + chunk_words * 8;
        n.hard_end = n.end;
        n.extra.push(chunk);
        top
    }

    /// Bytes allocated in the nursery since the last minor collection.
    pub fn nursery_used(&self) -> usize {
        self.nursery.retired + (self.nursery.top - self.nursery.start)
    }

    /// Empty the nursery after a minor collection (poisoning it in stress mode). Free
    /// nursery memory is not zero: every allocation initializes all of its bytes.
    fn reset_nursery(&mut self) {
        let start = self.nursery.main.as_mut_ptr() as usize;
        if self.stress {
            let used = if self.nursery.extra.is_empty() {
                self.nursery.top - start
            } else {
                self.nursery.main.len() * 8
            };
            // SAFETY: the first `used` bytes of the main chunk belong to the nursery.
            unsafe { std::ptr::write_bytes(start as *mut u8, POISON, used) };
            let fill = POISON;
            for chunk in self.nursery.extra.iter_mut() {
                let len = chunk.len() * 8;
                // SAFETY: poisoning a chunk we own before dropping it.
                unsafe { std::ptr::write_bytes(chunk.as_mut_ptr() as *mut u8, fill, len) };
            }
        }
        self.nursery.extra.clear();
        self.nursery.top = start;
        self.nursery.start = start;
        self.nursery.retired = 0;
        self.nursery.retired_ranges.clear();
        let len = self.nursery.main.len() * 8;
        self.nursery.hard_end = start + len;
        self.nursery.end = start + len - len / NURSERY_RESERVE;
    }

    /// Bytes the program allocated so far (nursery and old space).
    pub fn allocated_bytes(&self) -> u64 {
        self.stats.allocated_bytes + self.nursery_used() as u64
    }

    /// Bytes currently used in the old space (size classes + large objects).
    pub fn old_bytes(&self) -> usize {
        self.old.live_bytes
    }

    /// External bytes owned by objects not yet collected (young and old).
    pub fn external_bytes(&self) -> usize {
        self.young_external + self.old.external_bytes
    }
}

#[inline(always)]
fn write_obj<T: HeapObj>(v: Value, obj: T) {
    // SAFETY: `v` was just allocated with room for a T; we keep the header it was given.
    unsafe {
        let p = v.addr() as *mut T;
        let h = *(p as *const Header);
        std::ptr::write(p, obj);
        *(p as *mut Header) = h;
    }
}

/// The header of a heap object.
#[inline(always)]
pub fn header<'a>(v: Value) -> &'a mut Header {
    debug_assert!(v.is_ptr());
    // SAFETY: every heap pointer value points at a live object starting with a Header.
    unsafe { &mut *(v.addr() as *mut Header) }
}

/// The layout of a heap pointer value.
#[inline(always)]
pub fn layout_of(v: Value) -> LayoutId {
    let n = header(v).layout;
    debug_assert!(
        LayoutId::from_u32(n).is_some(),
        "bad layout {n:#x} at {v:?}"
    );
    // SAFETY: headers are only ever written with valid LayoutId discriminants.
    unsafe { std::mem::transmute::<u32, LayoutId>(n) }
}

/// True if `v` is a heap object with layout `l`.
#[inline(always)]
pub fn has_layout(v: Value, l: LayoutId) -> bool {
    v.is_ptr() && header(v).layout == l as u32
}

/// Typed access to a heap object; the caller has checked the layout.
#[inline(always)]
pub fn get<'a, T: HeapObj>(v: Value) -> &'a mut T {
    debug_assert!(
        v.is_ptr() && header(v).layout == T::LAYOUT as u32,
        "expected {:?}",
        T::LAYOUT
    );
    // SAFETY: the layout check (debug) / caller contract (release) says v points at a T.
    unsafe { &mut *(v.addr() as *mut T) }
}

/// The items of a Tuple or ValueArray.
#[inline(always)]
pub fn items<'a>(v: Value) -> &'a mut [Value] {
    let t = v.addr() as *mut TupleObj;
    // SAFETY: tuples and value arrays store `len` values right after the fixed part.
    unsafe {
        let len = (*t).len as usize;
        std::slice::from_raw_parts_mut(t.add(1) as *mut Value, len)
    }
}

/// The UTF-8 bytes of a str.
#[inline(always)]
pub fn str_bytes<'a>(v: Value) -> &'a [u8] {
    let s = v.addr() as *const StrObj;
    // SAFETY: a str stores `byte_len` bytes right after its fixed part.
    unsafe { std::slice::from_raw_parts(s.add(1) as *const u8, (*s).byte_len as usize) }
}

/// The text of a str.
#[inline(always)]
pub fn str_text<'a>(v: Value) -> &'a str {
    // SAFETY: str objects are only built from valid UTF-8 (`Vm::new_str`).
    unsafe { std::str::from_utf8_unchecked(str_bytes(v)) }
}

/// Mutable tail of a freshly allocated str (only while building it).
pub(crate) fn str_bytes_mut<'a>(v: Value) -> &'a mut [u8] {
    let s = v.addr() as *mut StrObj;
    // SAFETY: as `str_bytes`; used only before the str is visible to Python.
    unsafe { std::slice::from_raw_parts_mut(s.add(1) as *mut u8, (*s).byte_len as usize) }
}

/// The data of a bytes object.
pub fn bytes_data<'a>(v: Value) -> &'a mut [u8] {
    let s = v.addr() as *mut BytesObj;
    // SAFETY: a bytes object stores `len` bytes right after its fixed part.
    unsafe { std::slice::from_raw_parts_mut(s.add(1) as *mut u8, (*s).len as usize) }
}

/// The inline slots of an instance.
#[inline(always)]
pub fn instance_slots<'a>(v: Value) -> &'a mut [Value] {
    let s = v.addr() as *mut InstanceObj;
    // SAFETY: an instance stores `nslots` values right after its fixed part.
    unsafe { std::slice::from_raw_parts_mut(s.add(1) as *mut Value, (*s).nslots as usize) }
}

/// Move a Rust value into the heap's side storage; returns the address kept in a `data` field.
pub fn box_into_raw<T>(b: Box<T>) -> usize {
    Box::into_raw(b) as usize
}

/// Access side storage created by `box_into_raw::<T>`.
#[inline(always)]
pub fn boxed<'a, T>(addr: usize) -> &'a mut T {
    debug_assert!(addr != 0);
    // SAFETY: `addr` came from `box_into_raw::<T>` and is freed only by the finalizer.
    unsafe { &mut *(addr as *mut T) }
}

/// Free side storage created by `box_into_raw::<T>` (finalizers only).
pub(crate) fn drop_boxed<T>(addr: usize) {
    if addr != 0 {
        // SAFETY: `addr` came from `box_into_raw::<T>` and this is its single release.
        unsafe { drop(Box::from_raw(addr as *mut T)) }
    }
}

/// Drop a field owned by a dying object in place (finalizers only).
pub(crate) fn drop_field<T>(field: &mut T) {
    // SAFETY: the object is dead; the field is dropped exactly once and never read again.
    unsafe { std::ptr::drop_in_place(field as *mut T) }
}

/// Install a C signal handler (`handler` is an `extern "C" fn(c_int)` as an address).
/// End the process by signal `sig` with its default action (CPython's end after an
/// uncaught KeyboardInterrupt: the parent sees death by SIGINT, a shell status 130).
pub fn exit_by_signal(sig: libc::c_int) -> ! {
    // SAFETY: restoring the default disposition and raising a signal have no memory
    // effects; the default action of SIGINT ends the process.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
    std::process::exit(128 + sig)
}

pub fn install_signal_handler(sig: libc::c_int, handler: usize) {
    // SAFETY: the handler only stores to an atomic flag, which is async-signal-safe.
    unsafe {
        libc::signal(sig, handler as libc::sighandler_t);
    }
}

/// The attention word ([`Heap::attention`]) of the VM that Ctrl-C interrupts.
static SIGNAL_ATTENTION: std::sync::atomic::AtomicPtr<std::sync::atomic::AtomicBool> =
    std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

/// Makes `heap`'s attention word the one [`signal_attention`] sets. The word is kept for
/// the process's life (a handler may run at any moment).
pub fn register_signal_attention(heap: &Heap) {
    let w = std::sync::Arc::into_raw(heap.attention.clone());
    SIGNAL_ATTENTION.store(w.cast_mut(), std::sync::atomic::Ordering::SeqCst);
}

/// Sets the registered attention word, if any (async-signal-safe: atomics only).
pub fn signal_attention() {
    let w = SIGNAL_ATTENTION.load(std::sync::atomic::Ordering::SeqCst);
    if !w.is_null() {
        // SAFETY: a registered word belongs to an `Arc` that is never released
        // (`register_signal_attention` leaks one count).
        unsafe { (*w).store(true, std::sync::atomic::Ordering::SeqCst) };
    }
}

/// CPU time used by the whole process, in nanoseconds (`time.process_time`):
/// `clock_gettime(CLOCK_PROCESS_CPUTIME_ID)`, as CPython uses.
pub fn process_cpu_time_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes to it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{FloatObj, TupleObj};

    fn float(h: &mut Heap, x: f64) -> Value {
        h.alloc(FloatObj {
            header: Header::new(LayoutId::Float),
            value: x,
        })
    }

    fn tuple(h: &mut Heap, items_: &[Value], old: bool) -> Value {
        let size = std::mem::size_of::<TupleObj>() + 8 * items_.len();
        let t = if old {
            h.alloc_old_raw(LayoutId::Tuple, size)
        } else {
            h.alloc_raw(LayoutId::Tuple, size)
        };
        get::<TupleObj>(t).len = items_.len() as u64;
        items(t).copy_from_slice(items_);
        t
    }

    fn minor(h: &mut Heap, roots: &mut [Value]) {
        h.collect_minor(&mut |f: &mut dyn FnMut(&mut Value)| {
            for r in roots.iter_mut() {
                f(r)
            }
        });
    }

    #[test]
    fn minor_collection_moves_survivors_and_updates_references() {
        let mut h = Heap::new(64 * 1024, true);
        let a = float(&mut h, 1.5);
        let b = float(&mut h, 2.5);
        let _garbage = float(&mut h, 9.0);
        let t = tuple(&mut h, &[a, b, a], false);
        let mut roots = vec![t];
        minor(&mut h, &mut roots);
        let t2 = roots[0];
        assert_ne!(t2, t, "the tuple moved out of the nursery");
        assert_ne!(header(t2).flags & flags::OLD, 0);
        let it = items(t2);
        assert_eq!(get::<FloatObj>(it[0]).value, 1.5);
        assert_eq!(get::<FloatObj>(it[1]).value, 2.5);
        assert_eq!(it[0], it[2], "shared references stay shared");
        assert_eq!(h.nursery_used(), 0);
        assert_eq!(h.stats.minor, 1);
    }

    #[test]
    fn write_barrier_keeps_young_objects_reachable_from_old_ones() {
        let mut h = Heap::new(64 * 1024, true);
        let old = tuple(&mut h, &[Value::small(0)], true);
        let mut roots = vec![old];
        minor(&mut h, &mut roots); // clears the initial remembered entry
        let young = float(&mut h, 42.0);
        items(old)[0] = young;
        h.barrier(old);
        minor(&mut h, &mut roots);
        let moved = items(old)[0];
        assert_ne!(moved, young);
        assert_eq!(get::<FloatObj>(moved).value, 42.0);
    }

    #[test]
    fn major_collection_frees_unreachable_old_objects() {
        let mut h = Heap::new(64 * 1024, false);
        let mut roots = Vec::new();
        for i in 0..1000 {
            let f = float(&mut h, i as f64);
            roots.push(tuple(&mut h, &[f], false));
        }
        minor(&mut h, &mut roots);
        let before = h.old_bytes();
        roots.truncate(10);
        h.collect_major(&mut |f: &mut dyn FnMut(&mut Value)| {
            for r in roots.iter_mut() {
                f(r)
            }
        });
        assert!(
            h.old_bytes() < before / 10,
            "{} -> {}",
            before,
            h.old_bytes()
        );
        for (i, &t) in roots.iter().enumerate() {
            assert_eq!(get::<FloatObj>(items(t)[0]).value, i as f64);
        }
    }

    #[test]
    fn identity_of_a_young_object_is_its_final_address() {
        let mut h = Heap::new(64 * 1024, true);
        let a = float(&mut h, 1.0);
        let dead = float(&mut h, 2.0);
        let b = float(&mut h, 3.0);
        let ia = h.identity(a);
        assert_eq!(h.identity(a), ia, "stable before the move");
        let idead = h.identity(dead);
        assert_ne!(ia, idead);
        assert_ne!(ia, a.addr(), "a young id is not the nursery address");
        let mut roots = vec![a, b];
        minor(&mut h, &mut roots);
        assert_eq!(roots[0].addr(), ia, "copied into the reserved block");
        assert_eq!(h.identity(roots[0]), ia);
        assert_eq!(
            h.identity(roots[1]),
            roots[1].addr(),
            "old ids are addresses"
        );
        assert_eq!(get::<FloatObj>(roots[0]).value, 1.0);
        assert!(h.shadows.is_empty(), "dead reservations are released");
    }

    #[test]
    fn large_objects_start_young_and_never_move() {
        let mut h = Heap::new(64 * 1024, false);
        let n = LARGE_LIMIT / 8 + 10;
        let young = float(&mut h, 7.0);
        let big = tuple(&mut h, &vec![young; n], false);
        assert_eq!(header(big).flags & flags::OLD, 0);
        assert_eq!(
            h.identity(big),
            big.addr(),
            "a large object's id is its address"
        );
        let mut roots = vec![big];
        minor(&mut h, &mut roots);
        assert_eq!(roots[0], big, "large objects never move");
        assert_ne!(header(big).flags & flags::OLD, 0, "promoted in place");
        assert_eq!(h.old.large.len(), 1);
        let moved = items(big)[n - 1];
        assert_ne!(moved, young, "its young referents were evacuated");
        assert_eq!(get::<FloatObj>(moved).value, 7.0);
        // Old now: a young value stored into it needs the barrier, as for any old object.
        let f = float(&mut h, 8.0);
        items(big)[0] = f;
        h.barrier(big);
        minor(&mut h, &mut roots);
        assert_eq!(get::<FloatObj>(items(big)[0]).value, 8.0);
    }

    #[test]
    fn dead_young_large_objects_are_freed_by_a_minor_collection() {
        let mut h = Heap::new(64 * 1024, false);
        let n = LARGE_LIMIT / 8 + 10;
        for _ in 0..3 {
            tuple(&mut h, &vec![Value::small(1); n], false);
        }
        assert_eq!(h.young_large.len(), 3);
        let mut roots = Vec::new();
        minor(&mut h, &mut roots);
        assert!(h.young_large.is_empty());
        assert!(h.old.large.is_empty(), "nothing was promoted");
        assert_eq!(h.old_bytes(), 0);
    }
}
