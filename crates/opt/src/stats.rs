//! Decision counters (`Stats`), printed by jit-summary.

macro_rules! define_stats {
    ($($field:ident = $label:literal;)*) => {
        /// What the optimizer did, counted per decision.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Stats {
            $(#[doc = $label] pub $field: u64,)*
        }

        impl Stats {
            /// `(label, value)` for each counter, in table order.
            pub fn entries(&self) -> Vec<(&'static str, u64)> {
                vec![$(($label, self.$field),)*]
            }
        }

        impl Stats {
            /// A counter by its field name (`guards_removed`, ...).
            pub fn by_name(&self, name: &str) -> Option<u64> {
                match name {
                    $(stringify!($field) => Some(self.$field),)*
                    _ => None,
                }
            }
        }

        impl std::ops::AddAssign<&Stats> for Stats {
            fn add_assign(&mut self, o: &Stats) {
                $(self.$field += o.$field;)*
            }
        }
    };
}

define_stats! {
    ops_before = "ops before";
    ops_after = "ops after";
    guards_before = "guards before";
    guards_after = "guards after";
    guards_removed = "guards removed (implied)";
    guards_strengthened = "guards strengthened";
    ovf_removed = "overflow checks removed";
    cmp_decided = "comparisons decided by bounds";
    folded = "ops folded";
    cse = "pure ops reused (CSE)";
    loads_forwarded = "loads forwarded";
    stores_removed = "stores removed";
    virtuals = "virtuals";
    forced = "virtuals forced";
    snaps_shared = "snapshots shared";
    invariant = "loop-invariant values hoisted";
    unroll_attempts = "unroll attempts";
}

impl Stats {
    /// The counters PyPy's `jit-summary` prints that the optimizer provides, under
    /// PyPy's names (`opt ops`, `opt guards`, `opt guards shared`, `forcings`,
    /// `nvirtuals`); the jit adds its own (tracing time, aborts, loops, bridges).
    pub fn pypy_summary(&self) -> Vec<(&'static str, u64)> {
        vec![
            ("opt ops", self.ops_after),
            ("opt guards", self.guards_after),
            ("opt guards shared", self.snaps_shared),
            ("forcings", self.forced),
            ("nvirtuals", self.virtuals),
        ]
    }
}

impl std::fmt::Display for Stats {
    /// jit-summary style: `label:<TAB>value` lines.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (k, v) in self.entries() {
            writeln!(f, "{k}:\t{v}")?;
        }
        Ok(())
    }
}
