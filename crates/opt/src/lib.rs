//! coil-opt: the trace optimizer: passes over coil-ir traces, one per file, run in a
//! fixed order by a pipeline configured with PyPy's `enable_opts` string.
//!
//! Order (the pass table in [`pipeline`]): `intbounds`, `rewrite`, `virtualize`, `pure`,
//! `heap` form one chain each op passes through ([`optimizer`]); `unroll` drives the
//! chain twice over a loop (preamble, then loop body). Each decision is counted in
//! [`Stats`], and with [`optimize_explained`] recorded as a [`Decision`];
//! [`annotate`] prints the input trace with each decision as a comment under its op.
//!
//! # Interface
//! - Input: a verified trace. A loop to peel is `[inputs] label(inputs, T) ... jump(.., T)`
//!   with the label's arguments exactly the inputs in order; anything else (bridges,
//!   straight traces, loops with unroll off) is optimized in one sweep.
//! - Output of a peeled loop: `label(inputs, T)` preamble `label(args, T+1)` loop
//!   `jump(.., T+1)` where `T+1` is one more than the largest target in the input. The
//!   loop label's arguments carry what the preamble established (classes, ranges,
//!   fields of loop-carried virtuals exploded into separate arguments, hoisted loads and
//!   pure results), so code from elsewhere (a bridge) must jump to the preamble's label
//!   `T`, whose arguments are the original inputs and assume nothing.
//! - Errors: [`OptError::Invalid`] when a guard must always fail (do not compile the
//!   trace), [`OptError::Malformed`] for input that does not verify.
//!
//! ```
//! let t = coil_ir::parse("[i0]\ni1 = int_add(i0, 0)\nfinish(i1)\n").unwrap();
//! let (out, stats) = coil_opt::optimize_with(&t, "intbounds:rewrite").unwrap();
//! assert_eq!(out.print(), "[i0]\nfinish(i0)\n");
//! assert_eq!(stats.folded, 1);
//! ```

pub mod heap;
pub mod info;
pub mod intbounds;
pub mod optimizer;
pub mod pipeline;
pub mod pure;
pub mod rewrite;
pub mod stats;
pub mod unroll;
pub mod virtualize;

pub use info::{IntBound, PtrInfo};
pub use optimizer::Decision;
pub use pipeline::{
    annotate, optimize, optimize_explained, optimize_with, OptError, Pass, PassSet, ALL_PASSES,
};
pub use stats::Stats;

/// PyPy's default `enable_opts` (coil ignores `string` and `earlyforce`).
pub const DEFAULT_ENABLE_OPTS: &str =
    "intbounds:rewrite:virtualize:string:earlyforce:pure:heap:unroll";
