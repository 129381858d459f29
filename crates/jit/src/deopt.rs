//! Deoptimization: turns a guard exit back into interpreter state (frame slots, operand
//! stack, pc), boxing unboxed values and materializing virtual objects; after an
//! exception exit (a helper raised) the interpreter raises at the guarded instruction.

use crate::recorder::FrameInfo;
use coil_ir::{ArrayDescr, FieldDescr, SizeDescr, Trace, Val};
use coil_vm::heap::jit::store_raw;
use coil_vm::heap::{get, has_layout};
use coil_vm::interp::frame::{Frame as InterpFrame, FrameKind};
use coil_vm::layout::{FunctionObj, LayoutId};
use coil_vm::{Value, Vm};
use coil_x64::{decode_exit, CompiledTrace, ExitHeap, JitFrame};

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
