//! The runtime interface of compiled code: the JitFrame layout and the compile parameters.
//!
//! Compiled code is entered as `extern "sysv64" fn(frame: *mut u64) -> u64` with `rbp`
//! pointing at the frame for the whole run:
//!
//! ```text
//!  word 0   io        pointer to the io buffer (inputs on entry, exit values on exit)
//!  word 1   forced    non-zero when a may-force call forced the frame (guard_not_forced)
//!  word 2   call site (trace_id << 32 | index + 1) of the call in progress, 0 before any
//!  word 3   reserved
//!  word 4.. spill     spill slots; slot k is word 4 + k
//! ```
//!
//! **GC roots:** during a call (the only place a collection can happen) every value live
//! after the call sits in its spill slot; the frame's call-site word names the call
//! (`JitFrame::call_site`), and that [`crate::CallSite::ref_slots`] lists the slots that
//! hold refs there (a moving collector updates them in place; the code reloads after). The io buffer holds
//! refs after an exit until the runtime decodes it.
//!
//! The return value is the exit index ([`crate::ExitId`]); the exit's values are in the io
//! buffer in the order [`crate::ExitInfo::values`] gives.

/// Word offsets in the frame header.
pub const FRAME_IO: i32 = 0;
/// Offset of the `forced` word.
pub const FRAME_FORCED: i32 = 8;
/// Offset of the current call-site word.
pub const FRAME_CALL_SITE: i32 = 16;
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
}
