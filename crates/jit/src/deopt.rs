//! Deoptimization: turns a guard exit back into interpreter state (frame slots, operand
//! stack, pc), boxing unboxed values and materializing virtual objects.

use coil_ir::{ArrayDescr, FieldDescr, SizeDescr, Trace, Val};
use coil_vm::heap::jit::store_raw;
use coil_vm::layout::LayoutId;
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
/// runs `code`: slots and operand stack from the snapshot, pc = the guard's instruction.
pub fn resume(
    vm: &mut Vm,
    trace: &Trace,
    ct: &CompiledTrace,
    frame: &JitFrame,
    index: usize,
    code: Value,
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
    let [fr] = exit.frames.as_slice() else {
        return Err(format!("{} frames at an exit", exit.frames.len()));
    };
    let top = vm.frames.len() - 1;
    if vm.frames[top].code != code {
        return Err("exit into a different code object".into());
    }
    let base = vm.frames[top].base;
    let old: Vec<Value> = vm.stack[base..].to_vec();
    let mut new = Vec::with_capacity(fr.slots.len());
    for (i, s) in fr.slots.iter().enumerate() {
        new.push(match s {
            Some(v) => box_value(vm, *v),
            None => old.get(i).copied().unwrap_or(Value::EMPTY),
        });
    }
    vm.stack.truncate(base);
    vm.stack.extend_from_slice(&new);
    vm.frames[top].pc = fr.pc as usize;
    Ok(())
}
