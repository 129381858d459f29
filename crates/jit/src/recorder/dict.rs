//! Recording dict building: BUILD_MAP (any number of pairs), BUILD_CONST_KEY_MAP (dict
//! literals with constant keys) and MAP_ADD (dict comprehensions), as residual calls of
//! helpers that fill a dict with `Vm::dict_set` in the interpreter's order. A literal
//! with more values than a helper takes is filled by a chain of calls on the same dict.

use super::residual::{run, Helper, MAX_ARGS};
use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_vm::heap::{has_layout, items};
use coil_vm::layout::LayoutId;
use coil_vm::{Value, Vm};

/// Values one `h_dict_fill` call stores (its other arguments: dict, keys, start, count).
const FILL_VALUES: usize = 4;

/// Stores `n` values into dict `d` (0: a new dict) under the keys `keys[start..]` (a
/// tuple), as BUILD_CONST_KEY_MAP does; returns the dict.
#[allow(clippy::too_many_arguments)]
pub(super) extern "sysv64" fn h_dict_fill(
    d: u64,
    keys: u64,
    start: u64,
    n: u64,
    a0: u64,
    a1: u64,
    a2: u64,
    a3: u64,
) -> u64 {
    let vals = [a0, a1, a2, a3];
    run(|vm| {
        let d = if d == 0 { vm.new_dict() } else { Value(d) };
        let ks = items(Value(keys));
        let n = (n as usize).min(FILL_VALUES);
        for (i, &v) in vals[..n].iter().enumerate() {
            let Some(&k) = ks.get(start as usize + i) else {
                return Err(vm.raise_msg("SystemError", "BUILD_CONST_KEY_MAP keys"));
            };
            vm.dict_set(d, k, Value(v))?;
        }
        Ok(d)
    })
}

/// Stores the `n` pairs (keys and values interleaved) into dict `d` (0: a new dict), as
/// BUILD_MAP does; returns the dict.
#[allow(clippy::too_many_arguments)]
pub(super) extern "sysv64" fn h_dict_pairs(
    d: u64,
    n: u64,
    a0: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
) -> u64 {
    let kv = [a0, a1, a2, a3, a4, a5];
    run(|vm| {
        let d = if d == 0 { vm.new_dict() } else { Value(d) };
        let n = (n as usize).min(MAX_ARGS / 2);
        for p in kv[..2 * n].chunks(2) {
            vm.dict_set(d, Value(p[0]), Value(p[1]))?;
        }
        Ok(d)
    })
}

impl Recorder {
    /// BUILD_CONST_KEY_MAP(n): the values below the keys tuple, stored by chained
    /// `h_dict_fill` calls (the keys are constants of builtin types: no Python code runs).
    pub(super) fn build_const_key_map(&mut self, vm: &Vm, n: usize) -> Result<(), Abort> {
        let keys = Self::concrete(vm, 0);
        if !keys.is_ptr() || !has_layout(keys, LayoutId::Tuple) || items(keys).len() != n {
            return Err(u(AbortKind::Unsupported, "BUILD_CONST_KEY_MAP keys"));
        }
        let ko = self.top()?;
        let kw = self.arg_word(ko, keys)?;
        let mut vals = Vec::with_capacity(n);
        for k in (1..=n).rev() {
            let (o, v) = (self.peek(k)?, Self::concrete(vm, k));
            vals.push(self.arg_word(o, v)?);
        }
        let helper = if items(keys).iter().all(|k| builtin_key(*k)) {
            Helper::DictFill
        } else {
            Helper::DictFillAny
        };
        let mut d = self.trace.ptr(0);
        let mut start = 0;
        loop {
            let chunk = &vals[start..(start + FILL_VALUES).min(n)];
            let (s, c) = (
                self.trace.int(start as i64),
                self.trace.int(chunk.len() as i64),
            );
            let mut args = vec![d, kw, s, c];
            args.extend_from_slice(chunk);
            d = self.residual(helper, &args);
            start += FILL_VALUES;
            if start >= n {
                break;
            }
        }
        for _ in 0..=n {
            self.pop()?;
        }
        self.push_pending(d, true);
        Ok(())
    }

    /// BUILD_MAP(n): the `n` pairs by chained `h_dict_pairs` calls.
    pub(super) fn build_map(&mut self, vm: &Vm, n: usize) -> Result<(), Abort> {
        let words = self.top_words(vm, 2 * n)?;
        let per = MAX_ARGS / 2;
        let mut d = self.trace.ptr(0);
        let mut start = 0;
        loop {
            let end = (start + per).min(n);
            let c = self.trace.int((end - start) as i64);
            let mut args = vec![d, c];
            args.extend_from_slice(&words[2 * start..2 * end]);
            d = self.residual(Helper::DictPairs, &args);
            start = end;
            if start >= n {
                break;
            }
        }
        for _ in 0..2 * n {
            self.pop()?;
        }
        self.push_pending(d, true);
        Ok(())
    }

    /// MAP_ADD(i): `d[k] = v` into the comprehension's dict `i` below the pair.
    pub(super) fn map_add(&mut self, vm: &Vm, i: usize) -> Result<(), Abort> {
        if i == 0 {
            return Err(u(AbortKind::Unsupported, "MAP_ADD(0)"));
        }
        let (d, dv) = (self.peek(i + 1)?, Self::concrete(vm, i + 1));
        if !dv.is_ptr() || !has_layout(dv, LayoutId::Dict) {
            return Err(u(AbortKind::Unsupported, "MAP_ADD into a non-dict"));
        }
        let dw = self.arg_word(d, dv)?;
        let ws = self.top_words(vm, 2)?;
        self.residual(Helper::SetItem, &[dw, ws[0], ws[1]]);
        self.pop()?;
        self.pop()?;
        Ok(())
    }
}

/// Is `k` a key whose hash and equality run no Python code (str, int, float, None,
/// bool, bytes, and tuples of such)?
fn builtin_key(k: Value) -> bool {
    if !k.is_ptr() {
        return true;
    }
    if has_layout(k, LayoutId::Tuple) {
        return items(k).iter().all(|x| builtin_key(*x));
    }
    [
        LayoutId::Str,
        LayoutId::BigInt,
        LayoutId::Float,
        LayoutId::Bytes,
    ]
    .iter()
    .any(|l| has_layout(k, *l))
        || k.is_none()
        || k.is_bool()
}
