//! Per-guard exit judgement: when a failing guard gets a bridge, and which exits are
//! marked as ones that will keep reaching the interpreter (their runs count against
//! the trace: `Jit::note_bad_exit` drops a loop or function trace taking them too often).
//!
//! A `guard_value` counts its failures per failing value (PyPy's
//! `make_a_counter_per_value`): a bridge specializes on the value it was recorded with,
//! so it only pays when one value keeps failing. A guard that fails with a new value
//! each time (a loop calling a different function on every entry; a fresh closure of one
//! code is guarded by its code, `recorder/closure.rs`) would otherwise grow a chain of bridges, each guarding the previous closure, until
//! its trace runs out of bridges (`max_bridges`) and every later failure exits anyway.
//! Such a guard is marked once it failed `promote_spread` times `bridge_threshold`
//! without any one value reaching `bridge_threshold`.
//!
//! An exit is marked (unbridgeable) when its guard is such a spread `guard_value`, when
//! its bridge recordings aborted `max_aborts` times, or when its loop's family has no
//! room for another bridge (`max_bridges`).

use coil_ir::{Const, Opcode, Opnd, Trace};
use coil_x64::{ExitInfo, ExitKind};

/// Distinct failing values one `guard_value` exit remembers (the value failing least
/// often makes room for a new one).
const VALUES: usize = 8;

/// Failure counts of one `guard_value` exit per failing value word.
#[derive(Default)]
pub struct ValueCounts {
    slots: Vec<(u64, u32)>,
    /// Marked: it failed with too many different values (counted once).
    pub spread: bool,
}

impl ValueCounts {
    /// Counts a failure with value word `v`; its failures so far.
    pub fn bump(&mut self, v: u64) -> u32 {
        if let Some(s) = self.slots.iter_mut().find(|s| s.0 == v) {
            s.1 += 1;
            return s.1;
        }
        if self.slots.len() < VALUES {
            self.slots.push((v, 1));
            return 1;
        }
        let min = self
            .slots
            .iter_mut()
            .min_by_key(|s| s.1)
            .expect("VALUES > 0");
        *min = (v, 1);
        1
    }

    /// Forgets the values (a bridge recording from this exit aborted: count again).
    pub fn clear(&mut self) {
        self.slots.clear();
    }
}

/// Where the value a `guard_value` exit checks sits among the exit's values (its word
/// in the io buffer at the exit), for an int or ref `guard_value` against a constant
/// whose checked operand the snapshot keeps; None for other exits.
pub fn promoted_slot(t: &Trace, exit: &ExitInfo) -> Option<u32> {
    let ExitKind::Guard { at, .. } = exit.kind else {
        return None;
    };
    let g = t.op(at);
    if g.opcode != Opcode::GuardValue {
        return None;
    }
    let (&v, &k) = (g.args.first()?, g.args.get(1)?);
    if !matches!(v, Opnd::Ref(_)) || !matches!(t.as_const(k), Some(Const::Int(_) | Const::Ptr(_))) {
        return None;
    }
    exit.values.iter().position(|o| *o == v).map(|p| p as u32)
}

/// What one failure of a guard exit decides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Judgement {
    /// Record a bridge from it now.
    pub bridge: bool,
    /// It keeps reaching the interpreter (a bridge will not be built).
    pub marked: bool,
    /// It was just marked for failing with too many different values.
    pub newly_spread: bool,
}

/// The inputs of [`judge`] for one failure.
pub struct Failure<'a> {
    /// The exit may grow a bridge at all (`bridge::eligible`).
    pub eligible: bool,
    /// Patched to a bridge already.
    pub bridged: bool,
    /// Failures of the exit so far (this one included).
    pub failures: u64,
    /// Bridge recordings from it that aborted.
    pub aborts: u32,
    /// Its loop's family may take another bridge.
    pub room: bool,
    /// A `guard_value` exit: its per-value counts and the failing value word.
    pub value: Option<(&'a mut ValueCounts, u64)>,
}

/// Decides one failure: `bridge_threshold`, `max_aborts` and `promote_spread` are the
/// parameters of the same names.
pub fn judge(f: Failure, bridge_threshold: u32, max_aborts: u32, promote_spread: u32) -> Judgement {
    let threshold = bridge_threshold.max(1) as u64;
    let gave_up = f.aborts >= max_aborts || !f.room;
    let (hot, spread, newly) = match f.value {
        Some((vc, v)) if promote_spread > 0 => {
            let mine = vc.bump(v) as u64;
            let hot = mine >= threshold;
            let spread = !hot && (vc.spread || f.failures >= threshold * promote_spread as u64);
            let newly = spread && !vc.spread;
            vc.spread |= spread;
            (hot, spread, newly)
        }
        _ => (f.failures >= threshold, false, false),
    };
    Judgement {
        bridge: hot && f.eligible && !f.bridged && !gave_up,
        marked: f.eligible && (gave_up || spread),
        newly_spread: newly && f.eligible,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail(vc: &mut ValueCounts, failures: u64, v: u64) -> Judgement {
        judge(
            Failure {
                eligible: true,
                bridged: false,
                failures,
                aborts: 0,
                room: true,
                value: Some((vc, v)),
            },
            10,
            3,
            4,
        )
    }

    #[test]
    fn one_value_gets_a_bridge() {
        let mut vc = ValueCounts::default();
        let js: Vec<_> = (1..=10).map(|n| fail(&mut vc, n, 7)).collect();
        assert!(js[..9].iter().all(|j| !j.bridge && !j.marked));
        assert!(js[9].bridge);
    }

    #[test]
    fn new_values_mark_the_guard() {
        let mut vc = ValueCounts::default();
        let js: Vec<_> = (1..=45).map(|n| fail(&mut vc, n, n * 8)).collect();
        assert!(js.iter().all(|j| !j.bridge));
        assert!(!js[38].marked && js[39].marked && js[39].newly_spread);
        assert!(js[44].marked && !js[44].newly_spread);
        // A value that fails often among the new ones still gets its bridge.
        let mut vc = ValueCounts::default();
        let mut n = 0;
        let mut bridged = false;
        for k in 0..40u64 {
            n += 1;
            fail(&mut vc, n, 1000 + k);
            n += 1;
            bridged |= fail(&mut vc, n, 5).bridge;
        }
        assert!(bridged);
    }

    #[test]
    fn aborted_or_full_is_marked() {
        let j = judge(
            Failure {
                eligible: true,
                bridged: false,
                failures: 50,
                aborts: 3,
                room: true,
                value: None,
            },
            10,
            3,
            4,
        );
        assert!(!j.bridge && j.marked);
        let j = judge(
            Failure {
                eligible: true,
                bridged: false,
                failures: 5,
                aborts: 0,
                room: false,
                value: None,
            },
            10,
            3,
            4,
        );
        assert!(!j.bridge && j.marked);
        let j = judge(
            Failure {
                eligible: false,
                bridged: false,
                failures: 50,
                aborts: 3,
                room: false,
                value: None,
            },
            10,
            3,
            4,
        );
        assert_eq!(j, Judgement::default());
    }
}
