//! Dicts and sets keyed by native keys in traces: `k in s`, `k in d`, `d[k]`, `d[k] = v`
//! and `s.add(k)` on exact sets and dicts whose key hashes and compares without Python
//! code (small ints, strs, instances keeping object's `__eq__` and `__hash__`) are one
//! direct helper call each, which the optimizer knows runs no Python code: no generic
//! dispatch, and the trace's version guards and heap knowledge survive it.
//!
//! The helpers never raise and never run Python code. What they do not handle (another
//! key, a key colliding with one whose equality needs `__eq__`, a missing key for `d[k]`,
//! a dict with watched keys for a store) they leave untouched and report, and the trace
//! leaves through a guard whose snapshot is the state before the instruction, so the
//! interpreter executes it (and raises what it raises) itself. The recorder takes this
//! path only when the helper handles the recorded case.

use super::Recorder;
use crate::abort::Abort;
use coil_ir::{CallDescr, Descr, Effect, Opcode, Opnd, Type};
use coil_vm::heap::has_layout;
use coil_vm::heap::jit::with_vm;
use coil_vm::layout::LayoutId;
use coil_vm::{Value, Vm};

/// Runs `f` on the VM for compiled code, with collection inhibited.
fn native<R>(f: impl FnOnce(&mut Vm) -> R) -> R {
    with_vm(|vm| {
        vm.gc_inhibit += 1;
        let r = f(vm);
        vm.gc_inhibit -= 1;
        r
    })
}

/// `k in c` for an exact set, frozenset or dict `c`: 1 or 0, or -1 (not handled).
extern "sysv64" fn h_contains_native(c: u64, k: u64) -> i64 {
    let (c, k) = (Value(c), Value(k));
    native(|vm| contains(vm, c, k)).map_or(-1, |b| b as i64)
}

/// `d[k]` for an exact dict: the value's word, or 0 (missing, or not handled).
extern "sysv64" fn h_dict_getitem_native(d: u64, k: u64) -> u64 {
    native(|vm| vm.dict_get_native(Value(d), Value(k)))
        .flatten()
        .map_or(0, |v| v.0)
}

/// `d[k] = v` for an exact dict: None's word, or 0 (not handled; nothing changed).
extern "sysv64" fn h_dict_setitem_native(d: u64, k: u64, v: u64) -> u64 {
    native(|vm| vm.dict_set_native(Value(d), Value(k), Value(v))).map_or(0, |_| Value::none().0)
}

/// `s.add(k)` for an exact set: None's word, or 0 (not handled; nothing changed).
extern "sysv64" fn h_set_add_native(s: u64, k: u64) -> u64 {
    native(|vm| vm.set_add_native(Value(s), Value(k))).map_or(0, |_| Value::none().0)
}

/// `k in c` decided natively (None: not handled).
fn contains(vm: &mut Vm, c: Value, k: Value) -> Option<bool> {
    if has_layout(c, LayoutId::Dict) {
        Some(vm.dict_get_native(c, k)?.is_some())
    } else if has_layout(c, LayoutId::Set) || has_layout(c, LayoutId::FrozenSet) {
        vm.set_contains_native(c, k)
    } else {
        None
    }
}

/// Is calling `f` on `(s, k)` `s.add(k)` for an exact set `s` and a native key `k`?
pub(super) fn is_set_add(vm: &mut Vm, f: Value, s: Value, k: Value) -> bool {
    let add = vm.intern("add");
    table_layout(s) == Some(LayoutId::Set)
        && vm.lookup(vm.types.set, add) == Some(f)
        && vm.set_contains_native(s, k).is_some()
}

/// The exact layout of `v` when it is a set, frozenset or dict.
fn table_layout(v: Value) -> Option<LayoutId> {
    [LayoutId::Dict, LayoutId::Set, LayoutId::FrozenSet]
        .into_iter()
        .find(|&l| v.is_ptr() && has_layout(v, l))
}

