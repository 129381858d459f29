//! coil-x64: the x86-64 backend — compiles optimized traces to machine code with dynasm-rs.
//!
//! Entry point: [`compile`] takes a [`coil_ir::Trace`] and [`CompileParams`] (nursery and
//! helper addresses) and returns a [`CompiledTrace`]: W^X code memory, one [`ExitInfo`]
//! per guard/finish, label addresses for bridges, per-op code offsets for `+N:` logs and
//! per-call GC maps. [`decode_exit`] turns an exit's io buffer back into resume frames,
//! materializing virtuals. See [`frame`] for the runtime interface (JitFrame layout,
//! helper ABI, GC roots).
//!
//! # Using it (the JIT's side)
//! 1. `compile(&trace, &params, TraceKind::Loop, &no_externals)`; `params` carries the
//!    nursery free/top word addresses, the malloc and write-barrier slow paths, the
//!    exception and invalidation words and a `trace_id` (see [`frame`]).
//! 2. `JitFrame::new(spill_words, io_words)` sized to the maximum over the loop and all its
//!    bridges; write the inputs (raw words) to `frame.io_mut()`; `unsafe { ct.run(&mut
//!    frame) }` returns an [`ExitId`]: `trace()` names the compiled trace (loop or bridge)
//!    that left, `index()` its [`ExitInfo`].
//! 3. Guard exits: [`decode_exit`] with an [`ExitHeap`] builds the resume frames from the io
//!    buffer and materializes the snapshot's virtuals; finish/jump exits list their values.
//! 4. Bridges: compile the side trace with `TraceKind::Bridge`, its inputs being the
//!    guard's `ExitInfo::values` (same order and types), `spill_base` = the family's spill
//!    words so far, and `externals` = the loop's `labels` (a final `jump` to them moves the
//!    values into the label's registers/slots and enters the loop); then
//!    `loop.patch_exit(index, bridge.addr())`. Keep every trace of a family alive while
//!    any of them can run.
//! 5. GC: a collection can only happen inside a call; the frame's call-site word
//!    ([`JitFrame::call_site`]) names the call, whose [`CallSite::ref_slots`] are the ref
//!    roots in the spill area (update them in place when objects move).
//! 6. Logs: [`CompiledTrace::op_offsets`] / [`print_with_offsets`] give PyPy's `+N:` form.
//!
//! Module map: `emit` (the only place that spells instructions), `regalloc` (live ranges,
//! linear scan, spill slots), `asm` (lowering of every op, exit stubs, slow paths),
//! `codemem` (mmap/mprotect), `exit` (deopt decoding), `sim` (a real-memory mirror of the
//! evaluator's heap for differential tests), `fuzz` (random traces, differential runner).

pub mod asm;
pub mod codemem;
pub mod emit;
pub mod exit;
pub mod frame;
pub mod fuzz;
pub mod log;
pub mod regalloc;
pub mod sim;

pub use asm::{
    compile, CallSite, CompileError, CompiledTrace, Entry, ExitId, ExitInfo, ExitKind, LabelInfo,
    TraceKind,
};
pub use exit::{decode_exit, ExitHeap};
pub use frame::{
    take_pending, CompileParams, DirectArg, DirectCall, DirectCell, DirectEnv, DirectWords,
    JitFrame,
};
pub use log::print_with_offsets;
pub use regalloc::Loc;
