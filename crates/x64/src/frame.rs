//! The runtime interface of compiled code: the JitFrame layout and the compile parameters.
//!
//! Compiled code is entered as `extern "sysv64" fn(frame: *mut u64) -> u64` with `rbp`
//! pointing at the frame for the whole run:
//!
//! ```text
//!  word 0   io        pointer to the io buffer (inputs on entry, exit values on exit)
//!  word 1   forced    non-zero when a may-force call forced the frame (guard_not_forced)
//!  word 2   call site (trace_id << 32 | index + 1) of the call in progress, 0 before any
//!  word 3   return    set by a `finish` at a function's return when the trace was compiled
//!                     with `CompileParams::return_finish`: 1 int, 2 ref (the value in rdx)
//!  word 4.. spill     spill slots; slot k is word 4 + k
//! ```
//!
//! **Direct calls** (PyPy's call_assembler in machine code, [`DirectCall`]): a trace's
//! residual call of a Python function whose function trace is compiled allocates the
//! callee's frame (header, spill area, io buffer: [`DirectWords::frame_bytes`]) on the
//! native stack, writes the arguments into its io buffer as the callee's entry kinds
//! want them, and calls the callee's entry like Rust does. A `finish` at the callee's
//! return hands the value back in rdx (word 3 says its kind); any other exit leaves the
//! frame in place, names it in [`DirectWords`]'s pending words and calls the residual
//! helper, which rebuilds the callee's interpreter frame from it ([`take_pending`]).
//!
//! **GC roots:** during a call (the only place a collection can happen) every value live
//! after the call sits in its spill slot; the frame's call-site word names the call
//! (`JitFrame::call_site`), and that [`crate::CallSite::ref_slots`] lists the slots that
//! hold refs there (a moving collector updates them in place; the code reloads after). The io buffer holds
//! refs after an exit until the runtime decodes it.
//!
//! The return value is the exit index ([`crate::ExitId`]); the exit's values are in the io
//! buffer in the order [`crate::ExitInfo::values`] gives.

use std::sync::atomic::{AtomicU64, Ordering};

/// Word offsets in the frame header.
pub const FRAME_IO: i32 = 0;
/// Offset of the `forced` word.
pub const FRAME_FORCED: i32 = 8;
/// Offset of the current call-site word.
pub const FRAME_CALL_SITE: i32 = 16;
/// Offset of the return-kind word (see the module doc).
pub const FRAME_RETURN: i32 = 24;
/// [`FRAME_RETURN`]: the finish returned a raw int (tagged by the caller).
pub const RETURN_INT: i32 = 1;
/// [`FRAME_RETURN`]: the finish returned a ref.
pub const RETURN_REF: i32 = 2;
/// Number of header words before the spill area.
pub const FRAME_HEADER_WORDS: usize = 4;

/// Byte offset of spill slot `k` from the frame pointer.
pub fn slot_offset(k: u32) -> i32 {
    ((FRAME_HEADER_WORDS as u32 + k) * 8) as i32
}

/// A frame for running compiled code: header, spill area and its io buffer.
pub struct JitFrame {
    words: Vec<u64>,
    io: Vec<u64>,
}

impl JitFrame {
    /// A frame with `spill_words` spill slots and an io buffer of `io_words` words.
    pub fn new(spill_words: usize, io_words: usize) -> JitFrame {
        let mut f = JitFrame {
            words: vec![0; FRAME_HEADER_WORDS + spill_words],
            io: vec![0; io_words.max(1)],
        };
        f.words[0] = f.io.as_mut_ptr() as u64;
        f
    }
    /// The io buffer (inputs before the run, exit values after).
    pub fn io(&self) -> &[u64] {
        &self.io
    }
    /// The io buffer, writable.
    pub fn io_mut(&mut self) -> &mut [u64] {
        &mut self.io
    }
    /// The spill area (GC roots during calls, see the module doc).
    pub fn spill(&self) -> &[u64] {
        &self.words[FRAME_HEADER_WORDS..]
    }
    /// The call in progress: (trace id, index into that trace's `call_sites`), if any.
    pub fn call_site(&self) -> Option<(u32, usize)> {
        let w = self.words[2];
        if w & 0xffff_ffff == 0 {
            None
        } else {
            Some(((w >> 32) as u32, (w & 0xffff_ffff) as usize - 1))
        }
    }
    /// Marks the frame forced (what the runtime does when a may-force call forces it).
    pub fn set_forced(&mut self, v: bool) {
        self.words[1] = v as u64;
    }
    /// Pointer passed to the compiled code.
    pub fn as_mut_ptr(&mut self) -> *mut u64 {
        self.words.as_mut_ptr()
    }
    /// Spill capacity in words.
    pub fn spill_words(&self) -> usize {
        self.words.len() - FRAME_HEADER_WORDS
    }
}

