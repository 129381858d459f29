//! Methods of unboxed ints: `LOAD_METHOD` on an int the trace holds unboxed resolves the
//! int type's native method (guarded by the type's version), and `x.bit_length()` is a
//! pure helper call on the machine word; the other int methods (`to_bytes`,
//! `__index__`, ...) are residual calls that box the receiver (meteor's `solve` aborted
//! here on `(mask & -mask).bit_length()`).

use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_ir::{Opcode, Opnd, Type};
use coil_vm::heap::{get, has_layout};
use coil_vm::layout::{LayoutId, NativeObj};
use coil_vm::{Value, Vm};

/// `int.bit_length` of a 64-bit int (pure; called from traces).
extern "sysv64" fn int_bit_length(x: i64) -> i64 {
    (64 - x.unsigned_abs().leading_zeros()) as i64
}

/// Is `f` the native method `name` of the int type?
fn is_int_method(vm: &Vm, f: Value, name: &str) -> bool {
    has_layout(f, LayoutId::Native) && {
        let d = &vm.natives[get::<NativeObj>(f).index as usize];
        d.name == name && d.owner == vm.type_of(Value::small(0))
    }
}

impl Recorder {
    /// LOAD_METHOD on an unboxed int (the top of the stack): `[method, int]` as the
    /// interpreter's method cache makes it, when the int type has a native method of that
    /// name. Ok(false): not such a receiver or method (the caller aborts).
    pub(super) fn load_method_int(&mut self, vm: &mut Vm, name: Value) -> Result<bool, Abort> {
        let obj = Self::concrete(vm, 0);
        let o = self.top()?;
        if self.ty(o) != Type::Int || !obj.is_small() || obj.is_bool() {
            return Ok(false);
        }
        let cls = vm.type_of(obj);
        let Some(f) = vm.lookup(cls, name) else {
            return Ok(false);
        };
        if !has_layout(f, LayoutId::Native) || vm.receiver_for_native(f, obj) != obj {
            return Ok(false);
        }
        self.guard_class_version(cls)?;
        let k = self.pin(vm, f)?;
        let n = self.slots.len();
        self.slots[n - 1] = Some(k);
        self.push(o);
        Ok(true)
    }

    /// A call of an int method taking no arguments on an unboxed int (`fv` the method at
    /// mirror slot `fpos`, the receiver after it) that the trace computes itself:
    /// `bit_length`. None: another call.
    pub(super) fn call_int_method(
        &mut self,
        vm: &mut Vm,
        fv: Value,
        fo: Opnd,
        fpos: usize,
        nargs: usize,
        ret: usize,
    ) -> Result<Option<()>, Abort> {
        if nargs != 1 || !is_int_method(vm, fv, "bit_length") {
            return Ok(None);
        }
        let Some(x) = self.slots.get(fpos + 1).copied().flatten() else {
            return Ok(None);
        };
        let vbase = vm.frames[self.depth - 1].base;
        let xv = vm.stack[vbase + fpos + 1];
        if self.ty(x) != Type::Int || !xv.is_small() || xv.is_bool() {
            return Ok(None);
        }
        if self.ty(fo) != Type::Ref {
            return Err(u(AbortKind::TypeUnstable, "callable is unboxed"));
        }
        let k = self.pin(vm, fv)?;
        if self.trace.as_const(fo).is_none() {
            self.guard(Opcode::GuardValue, &[fo, k]);
        }
        let r = self.call_pure(
            "int_bit_length",
            int_bit_length as *const () as u64,
            &[x],
            &[Type::Int],
            Type::Int,
        );
        self.slots.truncate(ret);
        self.push(r);
        Ok(Some(()))
    }
}

#[cfg(test)]
mod tests {
    use super::int_bit_length;

    #[test]
    fn bit_length_matches_python() {
        for (x, n) in [
            (0i64, 0i64),
            (1, 1),
            (-1, 1),
            (255, 8),
            (-256, 9),
            (1 << 50, 51),
            (i64::MAX, 63),
            (i64::MIN, 64),
        ] {
            assert_eq!(int_bit_length(x), n, "{x}");
        }
    }
}
