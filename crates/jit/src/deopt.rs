//! Deoptimization: turns a guard exit back into interpreter state (frame slots, operand
//! stack, pc), boxing unboxed values and materializing virtual objects.

use coil_ir::{ArrayDescr, FieldDescr, SizeDescr, Trace, Val};
use coil_vm::{Value, Vm};
use coil_x64::{decode_exit, CompiledTrace, ExitHeap, JitFrame};

/// Builds virtual objects at an exit. The recorder emits no allocations yet, so a
/// snapshot with virtuals is refused (the caller treats it as an internal error).
struct NoVirtuals {
    seen: bool,
}

impl ExitHeap for NoVirtuals {
    fn alloc_struct(&mut self, _sd: &SizeDescr) -> u64 {
        self.seen = true;
        0
    }
    fn alloc_array(&mut self, _ad: &ArrayDescr, _len: usize) -> u64 {
        self.seen = true;
        0
    }
    fn set_field(&mut self, _obj: u64, _fd: &FieldDescr, _v: Val) {}
    fn set_item(&mut self, _arr: u64, _ad: &ArrayDescr, _k: usize, _v: Val) {}
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
    let mut heap = NoVirtuals { seen: false };
    let exit = decode_exit(trace, info, frame.io(), &mut heap)?;
    if heap.seen {
        return Err("virtual objects at an exit".into());
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