/// Process-wide facts the compiled code needs, baked in as immediates.
///
/// Helper ABI (all `extern "sysv64"`):
/// - `malloc_slowpath(size: u64) -> u64`: returns at least `size` bytes (8-aligned,
///   need not be zeroed); must not collect (a full nursery hands out an extra chunk and
///   requests a collection).
/// - `wb_slowpath(obj: u64)`: called when the header of `obj` has the write-barrier flag;
///   records `obj` in the remembered set and clears the flag; must not collect.
#[derive(Clone, Debug, Default)]
pub struct CompileParams {
    /// Address of the nursery's free pointer word.
    pub nursery_free: u64,
    /// Address of the nursery's top (limit) word.
    pub nursery_top: u64,
    /// Allocation slow path (0: none, allocation ops are a compile error).
    pub malloc_slowpath: u64,
    /// Write-barrier slow path (0: no barriers are emitted).
    pub wb_slowpath: u64,
    /// Bit index (0..64) in the header word of the "needs write barrier" GC flag.
    pub wb_flag_bit: u8,
    /// Address of the pending-exception word (non-zero: the last call raised).
    pub exc_addr: u64,
    /// Address of the invalidation word (non-zero: guard_not_invalidated fails); 0: never.
    pub invalidated_addr: u64,
    /// First spill slot this trace may use (bridges start after their loop's slots so
    /// the loop's label slots survive).
    pub spill_base: u32,
    /// Address of a loop budget word; when non-zero every jump back to a label
    /// decrements it and leaves through an `IterationLimit` exit once it drops below 0
    /// (tests: the evaluator's iteration cap, so runaway loops end; the JIT starts it at
    /// `i64::MAX` and reads it as the loop family's iteration count).
    pub loop_budget_addr: u64,
    /// Address of an iteration-count word (0: none), incremented where a loop's body
    /// is entered rather than on its back-edge, so the loop body pays nothing: where a
    /// peeled trace's preamble falls into its loop label, at a jump into another trace
    /// (a bridge going back to its loop), and at every back-edge of a trace with a
    /// single label (a loop that was not peeled). The JIT reads it as how often its
    /// loop family completed an iteration from an entry (exit policy, counts log).
    pub iter_count_addr: u64,
    /// Id of this trace, returned in the high half of every exit id.
    pub trace_id: u32,
    /// Every `finish` is a function's return whose value is its last argument: it also
    /// stores the value's kind in the frame's return word and the value in rdx (for a
    /// direct caller; see the module doc).
    pub return_finish: bool,
    /// The residual calls compiled as direct calls, and what they need.
    pub direct: Option<DirectEnv>,
}

/// Words shared by the runtime and direct calls (a `#[repr(C)]` block whose address
/// [`DirectEnv::words`] names): the frame size every trace fits, and the exit a direct
/// call left through, for its helper.
#[repr(C)]
#[derive(Debug, Default)]
pub struct DirectWords {
    /// Bytes of a whole frame on the native stack: header, spill area, io buffer (a
    /// multiple of 16).
    pub frame_bytes: AtomicU64,
    /// Byte offset of the io buffer in it.
    pub io_offset: AtomicU64,
    /// `Vm::frames.len()` when the current run of compiled code started (the recursion
    /// limit check counts it).
    pub frames_base: AtomicU64,
    /// The exit id a direct call's callee left through other than its return (0: none).
    pub pending_exit: AtomicU64,
    /// The callee's frame on the native stack, while `pending_exit` is set.
    pub pending_frame: AtomicU64,
}

impl DirectWords {
    /// Sizes the native-stack frames as a [`JitFrame::new`] of these sizes.
    pub fn set_frame_size(&self, spill_words: usize, io_words: usize) {
        let head = (FRAME_HEADER_WORDS + spill_words) * 8;
        let bytes = (head + io_words.max(1) * 8).next_multiple_of(16);
        self.frame_bytes.store(bytes as u64, Ordering::Relaxed);
        self.io_offset.store(head as u64, Ordering::Relaxed);
    }
}

/// Byte offsets of the [`DirectWords`] fields.
pub(crate) const DW_FRAME_BYTES: i32 = 0;
pub(crate) const DW_IO_OFFSET: i32 = 8;
pub(crate) const DW_FRAMES_BASE: i32 = 16;
pub(crate) const DW_PENDING_EXIT: i32 = 24;
pub(crate) const DW_PENDING_FRAME: i32 = 32;

/// Byte offsets of the [`DirectCell`] fields.
pub(crate) const CELL_ENTRY: i32 = 0;
pub(crate) const CELL_SIG: i32 = 8;
pub(crate) const CELL_ITERS: i32 = 16;

