//! Deoptimization: turns a guard exit back into interpreter state (frame slots, operand
//! stack, pc), boxing unboxed values and materializing virtual objects; after an
//! exception exit (a helper raised) the interpreter raises at the guarded instruction.
//!
//! The common exit (one frame, no virtual object: a loop's own guards, a bridge's finish
//! at the return) is decoded once, when the trace is compiled, into a [`ResumePlan`]
//! (where each frame slot comes from), and applied in place on the value stack without
//! temporary vectors; the rest goes through `coil_x64::decode_exit`.

use crate::recorder::FrameInfo;
use coil_ir::{ArrayDescr, Const, FieldDescr, Opnd, SizeDescr, SnapValue, Trace, Type, Val};
use coil_vm::heap::jit::store_raw;
use coil_vm::heap::{get, has_layout};
use coil_vm::interp::frame::{Frame as InterpFrame, FrameKind};
use coil_vm::layout::{FunctionObj, LayoutId};
use coil_vm::{Value, Vm};
use coil_x64::{decode_exit, CompiledTrace, ExitHeap, ExitInfo, ExitKind, JitFrame};

/// Builds the snapshot's virtual objects in the VM's nursery at an exit. Allocation
/// never collects, so the addresses stay valid until the frame is rebuilt.
struct VmHeap<'a> {
    vm: &'a mut Vm,
    bad: Option<String>,
}

impl ExitHeap for VmHeap<'_> {
    fn alloc_struct(&mut self, sd: &SizeDescr) -> u64 {
        match LayoutId::from_u32(sd.vtable) {
            Some(l) => self.vm.heap.alloc_raw(l, sd.size as usize).addr() as u64,
            None => {
                self.bad = Some(format!("virtual of unknown layout {}", sd.vtable));
                0
            }
        }
    }
    fn alloc_array(&mut self, ad: &ArrayDescr, len: usize) -> u64 {
        let Some(l) = LayoutId::from_u32(ad.layout) else {
            self.bad = Some(format!("virtual array of unknown layout {}", ad.layout));
            return 0;
        };
        let size = ad.base_offset as usize + len * ad.item_size as usize;
        let a = self.vm.heap.alloc_raw(l, size);
        store_raw(&mut self.vm.heap, a, ad.len_offset as usize, 8, len as u64);
        a.addr() as u64
    }
    fn set_field(&mut self, obj: u64, fd: &FieldDescr, v: Val) {
        if obj == 0 {
            return;
        }
        let o = Value::from_addr(obj as usize);
        store_raw(&mut self.vm.heap, o, fd.offset as usize, fd.size, v.bits());
    }
    fn set_item(&mut self, arr: u64, ad: &ArrayDescr, k: usize, v: Val) {
        if arr == 0 {
            return;
        }
        let o = Value::from_addr(arr as usize);
        let off = ad.base_offset as usize + k * ad.item_size as usize;
        store_raw(&mut self.vm.heap, o, off, ad.item_size, v.bits());
    }
}

/// The interpreter value of an exit value.
pub fn box_value(vm: &mut Vm, v: Val) -> Value {
    match v {
        Val::Int(i) => vm.new_int(i),
        Val::Float(bits) => vm.new_float(f64::from_bits(bits)),
        Val::Ref(a) => Value::from_addr(a as usize),
    }
}

