//! The old space: non-moving size-class pages with free lists, plus a large-object space.
//!
//! ```text
//!  class k: [page 64 KiB][page 64 KiB]...   each page holds PAGE/size(k) slots
//!  a slot whose header layout is 0 (LayoutId::Free) is free and on class k's free list,
//!  or in the never-used tail of the class's newest page (bump allocated)
//!  pages: carved from ARENA-sized anonymous mappings (zero, untouched until used)
//!  large objects (> MAX_CLASS bytes): one std::alloc block each, listed in `large`
//! ```
//!
//! A large object allocated by running code starts young (see `Heap::alloc_raw`): its
//! block is listed here only once it survives a minor collection.

use crate::layout::Header;
use std::alloc::{alloc_zeroed, dealloc, Layout};

/// Slot sizes of the size classes, in bytes.
pub const CLASS_SIZES: [usize; 30] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 6144, 8192,
];
/// Largest size served by a size class.
pub const MAX_CLASS: usize = 8192;
const PAGE: usize = 64 * 1024;
/// Pages come from anonymous mappings of this size: zero-filled by the kernel and
/// resident only once touched, so a fresh page costs neither a memset nor memory
/// before its slots are used.
const ARENA: usize = 16 * PAGE;

struct SizeClass {
    size: usize,
    pages: Vec<usize>,
    free: Vec<usize>,
    /// The never-used (zero) tail `[bump, bump_end)` of the newest page: served after
    /// the free list, before a new page (a sweep moves it into the free list).
    bump: usize,
    bump_end: usize,
}

pub(crate) struct LargeObj {
    pub addr: usize,
    pub size: usize,
}

pub struct OldSpace {
    classes: Vec<SizeClass>,
    /// Anonymous mappings of `ARENA` bytes that pages are carved from, and the unused
    /// rest `[arena_next, arena_end)` of the newest.
    arenas: Vec<usize>,
    arena_next: usize,
    arena_end: usize,
    pub(crate) large: Vec<LargeObj>,
    /// Bytes in use (approximate between collections).
    pub live_bytes: usize,
    pub allocated_since_major: usize,
    /// Bytes of large objects made old since the last major collection, and of the
    /// large objects that survived it (see `Heap::large_major_due`).
    pub large_since_major: usize,
    pub large_live: usize,
    /// External bytes (`collect::external_size`) owned by old objects, those made old
    /// since the last major collection, and those alive after it.
    pub external_bytes: usize,
    pub external_since_major: usize,
    pub external_live: usize,
}

fn class_index(size: usize) -> usize {
    if size <= 128 {
        size.div_ceil(16) - 1
    } else {
        CLASS_SIZES
            .iter()
            .position(|&s| s >= size)
            .unwrap_or(CLASS_SIZES.len() - 1)
    }
}

impl Default for OldSpace {
    fn default() -> OldSpace {
        OldSpace::new()
    }
}

impl OldSpace {
    pub fn new() -> OldSpace {
        OldSpace {
            classes: CLASS_SIZES
                .iter()
                .map(|&size| SizeClass {
                    size,
                    pages: Vec::new(),
                    free: Vec::new(),
                    bump: 0,
                    bump_end: 0,
                })
                .collect(),
            arenas: Vec::new(),
            arena_next: 0,
            arena_end: 0,
            large: Vec::new(),
            live_bytes: 0,
            allocated_since_major: 0,
            large_since_major: 0,
            large_live: 0,
            external_bytes: 0,
            external_since_major: 0,
            external_live: 0,
        }
    }

    /// A zeroed block of at least `size` bytes (8-aligned).
    pub fn alloc(&mut self, size: usize) -> usize {
        self.alloc_zeroed_from(size, 0)
    }

