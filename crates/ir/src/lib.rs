//! coil-ir: the trace IR (op table, traces, descrs, snapshots), its text form, verifier and
//! reference evaluator. Knows nothing about the VM.
//!
//! # Memory model (what the backend and the VM agree on)
//! - A `Ref` is a u64 address; 0 is null. An object starts with a one-word header: the
//!   u32 layout id in the low 32 bits, GC flags in the high 32 bits. Fields live at the
//!   byte offsets their [`FieldDescr`]s give; arrays keep their length at
//!   `ArrayDescr::len_offset` and item k at `base_offset + k * item_size`.
//! - `guard_class(p, C)` compares the class field of `p` with the int constant `C`. By
//!   default that is the u32 layout id at offset 0; a trace may name another word
//!   ([`ClassField`], e.g. an instance's map pointer), printed as a
//!   `# class_field offset=N size=N` line.
//! - `new`/`new_with_vtable` write the SizeDescr's layout id into the header and zero the
//!   rest; `new_array` writes the ArrayDescr's layout id and the length, items zeroed.
//!   (The evaluator models the header as the layout id alone: a load at offset 0 reads
//!   it; GC flags are invisible to traces.) Field and item sizes are 1, 2, 4 or 8 bytes;
//!   narrower ints are sign- or zero-extended on load as their descr says.
//! - Floats in traces are unboxed f64; ints are i64 with wrapping arithmetic; `_ovf` ops
//!   set the overflow condition that the following guard_no_overflow tests.
//!
//! # Control flow
//! - `label(a, b, descr=TargetToken(T))` names a loop entry; its arguments are existing
//!   values (distinct refs, not constants). `jump(x, y, descr=TargetToken(T))` to a label
//!   of the same trace assigns `x, y` to `a, b` (all at once, a parallel move) and
//!   continues after the label; ops after a label may use earlier values only through
//!   its arguments (the verifier checks this). A jump to a token not in the trace leaves
//!   it (bridges jumping to a loop); `finish(...)` leaves with values.
//! - A guard's identity is its op (`IrRef`); `descr=<Guard0xN>` prints its snapshot id,
//!   so guards that resume identically print the same descr.
//!
//! # Text form
//! See [`printer`] and [`parser`]: PyPy's log syntax, round-tripping.

pub mod descr;
pub mod eval;
pub mod op;
pub mod parser;
pub mod printer;
pub mod snapshot;
pub mod trace;
pub mod types;
pub mod verify;

pub use descr::{ArrayDescr, CallDescr, Descr, Descrs, Effect, FieldDescr, SizeDescr};
pub use eval::{
    earlier_exit_matches, equivalent, eval_pure, fold, EvalError, Exit, ExitFrame, ExitKind, Heap,
    Machine, Object, Val,
};
pub use op::{Flags, OpInfo, Opcode, ALL_OPCODES};
pub use parser::{parse, ParseError};
pub use snapshot::{Frame, SnapValue, Snapshot, VirtualDesc};
pub use trace::{Args, ClassField, ConstPool, Op, Trace};
pub use types::{
    ArrayId, CallId, Const, ConstId, FieldId, IrRef, Opnd, SizeId, SnapId, TargetId, TextId, Type,
    VirtId,
};
pub use verify::{verify, VerifyError};
