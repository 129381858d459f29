//! The heap's entry points for compiled JIT code: nursery word addresses for the inline
//! bump, the malloc and write-barrier slow paths, and raw field stores for deopt.
//!
//! Compiled code calls the slow paths with no VM argument, so the heap a trace runs
//! against is registered per thread ([`Heap::enter_jit`]) right before the JIT enters
//! machine code; the VM (and so its heap) does not move while a trace runs.

use super::{header, Heap};
use crate::layout::flags;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<*mut Heap> = const { Cell::new(std::ptr::null_mut()) };
    static CURRENT_VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
}

/// Registers `vm` (and its heap) as the one compiled code on this thread runs against:
/// called right before the JIT enters machine code.
pub fn enter_jit_vm(vm: &mut Vm) {
    vm.heap.enter_jit();
    CURRENT_VM.with(|c| c.set(vm as *mut Vm));
}

/// Runs `f` on the VM registered by [`enter_jit_vm`]: for helpers called from compiled
/// code (which has no VM argument). Panics when no VM is registered on this thread.
pub fn with_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> R {
    let p = CURRENT_VM.with(|c| c.get());
    assert!(!p.is_null(), "JIT helper call without a registered VM");
    // SAFETY: `enter_jit_vm` registered the VM whose trace is running on this thread; the
    // VM does not move while it runs, and the JIT does not touch it while compiled code
    // runs (the helper is the only user until it returns to the machine code).
    f(unsafe { &mut *p })
}

/// Bit index, in the 64-bit header word, of the flag whose presence sends a store into
/// the write-barrier slow path (TRACK: old and not yet remembered; the slow path clears
/// it, so later stores into the same object take no call until the next collection).
pub const WB_FLAG_BIT: u8 = 32 + flags::TRACK.trailing_zeros() as u8;

impl Heap {
    /// Addresses of the nursery's free-pointer and limit words (the JIT's inline bump).
    pub fn nursery_words(&self) -> (u64, u64) {
        (
            &self.nursery.top as *const usize as u64,
            &self.nursery.end as *const usize as u64,
        )
    }

    /// Registers this heap as the one compiled code on this thread allocates in.
    pub fn enter_jit(&mut self) {
        CURRENT.with(|c| c.set(self as *mut Heap));
    }

    /// `size` bytes of nursery memory (not zeroed, no header): the inline bump's slow
    /// path. Never collects: a full nursery gets an extra chunk and requests a collection.
    pub fn reserve_young(&mut self, size: usize) -> usize {
        let size = (size.max(16) + 7) & !7;
        let mut top = self.nursery.top;
        if top + size > self.nursery.end {
            top = self.refill(size);
        }
        self.nursery.top = top + size;
        top
    }
}

/// The JIT's malloc slow path (`CompileParams::malloc_slowpath`).
pub extern "sysv64" fn jit_malloc_slowpath(size: u64) -> u64 {
    let h = CURRENT.with(|c| c.get());
    assert!(!h.is_null(), "JIT allocation without a registered heap");
    // SAFETY: `enter_jit` registered the heap of the VM whose trace is running on this
    // thread; the VM is not otherwise accessed while compiled code runs.
    let heap = unsafe { &mut *h };
    heap.reserve_young(size as usize) as u64
}

/// The JIT's write-barrier slow path (`CompileParams::wb_slowpath`): `obj` is old.
pub extern "sysv64" fn jit_wb_slowpath(obj: u64) {
    let h = CURRENT.with(|c| c.get());
    assert!(!h.is_null(), "JIT write barrier without a registered heap");
    // SAFETY: as in `jit_malloc_slowpath`.
    let heap = unsafe { &mut *h };
    heap.barrier(Value::from_addr(obj as usize));
}

/// Stores the low `size` bytes of `bits` at byte `offset` of `obj` (deopt filling in a
/// materialized object; the caller checked the offset against the object's layout),
/// then runs the write barrier.
pub fn store_raw(heap: &mut Heap, obj: Value, offset: usize, size: u8, bits: u64) {
    let _ = header(obj);
    let p = obj.addr() + offset;
    // SAFETY: `obj` is a live object at least `offset + size` bytes long (caller).
    unsafe {
        match size {
            1 => *(p as *mut u8) = bits as u8,
            2 => *(p as *mut u16) = bits as u16,
            4 => *(p as *mut u32) = bits as u32,
            _ => *(p as *mut u64) = bits,
        }
    }
    heap.barrier(obj);
}