    /// A block of at least `size` bytes (8-aligned) whose first `keep` bytes are left as
    /// they are (the caller writes them: a minor collection copying an object) and the
    /// rest zeroed.
    pub fn alloc_zeroed_from(&mut self, size: usize, keep: usize) -> usize {
        self.allocated_since_major += size;
        if size > MAX_CLASS {
            let layout = Layout::from_size_align(size, 16).expect("object size overflow");
            // SAFETY: layout has non-zero size; a null result is handled below.
            let p = unsafe { alloc_zeroed(layout) };
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            self.large.push(LargeObj {
                addr: p as usize,
                size,
            });
            self.live_bytes += size;
            self.large_since_major += size;
            return p as usize;
        }
        let k = class_index(size);
        let c = &mut self.classes[k];
        self.live_bytes += c.size;
        if let Some(addr) = c.free.pop() {
            let keep = keep.min(c.size);
            if keep < c.size {
                // SAFETY: `addr` is a free slot of `c.size` bytes inside one of our pages.
                unsafe { std::ptr::write_bytes((addr + keep) as *mut u8, 0, c.size - keep) };
            }
            return addr;
        }
        if c.bump_end - c.bump < c.size {
            let page = self.new_page();
            let c = &mut self.classes[k];
            c.pages.push(page);
            c.bump = page;
            c.bump_end = page + PAGE / c.size * c.size;
        }
        // A never-used slot: still zero.
        let c = &mut self.classes[k];
        let addr = c.bump;
        c.bump += c.size;
        addr
    }