/// A callee's direct-call cell (`#[repr(C)]`, at [`DirectCall::cell`]): the entry of its
/// function trace (0: none now), the entry kinds' signature it was compiled for, and the
/// iteration-count word an entry bumps.
#[repr(C)]
#[derive(Debug, Default)]
pub struct DirectCell {
    /// Entry address (0: the callee has no usable function trace).
    pub entry: AtomicU64,
    /// Signature of the entry kinds.
    pub sig: AtomicU64,
    /// Address of a word incremented per entry.
    pub iters: AtomicU64,
}

/// What direct calls read from the VM and the runtime (addresses of words).
#[derive(Clone, Debug, Default)]
pub struct DirectEnv {
    /// The [`DirectWords`].
    pub words: u64,
    /// `Vm::depth` (Rust re-entries counted against the recursion limit).
    pub depth: u64,
    /// `Vm::recursion_limit`.
    pub limit: u64,
    /// `Vm::stack_floor` (the native stack may not go below it).
    pub stack_floor: u64,
    /// The float layout id (a ref argument that is a float goes the helper's way).
    pub float_layout: u32,
    /// The direct calls, by op index.
    pub calls: Vec<DirectCall>,
}

/// How a direct call passes one positional argument to the callee's entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectArg {
    /// Not an input of the callee.
    Dead,
    /// A small int, untagged.
    Int,
    /// A heap object other than a float.
    Ref,
}

/// One residual call (`f, inlined frames, n, args...`) compiled as a direct call.
#[derive(Clone, Debug)]
pub struct DirectCall {
    /// The call op's index.
    pub pos: u32,
    /// The callee's [`DirectCell`].
    pub cell: u64,
    /// The entry signature the arguments are converted for.
    pub sig: u64,
    /// Per positional argument.
    pub args: Vec<DirectArg>,
    /// Added to `Vm::depth` while the callee runs (its frames as the helper counts them).
    pub depth_cost: i32,
    /// The call's inlined frames, counted against the recursion limit.
    pub inlined: i32,
}

/// The exit a direct call left through, if one is pending: clears it and copies the
/// callee's native-stack frame (header, spill area, io buffer) into `into`, which has
/// the sizes the frames were allocated with ([`DirectWords::set_frame_size`]).
pub fn take_pending(words: &DirectWords, into: &mut JitFrame) -> Option<u64> {
    let exit = words.pending_exit.swap(0, Ordering::Relaxed);
    if exit == 0 {
        return None;
    }
    let at = words.pending_frame.swap(0, Ordering::Relaxed) as *const u64;
    let n = FRAME_HEADER_WORDS + into.spill_words();
    // SAFETY: only a direct call's machine code sets `pending_exit`, and only with
    // `pending_frame` naming the callee's frame, still allocated on the native stack below
    // the helper call this runs in, sized by `set_frame_size` with the sizes `into` has:
    // `n` header and spill words, then the io buffer its word 0 points at.
    unsafe {
        for k in 1..n {
            into.words[k] = *at.add(k);
        }
        let io = *at as *const u64;
        for (k, w) in into.io.iter_mut().enumerate() {
            *w = *io.add(k);
        }
    }
    Some(exit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::offset_of;

    #[test]
    fn direct_layouts_match_the_offsets_machine_code_uses() {
        assert_eq!(
            offset_of!(DirectWords, frame_bytes),
            DW_FRAME_BYTES as usize
        );
        assert_eq!(offset_of!(DirectWords, io_offset), DW_IO_OFFSET as usize);
        assert_eq!(
            offset_of!(DirectWords, frames_base),
            DW_FRAMES_BASE as usize
        );
        assert_eq!(
            offset_of!(DirectWords, pending_exit),
            DW_PENDING_EXIT as usize
        );
        assert_eq!(
            offset_of!(DirectWords, pending_frame),
            DW_PENDING_FRAME as usize
        );
        assert_eq!(offset_of!(DirectCell, entry), CELL_ENTRY as usize);
        assert_eq!(offset_of!(DirectCell, sig), CELL_SIG as usize);
        assert_eq!(offset_of!(DirectCell, iters), CELL_ITERS as usize);
    }

    #[test]
    fn frame_bytes_cover_a_jit_frame_and_keep_the_stack_aligned() {
        let w = DirectWords::default();
        for (s, i) in [(0, 1), (3, 5), (96, 96), (97, 100)] {
            w.set_frame_size(s, i);
            let bytes = w.frame_bytes.load(Ordering::Relaxed) as usize;
            let io = w.io_offset.load(Ordering::Relaxed) as usize;
            assert_eq!(bytes % 16, 0);
            assert_eq!(io, (FRAME_HEADER_WORDS + s) * 8);
            assert!(io + 8 * i.max(1) <= bytes);
        }
    }
}
