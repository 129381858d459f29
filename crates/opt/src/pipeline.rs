//! The pass table, `enable_opts` parsing, and the entry point that runs the passes.

use coil_ir::{verify, Trace};

use crate::optimizer::Decision;
use crate::stats::Stats;

macro_rules! define_passes {
    ($($variant:ident = $name:literal;)*) => {
        /// An optimization pass. The order of this table is the order they run in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Pass { $($variant,)* }

        /// Every pass, in pipeline order.
        pub const ALL_PASSES: &[Pass] = &[$(Pass::$variant,)*];

        impl Pass {
            /// PyPy's name for the pass (as in `enable_opts`).
            pub fn name(self) -> &'static str {
                match self { $(Pass::$variant => $name,)* }
            }
        }
    };
}

define_passes! {
    IntBounds = "intbounds";
    Rewrite = "rewrite";
    Virtualize = "virtualize";
    Pure = "pure";
    Heap = "heap";
    Unroll = "unroll";
}

/// PyPy pass names accepted in `enable_opts` that coil has no separate pass for.
const IGNORED: &[&str] = &["string", "earlyforce"];

/// The set of enabled passes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PassSet(u32);

impl PassSet {
    /// Every pass.
    pub fn all() -> PassSet {
        PassSet(ALL_PASSES.iter().fold(0, |a, p| a | 1 << *p as u32))
    }
    /// No pass (the trace is still checked and copied).
    pub fn none() -> PassSet {
        PassSet(0)
    }
    /// Is `p` enabled.
    pub fn has(self, p: Pass) -> bool {
        self.0 & (1 << p as u32) != 0
    }
    /// Adds `p`.
    pub fn with(self, p: Pass) -> PassSet {
        PassSet(self.0 | 1 << p as u32)
    }
    /// Removes `p`.
    pub fn without(self, p: Pass) -> PassSet {
        PassSet(self.0 & !(1 << p as u32))
    }
    /// Parses PyPy's `enable_opts` string: pass names separated by `:`; `all` and the
    /// empty string are accepted; PyPy's `string` and `earlyforce` are accepted and ignored.
    pub fn parse(s: &str) -> Result<PassSet, String> {
        let mut set = PassSet::none();
        for name in s.split(':').map(str::trim).filter(|n| !n.is_empty()) {
            if name == "all" {
                set = PassSet::all();
            } else if let Some(p) = ALL_PASSES.iter().find(|p| p.name() == name) {
                set = set.with(*p);
            } else if !IGNORED.contains(&name) {
                return Err(format!(
                    "unknown optimization `{name}` (known: {})",
                    Self::all()
                ));
            }
        }
        Ok(set)
    }
}

impl std::fmt::Display for PassSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = ALL_PASSES
            .iter()
            .filter(|p| self.has(**p))
            .map(|p| p.name())
            .collect();
        f.write_str(&names.join(":"))
    }
}

/// Why a trace was not optimized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptError {
    /// The input does not verify.
    Malformed(String),
    /// A guard must always fail: the trace can never run to its end (PyPy's InvalidLoop).
    Invalid(String),
    /// The optimizer produced an ill-formed trace (a bug; reported rather than emitted).
    Internal(String),
}

impl std::fmt::Display for OptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OptError::Malformed(m) => write!(f, "malformed trace: {m}"),
            OptError::Invalid(m) => write!(f, "invalid loop: {m}"),
            OptError::Internal(m) => write!(f, "optimizer bug: {m}"),
        }
    }
}

impl std::error::Error for OptError {}

/// Optimizes a trace with the given passes; returns the new trace and what was done.
pub fn optimize(input: &Trace, passes: PassSet) -> Result<(Trace, Stats), OptError> {
    optimize_explained(input, passes, false).map(|(t, s, _)| (t, s))
}

/// [`optimize`], also returning each decision taken when `explain` is set (render them
/// with [`Decision::render`] against the input trace).
pub fn optimize_explained(
    input: &Trace,
    passes: PassSet,
    explain: bool,
) -> Result<(Trace, Stats, Vec<Decision>), OptError> {
    verify(input).map_err(|e| OptError::Malformed(e.to_string()))?;
    let (out, mut stats, decisions) = crate::unroll::run(input, passes, explain)?;
    stats.ops_before = input.num_ops() as u64;
    stats.guards_before = input.num_guards() as u64;
    stats.ops_after = out.num_ops() as u64;
    stats.guards_after = out.num_guards() as u64;
    // The output is checked where bugs are hunted (tests, debug builds); a release build
    // verifies each trace once, at the optimizer's input (compile cost, issue 7).
    if cfg!(debug_assertions) {
        verify(&out).map_err(|e| OptError::Internal(format!("{e}\n{}", out.print())))?;
    }
    Ok((out, stats, decisions))
}

/// [`optimize`] with an `enable_opts` string.
pub fn optimize_with(input: &Trace, enable_opts: &str) -> Result<(Trace, Stats), OptError> {
    let passes = PassSet::parse(enable_opts).map_err(OptError::Malformed)?;
    optimize(input, passes)
}

/// The input trace printed with each decision as a `#` comment under the op it concerns
/// (decisions not tied to an op come last). The result still parses as the input trace.
pub fn annotate(input: &Trace, decisions: &[Decision]) -> String {
    let mut out = String::new();
    for h in &input.header {
        out += &format!("# {h}\n");
    }
    let ins: Vec<String> = input.inputs().iter().map(|r| input.name(*r)).collect();
    out += &format!("[{}]\n", ins.join(", "));
    let note = |d: &Decision| {
        let phase = if d.phase.is_empty() {
            String::new()
        } else {
            format!("{} ", d.phase)
        };
        format!("    # [{phase}{}] {}\n", d.pass.name(), d.what)
    };
    for i in input.num_inputs()..input.ops.len() {
        let r = coil_ir::IrRef::new(i);
        out += &input.fmt_op(r);
        out.push('\n');
        for d in decisions.iter().filter(|d| d.at == Some(r)) {
            out += &note(d);
        }
    }
    for d in decisions
        .iter()
        .filter(|d| d.at.is_none_or(|r| r.index() >= input.ops.len()))
    {
        out += &note(d);
    }
    out
}
