//! Bridges: which guard exits may grow a side trace, and the frame a bridge's recording
//! starts from (the failing guard's snapshot, read against the guard's exit values).
//!
//! A guard exit that fails `bridge_threshold` times gets a bridge: after the deopt the
//! recorder follows the interpreter from the guard's resume pc until execution reaches the
//! loop header again, and the bridge ends with a jump to the loop's first label (the
//! peeled preamble's, which assumes nothing about its arguments). The guard's exit jump is
//! then patched to the bridge, whose inputs are the values the guard's stub writes.

use crate::abort::{Abort, AbortKind};
use crate::recorder::{BridgeSlot, BridgeStart, Kind, Watch};
use coil_ir::{Const, Descr, Flags, Opcode, Opnd, SnapValue, TargetId, Trace};
use coil_x64::{ExitInfo, ExitKind};

/// Is this exit a version guard (`guard_value(getfield_raw_i(<a dict's or class's
/// version word>), V)`)? Its failure means a global, builtin or class the trace embeds as
/// a constant changed: the trace is stale (the caller invalidates it, no bridge).
pub fn is_version_guard(t: &Trace, exit: &ExitInfo) -> bool {
    let ExitKind::Guard { at, .. } = exit.kind else {
        return false;
    };
    let g = t.op(at);
    if g.opcode != Opcode::GuardValue {
        return false;
    }
    let Some(Opnd::Ref(r)) = g.args.first() else {
        return false;
    };
    let load = t.op(*r);
    match load.descr {
        Descr::Field(f) if load.opcode == Opcode::GetfieldRawI => {
            VERSION_WORDS.contains(&t.descrs.fields[f.0 as usize].name.as_str())
        }
        _ => false,
    }
}

/// The field descrs of the version words the recorder guards (dicts, classes).
pub const VERSION_WORDS: &[&str] = &["dict.version", "type.version"];

/// Can this exit of `t` get a bridge? Not finishes and jumps, not version guards (the
/// trace is invalidated instead), and not the header's safepoint checks: a bridge there
/// would keep a pending collection or Ctrl-C from ever reaching the interpreter.
pub fn eligible(t: &Trace, exit: &ExitInfo, watch: &Watch) -> bool {
    let ExitKind::Guard { at, .. } = exit.kind else {
        return false;
    };
    if is_version_guard(t, exit) {
        return false;
    }
    let g = t.op(at);
    if g.opcode == Opcode::GuardFalse {
        if let Some(Opnd::Ref(r)) = g.args.first() {
            let load = t.op(*r);
            if load.opcode == Opcode::GetfieldRawI {
                if let Some(Const::Int(a)) = load.args.first().and_then(|a| t.as_const(*a)) {
                    if watch.flags.contains(&(a as u64)) {
                        return false;
                    }
                }
            }
        }
    }
    true
}

/// The snapshot id of a guard exit (its `<Guard0xN>` in the log).
pub fn guard_descr(exit: &ExitInfo) -> Option<u32> {
    match exit.kind {
        ExitKind::Guard { snap, .. } => Some(snap.0),
        _ => None,
    }
}

/// Where a bridge out of guard exit `exit` of trace `t` starts: its pc, inputs (the exit's
/// values) and frame slots, a comparison the failed guard decided becoming a constant.
/// Multi-frame and virtual-object snapshots are not bridged yet.
pub fn start_of(
    t: &Trace,
    exit: &ExitInfo,
    loop_entry: &[Kind],
    counter: u64,
    target: TargetId,
) -> Result<BridgeStart, Abort> {
    let ExitKind::Guard { snap, at } = exit.kind else {
        return Err(Abort::new(
            AbortKind::Unsupported,
            "bridge from a non-guard exit",
        ));
    };
    // What the parent knew: the failed guard_true/guard_false on a comparison (a 0/1
    // value) fixes that value on the bridge's side.
    let g = t.op(at);
    let known = match (g.opcode, g.args.first()) {
        (Opcode::GuardTrue | Opcode::GuardFalse, Some(Opnd::Ref(r)))
            if t.op(*r).opcode.info().flags.has(Flags::CMP) =>
        {
            Some((*r, (g.opcode == Opcode::GuardFalse) as i64))
        }
        _ => None,
    };
    let s = t.snap(snap);
    let [fr] = s.frames.as_slice() else {
        return Err(Abort::new(
            AbortKind::Unsupported,
            "bridge from a guard inside an inlined call",
        ));
    };
    if !s.virtuals.is_empty() {
        return Err(Abort::new(
            AbortKind::Unsupported,
            "bridge from a guard with virtual objects",
        ));
    }
    let inputs = exit.values.iter().map(|v| t.ty(*v)).collect();
    let mut slots = Vec::with_capacity(fr.slots.len());
    let mut const_classes = vec![];
    for v in &fr.slots {
        slots.push(match v {
            SnapValue::Dead => None,
            SnapValue::Ref(r) if known.is_some_and(|(k, _)| k == *r) => {
                Some(BridgeSlot::Const(Const::Int(known.map_or(0, |k| k.1))))
            }
            SnapValue::Ref(r) => {
                let k = exit
                    .values
                    .iter()
                    .position(|o| *o == Opnd::Ref(*r))
                    .ok_or_else(|| {
                        Abort::new(AbortKind::Compiling, "snapshot value missing at the exit")
                    })?;
                Some(BridgeSlot::Input(k))
            }
            SnapValue::Const(id) => {
                let c = t.konst(*id);
                if let Const::Ptr(a) = c {
                    if let Some(l) = t.const_class(a) {
                        const_classes.push((a, l));
                    }
                }
                Some(BridgeSlot::Const(c))
            }
            _ => {
                return Err(Abort::new(
                    AbortKind::Unsupported,
                    "bridge from a guard with virtual objects",
                ))
            }
        });
    }
    Ok(BridgeStart {
        pc: fr.pc,
        inputs,
        slots,
        const_classes,
        loop_entry: loop_entry.to_vec(),
        counter,
        target,
    })
}
