//! List slices in traces: BUILD_SLICE of small ints and None is a virtual slice object,
//! and a list subscript or slice store by such a slice is one specialised helper call
//! (`l[a:b:c]`, `l[a:b:c] = seq`): no slice object, no generic dispatch.
//!
//! The helpers never raise and never run Python code: what they do not handle (a bound
//! that is not a small int or None, a value that is not a list or tuple, an extended
//! slice store of another length) they leave untouched and return 0, and the trace
//! leaves through a guard whose snapshot is the state before the subscript, so the
//! interpreter executes it (and raises what it raises) itself.

use super::Recorder;
use crate::abort::Abort;
use coil_ir::{CallDescr, Descr, Effect, FieldDescr, Opcode, Opnd, SizeDescr, Type};
use coil_vm::heap::jit::with_vm;
use coil_vm::heap::{self, has_layout};
use coil_vm::layout::{LayoutId, ListObj, SliceObj};
use coil_vm::objects::seq::{list_items, list_len};
use coil_vm::{Value, Vm};
use smallvec::SmallVec;

/// The fields of a slice object, in BUILD_SLICE's operand order.
const SLICE_FIELDS: [(&str, usize); 3] = [
    ("Slice.start", std::mem::offset_of!(SliceObj, start)),
    ("Slice.stop", std::mem::offset_of!(SliceObj, stop)),
    ("Slice.step", std::mem::offset_of!(SliceObj, step)),
];

/// A bound word: None, or a small int (bools and big ints are left to the VM).
#[inline(always)]
fn bound(w: u64) -> Option<Option<i64>> {
    let v = Value(w);
    if v.is_small() {
        // Bools are objects, never small ints.
        Some(Some(v.small_value()))
    } else if v.is_none() {
        Some(None)
    } else {
        None
    }
}

/// `(start, step, count)` of slice words `a:b:c` over a sequence of `len` items, as
/// the VM's `slice_indices` (CPython's PySlice_AdjustIndices); None: not handled here.
fn indices(len: usize, a: u64, b: u64, c: u64) -> Option<(i64, i64, usize)> {
    let step = bound(c)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |x: Option<i64>, default: i64| match x {
        None => default,
        Some(v) if v < 0 => (v + len).max(lower),
        Some(v) => v.min(upper),
    };
    let start = fix(bound(a)?, if step < 0 { upper } else { lower });
    let stop = fix(bound(b)?, if step < 0 { lower } else { upper });
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Some((start, step, count as usize))
}

/// `l[a:b:c]` for a list `l`: the new list's word, or 0 (not handled).
extern "sysv64" fn h_list_getslice(l: u64, a: u64, b: u64, c: u64) -> u64 {
    let l = Value(l);
    if !l.is_ptr() || !has_layout(l, LayoutId::List) {
        return 0;
    }
    let Some((start, step, count)) = indices(list_len(l), a, b, c) else {
        return 0;
    };
    with_vm(|vm| {
        vm.gc_inhibit += 1;
        let items = list_items(l);
        let r = if step == 1 {
            let s = start as usize;
            vm.new_list(&items[s..s + count])
        } else {
            // No heap vector for the picked items: fannkuch's `perm[k::-1]` runs this
            // millions of times.
            let picked: SmallVec<[Value; 32]> = (0..count as i64)
                .map(|i| items[(start + i * step) as usize])
                .collect();
            vm.new_list(&picked)
        };
        vm.gc_inhibit -= 1;
        r.0
    })
}

