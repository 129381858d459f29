//! Strs in traces: `s[i]` by a small int and `a in s` of two strs (json's scanner reads
//! its input a character at a time and tests it against sets of characters written as
//! strs) are one direct helper call each, which the optimizer knows runs no Python code.
//! What the helpers do not handle (an index out of range, a value that is not an exact
//! str) they report, and the trace leaves through a guard before the instruction: the
//! interpreter executes it (and raises what it raises) itself.

use super::Recorder;
use crate::abort::Abort;
use coil_ir::{CallDescr, Descr, Effect, Opcode, Opnd, Type};
use coil_vm::heap::has_layout;
use coil_vm::heap::jit::with_vm;
use coil_vm::layout::LayoutId;
use coil_vm::objects::seq::norm_index;
use coil_vm::objects::str::{char_len, text};
use coil_vm::{Value, Vm};

/// `s[i]` for an exact str and a small int: the one-character str's word, or 0 (not
/// handled).
extern "sysv64" fn h_str_getitem_native(s: u64, i: u64) -> u64 {
    let (s, i) = (Value(s), Value(i));
    match char_index(s, i) {
        Some(j) => with_vm(|vm| {
            vm.gc_inhibit += 1;
            let r = vm.str_char_at(s, j);
            vm.gc_inhibit -= 1;
            r.0
        }),
        None => 0,
    }
}

/// `a in s` for two exact strs: 1 or 0, or -1 (not handled).
extern "sysv64" fn h_str_contains_native(s: u64, a: u64) -> i64 {
    str_contains(Value(s), Value(a)).map_or(-1, |b| b as i64)
}

/// The character index `i` selects in str `s` (None: not a str and a small int in range).
fn char_index(s: Value, i: Value) -> Option<usize> {
    if !is_str(s) || !i.is_small() {
        return None;
    }
    norm_index(i.small_value(), char_len(s))
}

/// `a in s` for two strs (None: not two strs).
fn str_contains(s: Value, a: Value) -> Option<bool> {
    (is_str(s) && is_str(a)).then(|| text(s).contains(text(a)))
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && has_layout(v, LayoutId::Str)
}

impl Recorder {
    /// A call of str helper `name` (`int`: returning an int) on two words.
    fn str_call(&mut self, name: &str, addr: u64, args: [Opnd; 2], int: bool) -> Opnd {
        let cd = self.trace.descrs.call(CallDescr {
            name: name.into(),
            addr,
            args: vec![Type::Ref, Type::Ref],
            result: if int { Type::Int } else { Type::Ref },
            effect: Effect::Readonly,
            can_raise: false,
            can_collect: false,
        });
        let op = if int { Opcode::CallI } else { Opcode::CallR };
        Opnd::Ref(self.trace.emit(op, &args, Descr::Call(cd)))
    }

    /// BINARY_SUBSCR of an exact str by a small int in range: Ok(true) when recorded.
    pub(super) fn str_subscr_native(&mut self, vm: &Vm) -> Result<bool, Abort> {
        let (sv, iv) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        let (s, i) = (self.peek(1)?, self.peek(0)?);
        if char_index(sv, iv).is_none()
            || iv.is_bool()
            || self.ty(s) != Type::Ref
            || !matches!(self.ty(i), Type::Int | Type::Ref)
        {
            return Ok(false);
        }
        let iw = self.arg_word(i, iv)?;
        let r = self.str_call(
            "h_str_getitem_native",
            h_str_getitem_native as *const () as u64,
            [s, iw],
            false,
        );
        let null = self.trace.ptr(0);
        let bad = self.emit(Opcode::PtrEq, &[r, null]);
        self.guard(Opcode::GuardFalse, &[bad]);
        self.pop()?;
        self.pop()?;
        self.push_pending(r, true);
        Ok(true)
    }

    /// CONTAINS_OP (`arg` 1: `not in`) of a str in an exact str: Ok(true) when recorded.
    pub(super) fn str_contains_op(&mut self, vm: &Vm, arg: usize) -> Result<bool, Abort> {
        let (sv, av) = (Self::concrete(vm, 0), Self::concrete(vm, 1));
        let (s, a) = (self.peek(0)?, self.peek(1)?);
        let Some(found) = str_contains(sv, av) else {
            return Ok(false);
        };
        if self.ty(s) != Type::Ref || self.ty(a) != Type::Ref {
            return Ok(false);
        }
        let r = self.str_call(
            "h_str_contains_native",
            h_str_contains_native as *const () as u64,
            [s, a],
            true,
        );
        self.push_contains(r, found, arg)?;
        Ok(true)
    }
}
