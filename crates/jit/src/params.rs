//! JIT parameters (one table) and the `--jit` spec parser.

macro_rules! params {
    ($( $field:ident : $default:expr, $doc:literal; )*) => {
        /// Tunable JIT parameters (`--jit name=value,...`).
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct Params {
            $( #[doc = $doc] pub $field: u32, )*
            /// Optimizer passes (`enable_opts=intbounds:rewrite:...`).
            pub enable_opts: String,
            /// `--jit off`.
            pub off: bool,
            /// `log=CATS:FILE`: a PYPYLOG spec overriding the environment (tests, goldens).
            pub log: Option<String>,
        }
        impl Default for Params {
            fn default() -> Params {
                Params { $( $field: $default, )* enable_opts: coil_opt::DEFAULT_ENABLE_OPTS.to_string(), off: false, log: None }
            }
        }
        impl Params {
            fn set_num(&mut self, name: &str, v: u32) -> bool {
                match name { $( stringify!($field) => { self.$field = v; true } )* _ => false }
            }
            /// Names of the numeric parameters.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($field)),*];
        }
    };
}

params! {
    threshold: 1039, "Back-edge count that makes a loop hot.";
    function_threshold: 1619, "Calls that make a recursive loop-free function, or a function whose loop is compiled, hot: it gets a function trace (PyPy's `function_threshold`; 0 = never).";
    trace_limit: 6000, "Longest trace recorded (ops) before aborting.";
    max_aborts: 3, "Aborts at one location before it is blacklisted.";
    fail_every: 0, "Test mode: every Nth guard check fails (0 = off).";
    bridge_threshold: 200, "Failures of one guard that make it record a bridge.";
    decay: 40, "Counter decay per minor collection in thousandths (PyPy's `decay`; 0 = none).";
    max_invalidations: 8, "Invalidations of one loop (a global, builtin or class it embeds changed) before it is blacklisted.";
    mutable_after: 2, "Invalidations caused by one dict's version word after which recordings read that dict's globals by lookup and a value guard instead of embedding them behind the version (0 = never).";
    max_bridges: 100, "Bridges per loop (its whole family) before no more are recorded.";
    drop_ratio: 1, "A loop or function trace whose completed iterations and returns per exit through a marked guard (one that keeps reaching the interpreter: a spread `guard_value`, a guard whose bridge gave up, no room for bridges; see `exits.rs`) stay below this, over `drop_window` such exits, is dropped and blacklisted (0 = never). Only exits ending a run that completed nothing count. Iterations are counted once per entry that completes one (the preamble falling into the loop body, a bridge jumping back), so the loop body's back-edges cost nothing; a trace without a back-edge (a function trace) counts its returns, not its entries.";
    promote_spread: 4, "A `guard_value` exit counts its failures per failing value (a bridge specializes on one value); once it failed this many times `bridge_threshold` without one value reaching `bridge_threshold` it is marked as one that keeps reaching the interpreter (0 = count failures per guard, not per value).";
    drop_window: 64, "Exits through unbridgeable guards per loop between two checks of `drop_ratio`.";
    direct_calls: 1, "Residual calls of functions with function traces are direct calls in machine code (PyPy's call_assembler; `call_assembler.rs`); 0 = every such call goes through the helper (for measurements).";
    defer_below: 500, "A `for` loop over a range, list or tuple that gets hot with fewer iterations than this left in its current entry (at most `threshold/2`) is compiled on a later entry instead (compiling costs about as much as a few hundred interpreted iterations; 0 = never defer).";
}

impl Params {
    /// The back-edge count at which the interpreter reports a loop header to the JIT:
    /// `threshold` without decay, else an eighth of it (the JIT adds each report to the
    /// loop's decaying warmth).
    pub fn counter_step(&self) -> u32 {
        if self.decay == 0 {
            self.threshold
        } else {
            (self.threshold / 8).max(1)
        }
    }

    /// Parses `--jit` items: `off`, `name=N`, `enable_opts=a:b`.
    pub fn parse(items: &[String]) -> Result<Params, String> {
        let mut p = Params::default();
        // `log=` takes the rest of its item: its categories are comma-separated.
        let mut split = vec![];
        for s in items {
            match s.find("log=").filter(|&i| i == 0 || s[..i].ends_with(',')) {
                Some(i) => {
                    split.extend(s[..i].split(','));
                    split.push(&s[i..]);
                }
                None => split.extend(s.split(',')),
            }
        }
        for item in split {
            let item = item.trim();
            if item.is_empty() {
                continue;
            }
            if item == "off" {
                p.off = true;
                continue;
            }
            let Some((k, v)) = item.split_once('=') else {
                return Err(format!("--jit: expected name=value, got '{item}'"));
            };
            if k == "enable_opts" {
                coil_opt::PassSet::parse(v).map_err(|e| format!("--jit enable_opts: {e}"))?;
                p.enable_opts = v.to_string();
                continue;
            }
            if k == "log" {
                p.log = Some(v.to_string());
                continue;
            }
            if k == "off" {
                p.off = v != "0";
                continue;
            }
            let n: u32 = v
                .parse()
                .map_err(|_| format!("--jit {k}: '{v}' is not a number"))?;
            if !p.set_num(k, n) {
                return Err(format!(
                    "--jit: unknown parameter '{k}' (known: {}, enable_opts, off)",
                    Params::NAMES.join(", ")
                ));
            }
        }
        if p.threshold == 0 {
            p.threshold = 1;
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_spec() {
        let p = Params::parse(&["threshold=7,trace_limit=100".into()]).unwrap();
        assert_eq!((p.threshold, p.trace_limit), (7, 100));
        assert!(Params::parse(&["off".into()]).unwrap().off);
        assert!(Params::parse(&["bogus=1".into()]).is_err());
        assert!(Params::parse(&["enable_opts=intbounds:nope".into()]).is_err());
        let p = Params::parse(&["enable_opts=intbounds:rewrite".into()]).unwrap();
        assert_eq!(p.enable_opts, "intbounds:rewrite");
        let p = Params::parse(&["threshold=3,log=jit-summary,jit-abort-log:f.txt".into()]).unwrap();
        assert_eq!(p.threshold, 3);
        assert_eq!(p.log.as_deref(), Some("jit-summary,jit-abort-log:f.txt"));
    }
}