/// Applies exit `index` of `ct` (values in `frame`'s io buffer) to the top frame, which
/// runs `code`: its slots and operand stack from the snapshot's first frame, pc = the
/// guarded instruction (or the instruction after the call, when calls were inlined);
/// then every inlined frame is pushed as a real interpreter frame (`frames` describes
/// them), so the interpreter resumes in the innermost one and returns normally.
pub fn resume(
    vm: &mut Vm,
    trace: &Trace,
    ct: &CompiledTrace,
    frame: &JitFrame,
    index: usize,
    code: Value,
    frames: &[FrameInfo],
) -> Result<(), String> {
    let info = ct
        .exits
        .get(index)
        .ok_or_else(|| format!("exit {index} out of range"))?;
    let mut heap = VmHeap { vm, bad: None };
    let exit = decode_exit(trace, info, frame.io(), &mut heap)?;
    if let Some(e) = heap.bad {
        return Err(e);
    }
    let Some((first, inner)) = exit.frames.split_first() else {
        return Err("an exit without frames".into());
    };
    let top = vm.frames.len() - 1;
    if vm.frames[top].code != code || first.code != 0 {
        return Err("exit into a different code object".into());
    }
    let base = vm.frames[top].base;
    let old: Vec<Value> = vm.stack[base..].to_vec();
    let mut new = Vec::with_capacity(first.slots.len());
    for (i, s) in first.slots.iter().enumerate() {
        new.push(match s {
            Some(v) => box_value(vm, *v),
            None => old.get(i).copied().unwrap_or(Value::EMPTY),
        });
    }
    vm.stack.truncate(base);
    vm.stack.extend_from_slice(&new);
    vm.frames[top].pc = first.pc as usize;
    for fr in inner {
        let fi = frames
            .get(fr.code as usize)
            .ok_or_else(|| format!("unknown snapshot frame {}", fr.code))?;
        let mut slots = fr.slots.iter();
        let extra = if fi.init {
            match slots.next() {
                Some(Some(v)) => box_value(vm, *v),
                _ => return Err("__init__ frame without its instance".into()),
            }
        } else {
            Value::EMPTY
        };
        let base = vm.stack.len();
        if fi.gap == 0 || base < fi.gap {
            return Err("inlined frame without its call words".into());
        }
        let func = vm.stack[base - 1];
        if !has_layout(func, LayoutId::Function) {
            return Err("inlined frame without its function".into());
        }
        for s in slots {
            let v = match s {
                Some(v) => box_value(vm, *v),
                None => Value::EMPTY,
            };
            vm.stack.push(v);
        }
        let f = get::<FunctionObj>(func);
        vm.frames.push(InterpFrame {
            code: f.code,
            func,
            globals: f.globals,
            locals: Value::EMPTY,
            base,
            ret_slot: base - fi.gap,
            pc: fr.pc as usize,
            kind: if fi.init {
                FrameKind::Init
            } else {
                FrameKind::Normal
            },
            extra,
            entry: false,
            kwnames: Value::EMPTY,
        });
    }
    if !vm.exc.is_empty() {
        // A helper call raised (the exit is its guard_no_exception): the innermost frame
        // raises the pending exception at the guarded instruction.
        let pc = exit.frames.last().map(|f| f.pc).unwrap_or(first.pc);
        vm.jit_raise_at(pc);
    }
    Ok(())
}

/// Where one frame slot comes from at an exit with a [`ResumePlan`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SlotSrc {
    /// Dead in the snapshot: the interpreter's value stays (empty beyond its stack).
    Keep,
    /// io word `k`: an object word.
    IoRef(u32),
    /// io word `k`: an unboxed int (tagged, or boxed when not small).
    IoInt(u32),
    /// io word `k`: an unboxed float (boxed).
    IoFloat(u32),
    /// A constant object word.
    Word(u64),
    /// A constant int (boxed when not small).
    Int(i64),
    /// A constant float (boxed).
    Float(u64),
}

/// An exit decoded at compile time: the top frame's slots (locals then operand stack)
/// and the pc the interpreter resumes at.
#[derive(Clone, Debug, PartialEq)]
pub struct ResumePlan {
    /// Resume pc.
    pub pc: u32,
    /// Per frame slot.
    pub slots: Vec<SlotSrc>,
    /// io words it reads (one past the highest).
    pub io_len: usize,
}