/// `l[a:b:c] = v` for a list `l` and a list or tuple `v`: None's word, or 0 (not
/// handled; nothing changed).
extern "sysv64" fn h_list_setslice(l: u64, a: u64, b: u64, c: u64, v: u64) -> u64 {
    let (l, v) = (Value(l), Value(v));
    if !l.is_ptr() || !has_layout(l, LayoutId::List) || !v.is_ptr() {
        return 0;
    }
    let src: &[Value] = if has_layout(v, LayoutId::List) {
        list_items(v)
    } else if has_layout(v, LayoutId::Tuple) {
        heap::items(v)
    } else {
        return 0;
    };
    let Some((start, step, count)) = indices(list_len(l), a, b, c) else {
        return 0;
    };
    if src.len() != count && step != 1 {
        return 0;
    }
    with_vm(|vm| {
        vm.gc_inhibit += 1;
        if src.len() != count {
            // Step 1, another length: the list grows or shrinks (the VM's way).
            let s = start as usize;
            let mut items = list_items(l).to_vec();
            items.splice(s..s + count, src.iter().copied());
            vm.list_replace(l, &items);
        } else if l != v {
            let dst = list_items(l);
            if step == 1 {
                let s = start as usize;
                dst[s..s + count].copy_from_slice(src);
            } else {
                for (i, &x) in src.iter().enumerate() {
                    dst[(start + i as i64 * step) as usize] = x;
                }
            }
            if count > 0 {
                // One barrier for the items array (what `list_set` does per item).
                vm.heap.barrier(heap::get::<ListObj>(l).items);
            }
        } else if step != 1 {
            // `l[::-1] = l`: read every item before the first store.
            let copy = src.to_vec();
            for (i, x) in copy.into_iter().enumerate() {
                vm.list_set(l, (start + i as i64 * step) as usize, x);
            }
        }
        vm.gc_inhibit -= 1;
    });
    Value::none().0
}

impl Recorder {
    /// BUILD_SLICE(n) of small ints and None: a virtual slice object (its fields the
    /// bounds' words); false: anything else, left to the VM's helper.
    pub(super) fn build_slice_virtual(&mut self, vm: &Vm, n: usize) -> Result<bool, Abort> {
        let mut ws = Vec::with_capacity(3);
        for k in (0..n).rev() {
            let (o, v) = (self.peek(k)?, Self::concrete(vm, k));
            let ok = match self.ty(o) {
                Type::Int => v.is_small() && !v.is_bool(),
                Type::Ref => v.is_none() || (v.is_small() && !v.is_bool()),
                _ => false,
            };
            if !ok {
                return Ok(false);
            }
            ws.push(o);
        }
        let mut words = Vec::with_capacity(3);
        for o in ws {
            words.push(self.box_word(o)?);
        }
        if n == 2 {
            words.push(self.constant(Value::none())?);
        }
        let sd = self.trace.descrs.size(SizeDescr {
            name: "Slice".into(),
            size: std::mem::size_of::<SliceObj>() as u32,
            vtable: LayoutId::Slice as u32,
        });
        let s = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
        for ((name, off), w) in SLICE_FIELDS.iter().zip(words) {
            let mut fd = FieldDescr::new(name, *off as i32, Type::Ref);
            fd.immutable = true;
            let d = self.fd(fd);
            self.trace.emit(Opcode::SetfieldGc, &[s, w], d);
        }
        for _ in 0..n {
            self.pop()?;
        }
        self.push(s);
        Ok(true)
    }

    /// The bound words of `o` when it is a virtual slice this trace built.
    fn slice_words(&self, o: Opnd) -> Option<[Opnd; 3]> {
        let Opnd::Ref(r) = o else { return None };
        let ops = &self.trace.ops;
        let op = ops.get(r.index())?;
        let Descr::Size(sd) = op.descr else {
            return None;
        };
        if op.opcode != Opcode::NewWithVtable
            || self.trace.descrs.s(sd).vtable != LayoutId::Slice as u32
        {
            return None;
        }
        let mut w = [o; 3];
        for (k, x) in w.iter_mut().enumerate() {
            let set = ops.get(r.index() + 1 + k)?;
            if set.opcode != Opcode::SetfieldGc || set.args.first() != Some(&o) {
                return None;
            }
            *x = *set.args.get(1)?;
        }
        Some(w)
    }