    /// A fresh zero page of `PAGE` bytes from the newest arena (mapping a new one when
    /// it is used up).
    fn new_page(&mut self) -> usize {
        if self.arena_end - self.arena_next < PAGE {
            // SAFETY: an anonymous private mapping; no existing memory is affected.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    ARENA,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                    -1,
                    0,
                )
            };
            if p == libc::MAP_FAILED {
                std::alloc::handle_alloc_error(
                    Layout::from_size_align(ARENA, PAGE).expect("arena layout"),
                );
            }
            self.arenas.push(p as usize);
            self.arena_next = p as usize;
            self.arena_end = p as usize + ARENA;
        }
        let page = self.arena_next;
        self.arena_next += PAGE;
        page
    }

    /// A zeroed block for a young large object: not listed in `large` (so not swept)
    /// until a minor collection finds it alive and calls [`OldSpace::adopt_large`].
    pub fn alloc_large_young(&mut self, size: usize) -> usize {
        let layout = Layout::from_size_align(size, 16).expect("object size overflow");
        // SAFETY: layout has non-zero size; a null result is handled below.
        let p = unsafe { alloc_zeroed(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        p as usize
    }

    /// A young large object survived its first minor collection: it is old from now on.
    pub fn adopt_large(&mut self, addr: usize, size: usize) {
        self.allocated_since_major += size;
        self.live_bytes += size;
        self.large_since_major += size;
        self.large.push(LargeObj { addr, size });
    }

    /// A young large object died before its first minor collection ended.
    pub fn free_large_young(&mut self, addr: usize, size: usize) {
        let layout = Layout::from_size_align(size, 16).expect("valid layout");
        // SAFETY: allocated by `alloc_large_young` with this layout, never adopted, freed
        // once here.
        unsafe { dealloc(addr as *mut u8, layout) };
    }

    /// Return an unused block obtained from `alloc(size)` (never handed out to an object).
    pub fn free_block(&mut self, addr: usize, size: usize) {
        if size > MAX_CLASS {
            if let Some(i) = self.large.iter().position(|o| o.addr == addr) {
                let obj = self.large.swap_remove(i);
                let layout = Layout::from_size_align(obj.size, 16).expect("valid layout");
                // SAFETY: allocated in `alloc` with this same layout, freed once here.
                unsafe { dealloc(obj.addr as *mut u8, layout) };
                self.live_bytes -= obj.size;
            }
            return;
        }
        let c = &mut self.classes[class_index(size)];
        self.live_bytes = self.live_bytes.saturating_sub(c.size);
        c.free.push(addr);
    }

    /// Call `f` with the address of every object in the old space (used slots and large
    /// objects); frees and moves nothing.
    pub fn for_each_object(&self, mut f: impl FnMut(usize)) {
        for c in self.classes.iter() {
            for &base in c.pages.iter() {
                for i in 0..PAGE / c.size {
                    let addr = base + i * c.size;
                    // SAFETY: every slot starts with a header (zero when free).
                    let h = unsafe { &*(addr as *const Header) };
                    if h.layout != 0 {
                        f(addr);
                    }
                }
            }
        }
        for obj in self.large.iter() {
            f(obj.addr);
        }
    }

    /// Sweep: `live(addr)` says whether a used slot survives (and clears its mark);
    /// dead slots are passed to `finalize` and freed.
    pub fn sweep(&mut self, mut live: impl FnMut(usize) -> bool, mut finalize: impl FnMut(usize)) {
        let mut live_bytes = 0;
        for c in self.classes.iter_mut() {
            c.free.clear();
            // The never-used tail is free too (zero headers): it joins the free list.
            c.bump = 0;
            c.bump_end = 0;
            for &base in c.pages.iter() {
                for i in (0..PAGE / c.size).rev() {
                    let addr = base + i * c.size;
                    // SAFETY: every slot starts with a header (zero when free).
                    let h = unsafe { &mut *(addr as *mut Header) };
                    if h.layout != 0 {
                        if live(addr) {
                            live_bytes += c.size;
                            continue;
                        }
                        finalize(addr);
                        h.layout = 0;
                        h.flags = 0;
                    }
                    c.free.push(addr);
                }
            }
        }
        let mut kept = Vec::with_capacity(self.large.len());
        let mut large_live = 0;
        for obj in self.large.drain(..) {
            if live(obj.addr) {
                live_bytes += obj.size;
                large_live += obj.size;
                kept.push(obj);
            } else {
                finalize(obj.addr);
                let layout = Layout::from_size_align(obj.size, 16).expect("valid layout");
                // SAFETY: allocated in `alloc` with this same layout, freed once here.
                unsafe { dealloc(obj.addr as *mut u8, layout) };
            }
        }
        self.large = kept;
        self.live_bytes = live_bytes;
        self.allocated_since_major = 0;
        self.large_live = large_live;
        self.large_since_major = 0;
    }
}

impl Drop for OldSpace {
    fn drop(&mut self) {
        for &a in self.arenas.iter() {
            // SAFETY: each arena is a mapping of ARENA bytes made by `new_page`; no
            // object in it is used after the old space is dropped.
            unsafe { libc::munmap(a as *mut libc::c_void, ARENA) };
        }
        for obj in self.large.drain(..) {
            let layout = Layout::from_size_align(obj.size, 16).expect("valid layout");
            // SAFETY: allocated in `alloc` with this same layout, freed once here.
            unsafe { dealloc(obj.addr as *mut u8, layout) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_cover_every_small_size() {
        for size in (16..=MAX_CLASS).step_by(8) {
            let k = class_index(size);
            assert!(CLASS_SIZES[k] >= size, "{size} -> {}", CLASS_SIZES[k]);
            if k > 0 {
                assert!(CLASS_SIZES[k - 1] < size);
            }
        }
    }

    #[test]
    fn sweep_frees_and_reuses_slots() {
        let mut old = OldSpace::new();
        let a = old.alloc(24);
        let b = old.alloc(24);
        for addr in [a, b] {
            // SAFETY: test writes a header into the block it just got.
            unsafe { (*(addr as *mut Header)).layout = 7 };
        }
        let mut dead = Vec::new();
        old.sweep(|x| x == a, |x| dead.push(x));
        assert_eq!(dead, vec![b]);
        let c = old.alloc(24);
        assert_eq!(c, b, "freed slot is reused");
        assert_ne!(c, a);
    }
}