impl Recorder {
    /// A call of native table helper `name` returning `result`.
    fn table_call(
        &mut self,
        name: &str,
        addr: u64,
        args: &[Opnd],
        result: Type,
        effect: Effect,
    ) -> Opnd {
        let cd = self.trace.descrs.call(CallDescr {
            name: name.into(),
            addr,
            args: vec![Type::Ref; args.len()],
            result,
            effect,
            can_raise: false,
            can_collect: false,
        });
        let op = if result == Type::Int {
            Opcode::CallI
        } else {
            Opcode::CallR
        };
        Opnd::Ref(self.trace.emit(op, args, Descr::Call(cd)))
    }

    /// Guards a word-returning helper's result `r` to be non-zero (handled), under the
    /// snapshot before the instruction.
    fn guard_handled(&mut self, r: Opnd) {
        let null = self.trace.ptr(0);
        let bad = self.emit(Opcode::PtrEq, &[r, null]);
        self.guard(Opcode::GuardFalse, &[bad]);
    }

    /// The words of container operand `c` (guarded to layout `lay`) and key operand `k`
    /// (concretely `kv`), or None when the key's mirror cannot be passed.
    fn table_operands(
        &mut self,
        c: Opnd,
        lay: LayoutId,
        k: Opnd,
        kv: Value,
    ) -> Result<Option<(Opnd, Opnd)>, Abort> {
        if self.ty(c) != Type::Ref || !matches!(self.ty(k), Type::Ref | Type::Int) {
            return Ok(None);
        }
        let kw = self.arg_word(k, kv)?;
        if self.trace.as_const(c).is_none() {
            let l = self.trace.int(lay as i64);
            self.guard(Opcode::GuardClass, &[c, l]);
        }
        Ok(Some((c, kw)))
    }

    /// CONTAINS_OP (`arg` 1: `not in`) on an exact set or dict by a native key: Ok(true)
    /// when recorded.
    pub(super) fn contains_native(&mut self, vm: &mut Vm, arg: usize) -> Result<bool, Abort> {
        let (cv, kv) = (Self::concrete(vm, 0), Self::concrete(vm, 1));
        let Some(lay) = table_layout(cv) else {
            return Ok(false);
        };
        let Some(found) = contains(vm, cv, kv) else {
            return Ok(false);
        };
        let (k, c) = (self.peek(1)?, self.peek(0)?);
        let Some((c, kw)) = self.table_operands(c, lay, k, kv)? else {
            return Ok(false);
        };
        let r = self.table_call(
            "h_contains_native",
            h_contains_native as *const () as u64,
            &[c, kw],
            Type::Int,
            Effect::Readonly,
        );
        self.push_contains(r, found, arg)?;
        Ok(true)
    }

    /// Replaces CONTAINS_OP's operands by the outcome of a containment helper whose
    /// result `r` is 1, 0 or -1 (not handled: the guard leaves before the instruction);
    /// `found`: the recorded outcome of `in`, `arg` 1 for `not in`.
    pub(super) fn push_contains(&mut self, r: Opnd, found: bool, arg: usize) -> Result<(), Abort> {
        let zero = self.trace.int(0);
        let handled = self.emit(Opcode::IntGe, &[r, zero]);
        self.guard(Opcode::GuardTrue, &[handled]);
        let neg = arg == 1;
        let r = if neg {
            self.emit(Opcode::IntEq, &[r, zero])
        } else {
            r
        };
        self.push_outcome(r, found != neg, 2)
    }

    /// BINARY_SUBSCR of an exact dict by a native key it holds: Ok(true) when recorded.
    pub(super) fn dict_subscr_native(&mut self, vm: &mut Vm) -> Result<bool, Abort> {
        let (dv, kv) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        if table_layout(dv) != Some(LayoutId::Dict)
            || !matches!(vm.dict_get_native(dv, kv), Some(Some(_)))
        {
            return Ok(false);
        }
        let (d, k) = (self.peek(1)?, self.peek(0)?);
        let Some((d, kw)) = self.table_operands(d, LayoutId::Dict, k, kv)? else {
            return Ok(false);
        };
        let r = self.table_call(
            "h_dict_getitem_native",
            h_dict_getitem_native as *const () as u64,
            &[d, kw],
            Type::Ref,
            Effect::Readonly,
        );
        self.guard_handled(r);
        self.pop()?;
        self.pop()?;
        self.push_pending(r, false);
        Ok(true)
    }

