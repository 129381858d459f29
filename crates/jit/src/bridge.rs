//! Bridges: which guard exits may grow a side trace, and the frame a bridge's recording
//! starts from (the failing guard's snapshot, read against the guard's exit values).
//!
//! A guard exit that fails `bridge_threshold` times gets a bridge: after the deopt the
//! recorder follows the interpreter from the guard's resume pc until execution reaches the
//! loop header again, and the bridge ends with a jump to the loop's first label (the
//! peeled preamble's, which assumes nothing about its arguments). The guard's exit jump is
//! then patched to the bridge, whose inputs are the values the guard's stub writes.

use crate::abort::{Abort, AbortKind};
use crate::recorder::{
    BridgeSlot, BridgeStart, BridgeVirtual, FinishExit, FrameInfo, InlinedStart, Kind, Watch,
};
use coil_ir::{Const, Descr, Flags, Opcode, Opnd, SnapValue, TargetId, Trace, Val, VirtualDesc};
use coil_vm::{Value, Vm};
use coil_x64::{ExitInfo, ExitKind, JitFrame};

/// Is this exit a version guard (`guard_value(getfield_raw_i(<a dict's or class's
/// version word>), V)`)? Its failure means a global, builtin or class the trace embeds as
/// a constant changed: the trace is stale (the caller invalidates it, no bridge).
pub fn is_version_guard(t: &Trace, exit: &ExitInfo) -> bool {
    version_word(t, exit).is_some()
}

/// The version word a version guard exit checks: its address, and whether it is a
/// dict's (else a class's).
pub fn version_word(t: &Trace, exit: &ExitInfo) -> Option<(u64, bool)> {
    let ExitKind::Guard { at, .. } = exit.kind else {
        return None;
    };
    let g = t.op(at);
    if g.opcode != Opcode::GuardValue {
        return None;
    }
    let Some(Opnd::Ref(r)) = g.args.first() else {
        return None;
    };
    let load = t.op(*r);
    let Descr::Field(f) = load.descr else {
        return None;
    };
    let name = t.descrs.fields[f.0 as usize].name.as_str();
    if load.opcode != Opcode::GetfieldRawI || !VERSION_WORDS.contains(&name) {
        return None;
    }
    match load.args.first().and_then(|a| t.as_const(*a)) {
        Some(Const::Int(a)) => Some((a as u64, name == VERSION_WORDS[0])),
        _ => None,
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
/// A guard inside inlined calls starts the bridge in the innermost frame with every
/// frame mirrored (`frames` describes the trace's snapshot frames; `vm` has just been
/// resumed with them as interpreter frames). Snapshots with virtual objects are not
/// bridged yet.
pub fn start_of(
    t: &Trace,
    exit: &ExitInfo,
    frames: &[FrameInfo],
    vm: &Vm,
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
    let nfr = s.frames.len();
    if nfr == 0 || vm.frames.len() < nfr {
        return Err(Abort::new(
            AbortKind::Compiling,
            "snapshot frames differ from the interpreter's",
        ));
    }
    let vm_frames = &vm.frames[vm.frames.len() - nfr..];
    let inputs = exit.values.iter().map(|v| t.ty(*v)).collect();
    let mut const_classes = vec![];
    let mut conv = |v: &SnapValue| -> Result<Option<BridgeSlot>, Abort> {
        Ok(match v {
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
            SnapValue::Virtual(v) => {
                if v.index() >= s.virtuals.len() {
                    return Err(Abort::new(AbortKind::Compiling, "unknown virtual"));
                }
                Some(BridgeSlot::Virtual(v.index()))
            }
        })
    };
    // The snapshot's virtual objects: the bridge allocates them again (its optimizer
    // keeps them virtual until they escape).
    let mut virtuals = Vec::with_capacity(s.virtuals.len());
    for v in &s.virtuals {
        virtuals.push(match v {
            VirtualDesc::Struct {
                size,
                vtable,
                fields,
            } => {
                let mut fs = Vec::with_capacity(fields.len());
                for (f, fv) in fields {
                    fs.push((t.descrs.fields[f.index()].clone(), conv(fv)?));
                }
                BridgeVirtual::Struct {
                    size: t.descrs.sizes[size.index()].clone(),
                    vtable: *vtable,
                    fields: fs,
                }
            }
            VirtualDesc::Array { descr, items } => {
                let mut its = Vec::with_capacity(items.len());
                for x in items {
                    its.push(conv(x)?);
                }
                BridgeVirtual::Array {
                    descr: t.descrs.arrays[descr.index()].clone(),
                    items: its,
                }
            }
        });
    }
    let mut slots = vec![];
    let mut inlined = vec![];
    for (k, fr) in s.frames.iter().enumerate() {
        let mut vals = fr.slots.iter();
        if k > 0 {
            let info = *frames
                .get(fr.code as usize)
                .ok_or_else(|| Abort::new(AbortKind::Compiling, "unknown snapshot frame"))?;
            if !info.call {
                return Err(Abort::new(
                    AbortKind::Unsupported,
                    "bridge from a guard inside a dunder the interpreter calls",
                ));
            }
            let extra = if info.init {
                match vals.next().map(&mut conv) {
                    Some(Ok(Some(x))) => Some(x),
                    Some(Err(e)) => return Err(e),
                    _ => {
                        return Err(Abort::new(
                            AbortKind::Compiling,
                            "__init__ frame without its instance",
                        ))
                    }
                }
            } else {
                None
            };
            inlined.push(InlinedStart {
                base: slots.len(),
                caller_resume: s.frames[k - 1].pc,
                info,
                extra,
                code: vm_frames[k].code,
            });
        }
        for v in vals {
            slots.push(conv(v)?);
        }
    }
    Ok(BridgeStart {
        pc: s.frames[nfr - 1].pc,
        inputs,
        slots,
        inlined,
        virtuals,
        const_classes,
        loop_entry: loop_entry.to_vec(),
        counter,
        target,
    })
}

/// Applies a bridge's `finish` exit at the loop function's `return` (`f`; its values in
/// `frame`'s io buffer): the top frame's set slots get the finish's arguments, boxed, and
/// the interpreter resumes at the `RETURN_VALUE`.
pub fn resume_finish(
    vm: &mut Vm,
    f: &FinishExit,
    exit: &ExitInfo,
    t: &Trace,
    frame: &JitFrame,
) -> Result<(), String> {
    let io = frame.io();
    if io.len() < exit.values.len() {
        return Err("io buffer shorter than the finish's values".into());
    }
    let top = vm.frames.len() - 1;
    let base = vm.frames[top].base;
    let mut vals = exit.values.iter().zip(io);
    let mut new = Vec::with_capacity(f.slots.len());
    for (i, s) in f.slots.iter().enumerate() {
        new.push(match s {
            None => vm.stack.get(base + i).copied().unwrap_or(Value::EMPTY),
            Some(_) => {
                let (o, w) = vals.next().ok_or("finish with too few values")?;
                crate::deopt::box_value(vm, Val::from_bits(t.ty(*o), *w))
            }
        });
    }
    vm.stack.truncate(base);
    vm.stack.extend_from_slice(&new);
    vm.frames[top].pc = f.pc as usize;
    Ok(())
}