impl ResumePlan {
    fn new(pc: u32, slots: Vec<SlotSrc>) -> ResumePlan {
        let io_len = slots
            .iter()
            .filter_map(|s| match *s {
                SlotSrc::IoRef(k) | SlotSrc::IoInt(k) | SlotSrc::IoFloat(k) => Some(k as usize + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        ResumePlan { pc, slots, io_len }
    }
}

fn io_src(k: usize, ty: Type) -> SlotSrc {
    let k = k as u32;
    match ty {
        Type::Int => SlotSrc::IoInt(k),
        Type::Float => SlotSrc::IoFloat(k),
        _ => SlotSrc::IoRef(k),
    }
}

fn const_src(c: Const) -> SlotSrc {
    match c {
        Const::Int(i) => SlotSrc::Int(i),
        Const::Float(b) => SlotSrc::Float(b),
        Const::Ptr(a) => SlotSrc::Word(a),
    }
}

/// The plan of guard exit `exit` of `t` when its snapshot is one frame (the loop's)
/// without virtual objects; None otherwise (the exit decodes through `decode_exit`).
pub fn guard_plan(t: &Trace, exit: &ExitInfo) -> Option<ResumePlan> {
    let ExitKind::Guard { snap, .. } = exit.kind else {
        return None;
    };
    let s = t.snap(snap);
    let [fr] = s.frames.as_slice() else {
        return None;
    };
    if fr.code != 0 || !s.virtuals.is_empty() {
        return None;
    }
    let mut slots = Vec::with_capacity(fr.slots.len());
    for v in &fr.slots {
        slots.push(match *v {
            SnapValue::Dead => SlotSrc::Keep,
            SnapValue::Ref(r) => {
                let k = exit.values.iter().position(|o| *o == Opnd::Ref(r))?;
                io_src(k, t.ty(Opnd::Ref(r)))
            }
            SnapValue::Const(c) => const_src(t.konst(c)),
            SnapValue::Virtual(_) => return None,
        });
    }
    Some(ResumePlan::new(fr.pc, slots))
}

/// The plan of a bridge's `finish` exit at the loop function's return (`slots` from
/// its `FinishExit`: `Some` slots take the finish's arguments in order).
pub fn finish_plan(
    t: &Trace,
    exit: &ExitInfo,
    pc: u32,
    slots: &[Option<Type>],
) -> Option<ResumePlan> {
    if !matches!(exit.kind, ExitKind::Finish) {
        return None;
    }
    let mut args = exit.values.iter().enumerate();
    let mut out = Vec::with_capacity(slots.len());
    for s in slots {
        out.push(match s {
            None => SlotSrc::Keep,
            Some(_) => {
                let (k, o) = args.next()?;
                match t.as_const(*o) {
                    Some(c) => const_src(c),
                    None => io_src(k, t.ty(*o)),
                }
            }
        });
    }
    Some(ResumePlan::new(pc, out))
}

/// Applies `plan` to the top frame (its values in `frame`'s io buffer): the value stack
/// from the frame's base is resized to the plan's slots and rewritten in place.
pub fn resume_planned(vm: &mut Vm, plan: &ResumePlan, frame: &JitFrame) -> Result<(), String> {
    let io = frame.io();
    if io.len() < plan.io_len {
        return Err("io buffer shorter than the exit".into());
    }
    let top = vm.frames.len() - 1;
    let base = vm.frames[top].base;
    vm.stack.resize(base + plan.slots.len(), Value::EMPTY);
    for (i, s) in plan.slots.iter().enumerate() {
        let v = match *s {
            SlotSrc::Keep => continue,
            SlotSrc::IoRef(k) => Value::from_addr(io[k as usize] as usize),
            SlotSrc::IoInt(k) => {
                let n = io[k as usize] as i64;
                Value::try_small(n).unwrap_or_else(|| vm.new_int(n))
            }
            SlotSrc::IoFloat(k) => vm.new_float(f64::from_bits(io[k as usize])),
            SlotSrc::Word(w) => Value::from_addr(w as usize),
            SlotSrc::Int(n) => vm.new_int(n),
            SlotSrc::Float(b) => vm.new_float(f64::from_bits(b)),
        };
        vm.stack[base + i] = v;
    }
    vm.frames[top].pc = plan.pc as usize;
    if !vm.exc.is_empty() {
        vm.jit_raise_at(plan.pc);
    }
    Ok(())
}