    /// STORE_SUBSCR (`v d k`) into an exact dict by a native key: Ok(true) when recorded.
    pub(super) fn dict_store_native(&mut self, vm: &mut Vm) -> Result<bool, Abort> {
        let (kv, dv, vv) = (
            Self::concrete(vm, 0),
            Self::concrete(vm, 1),
            Self::concrete(vm, 2),
        );
        if table_layout(dv) != Some(LayoutId::Dict) {
            return Ok(false);
        }
        let dd = coil_vm::objects::dict::dict_data(dv);
        if dd.watch_all || !dd.watched.is_empty() || vm.dict_get_native(dv, kv).is_none() {
            return Ok(false);
        }
        let (k, d, v) = (self.peek(0)?, self.peek(1)?, self.peek(2)?);
        let vw = self.arg_word(v, vv)?;
        let Some((d, kw)) = self.table_operands(d, LayoutId::Dict, k, kv)? else {
            return Ok(false);
        };
        let r = self.table_call(
            "h_dict_setitem_native",
            h_dict_setitem_native as *const () as u64,
            &[d, kw, vw],
            Type::Ref,
            Effect::MayWrite,
        );
        self.guard_handled(r);
        // A dict whose version the trace guards without watching any key (globals
        // while a builtin is read) may get a key: guard versions again after this.
        self.guarded.clear();
        for _ in 0..3 {
            self.pop()?;
        }
        Ok(true)
    }

    /// `s.add(k)` on an exact set by a native key ([`is_set_add`]; `s` and `k` the
    /// mirrored receiver and argument, `kv` the key): the call's result operand, or None
    /// when not recorded this way.
    pub(super) fn set_add_native_call(
        &mut self,
        s: Opnd,
        k: Opnd,
        kv: Value,
    ) -> Result<Option<Opnd>, Abort> {
        let Some((s, kw)) = self.table_operands(s, LayoutId::Set, k, kv)? else {
            return Ok(None);
        };
        let r = self.table_call(
            "h_set_add_native",
            h_set_add_native as *const () as u64,
            &[s, kw],
            Type::Ref,
            Effect::MayWrite,
        );
        self.guard_handled(r);
        Ok(Some(self.constant(Value::none())?))
    }
}

/// What keys the native paths take, checked against the VM's generic operations.
#[cfg(test)]
mod tests {
    use super::contains;
    use coil_vm::vm::Sink;
    use coil_vm::{Value, Vm};

    #[test]
    fn native_keys_match_generic_lookups() {
        let mut vm = Vm::new(1 << 20, false, Sink::Buffer(vec![]), Sink::Buffer(vec![]));
        let (s, d) = (vm.new_set(false), vm.new_dict());
        let keys = [Value::small(3), Value::small(-7), vm.new_str("k")];
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(vm.set_add_native(s, k), Some(()));
            assert_eq!(vm.dict_set_native(d, k, Value::small(i as i64)), Some(()));
        }
        for probe in [
            Value::small(3),
            Value::small(4),
            vm.new_str("k"),
            vm.new_str("x"),
        ] {
            let want = vm.contains(s, probe).unwrap();
            assert_eq!(contains(&mut vm, s, probe), Some(want));
            assert_eq!(contains(&mut vm, d, probe), Some(want));
            let got = vm.dict_get_native(d, probe).unwrap();
            assert_eq!(got, vm.dict_get(d, probe).unwrap());
        }
        // A float key is not native: left to the interpreter.
        let f = vm.new_float(3.0);
        assert_eq!(contains(&mut vm, s, f), None);
        assert_eq!(vm.set_add_native(s, f), None);
        assert_eq!(vm.set_len(s), 3);
    }
}
