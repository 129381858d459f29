//! coil-x64: the x86-64 backend — compiles optimized traces to machine code with dynasm-rs.
//!
//! Entry point: [`compile`] takes a [`coil_ir::Trace`] and [`CompileParams`] (nursery and
//! helper addresses) and returns a [`CompiledTrace`]: W^X code memory, one [`ExitInfo`]
//! per guard/finish, label addresses for bridges, per-op code offsets for `+N:` logs and
//! per-call GC maps. [`decode_exit`] turns an exit's io buffer back into resume frames,
//! materializing virtuals. See [`frame`] for the runtime interface (JitFrame layout,
//! helper ABI, GC roots).
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
    compile, CallSite, CompileError, CompiledTrace, ExitId, ExitInfo, ExitKind, LabelInfo,
    TraceKind,
};
pub use exit::{decode_exit, ExitHeap};
pub use frame::{CompileParams, JitFrame};
pub use log::print_with_offsets;
pub use regalloc::Loc;