    /// A call of slice helper `name` (never raising, 0: not handled) followed by the
    /// guard that leaves before the instruction when it returned 0.
    fn slice_call(&mut self, name: &str, addr: u64, args: &[Opnd]) -> Opnd {
        let s = self.snap();
        let cd = self.trace.descrs.call(CallDescr {
            name: name.into(),
            addr,
            args: vec![Type::Ref; args.len()],
            result: Type::Ref,
            effect: Effect::MayWrite,
            can_raise: false,
            can_collect: false,
        });
        let r = Opnd::Ref(self.trace.emit(Opcode::CallR, args, Descr::Call(cd)));
        // A comparison, not guard_nonnull: the optimizer would strengthen a
        // guard_nonnull with later guards on the result, under this snapshot.
        let null = self.trace.ptr(0);
        let bad = self.emit(Opcode::PtrEq, &[r, null]);
        self.trace.guard(Opcode::GuardFalse, &[bad], s);
        r
    }

    /// BINARY_SUBSCR of a list by a virtual slice: Ok(true) when recorded.
    pub(super) fn list_getslice(&mut self, vm: &Vm) -> Result<bool, Abort> {
        let (c, k) = (self.peek(1)?, self.peek(0)?);
        let cv = Self::concrete(vm, 1);
        let Some([a, b, st]) = self.slice_words(k) else {
            return Ok(false);
        };
        if self.ty(c) != Type::Ref || !cv.is_ptr() || !has_layout(cv, LayoutId::List) {
            return Ok(false);
        }
        let r = self.slice_call(
            "h_list_getslice",
            h_list_getslice as *const () as u64,
            &[c, a, b, st],
        );
        self.pop()?;
        self.pop()?;
        self.push(r);
        Ok(true)
    }

    /// STORE_SUBSCR (`v c k`) into a list by a virtual slice: Ok(true) when recorded.
    pub(super) fn list_setslice(&mut self, vm: &Vm) -> Result<bool, Abort> {
        let (k, c, v) = (self.peek(0)?, self.peek(1)?, self.peek(2)?);
        let (cv, vv) = (Self::concrete(vm, 1), Self::concrete(vm, 2));
        let Some([a, b, st]) = self.slice_words(k) else {
            return Ok(false);
        };
        if self.ty(c) != Type::Ref
            || self.ty(v) != Type::Ref
            || !cv.is_ptr()
            || !has_layout(cv, LayoutId::List)
            || !vv.is_ptr()
            || !(has_layout(vv, LayoutId::List) || has_layout(vv, LayoutId::Tuple))
        {
            return Ok(false);
        }
        self.slice_call(
            "h_list_setslice",
            h_list_setslice as *const () as u64,
            &[c, a, b, st, v],
        );
        for _ in 0..3 {
            self.pop()?;
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::indices;
    use coil_vm::Value;

    fn w(x: Option<i64>) -> u64 {
        x.map(|n| Value::small(n).0).unwrap_or(Value::none().0)
    }

    /// A slice's start, stop and step, and the indices Python selects with it.
    type Case = (Option<i64>, Option<i64>, Option<i64>, Vec<i64>);

    /// Python's own results for these slices of a 10-item sequence.
    #[test]
    fn slice_indices_match_python() {
        let cases: &[Case] = &[
            (None, None, None, (0..10).collect()),
            (None, Some(4), None, vec![0, 1, 2, 3]),
            (Some(3), None, Some(-1), vec![3, 2, 1, 0]),
            (None, None, Some(-1), (0..10).rev().collect()),
            (Some(-3), None, None, vec![7, 8, 9]),
            (Some(-30), Some(30), Some(3), vec![0, 3, 6, 9]),
            (Some(8), Some(2), Some(-2), vec![8, 6, 4]),
            (Some(5), Some(2), None, vec![]),
            (Some(20), None, Some(-4), vec![9, 5, 1]),
        ];
        for (a, b, c, want) in cases {
            let (start, step, count) = indices(10, w(*a), w(*b), w(*c)).unwrap();
            let got: Vec<i64> = (0..count as i64).map(|i| start + i * step).collect();
            assert_eq!(&got, want, "{a:?}:{b:?}:{c:?}");
        }
        assert!(indices(10, w(None), w(None), w(Some(0))).is_none());
    }
}
