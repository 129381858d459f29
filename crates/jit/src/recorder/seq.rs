//! Recording lists and tuples: indexing and item stores with bounds guards, unpacking
//! (`a, b = t`, `a, *b = t`), `for` over
//! list and tuple iterators, and the builtins `len`, `abs`, `min` and `max` on values
//! the trace models.

use super::residual::{run, Helper, Pending, MAX_ARGS};
use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_ir::{ArrayDescr, Descr, FieldDescr, Opcode, Opnd, Type};
use coil_vm::heap::{self, get, has_layout};
use coil_vm::layout::{off, IterObj, LayoutId};
use coil_vm::objects::float::{float_value, is_float};
use coil_vm::objects::seq::{list_items, list_len};
use coil_vm::objects::types::IterKind;
use coil_vm::{Value, Vm};

/// BINARY_OP's argument for `*`.
const NB_MULTIPLY: usize = 5;

/// Most items `h_list_repeat` makes (as the VM's `list * n`: more is a MemoryError).
const REPEAT_MAX: usize = 1 << 32;

/// `l * n` for a list `l` (the caller guarded its class) and a machine int `n`: a new
/// list (called from traces; never runs Python code).
pub(super) extern "sysv64" fn h_list_repeat(l: u64, n: u64) -> u64 {
    run(|vm| {
        let n = (n as i64).max(0) as usize;
        let src = list_items(Value(l));
        if src.len().saturating_mul(n) > REPEAT_MAX {
            return Err(vm.raise_msg("MemoryError", ""));
        }
        let items: Vec<Value> = src.iter().copied().cycle().take(src.len() * n).collect();
        Ok(vm.new_list(&items))
    })
}

/// The builtins the recorder turns into IR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Builtin {
    Len,
    Abs,
    Min,
    Max,
    Range,
    IsInstance,
    Int,
    Float,
}

impl Builtin {
    const ALL: [(Builtin, &'static str); 8] = [
        (Builtin::Range, "range"),
        (Builtin::IsInstance, "isinstance"),
        (Builtin::Len, "len"),
        (Builtin::Abs, "abs"),
        (Builtin::Min, "min"),
        (Builtin::Max, "max"),
        (Builtin::Int, "int"),
        (Builtin::Float, "float"),
    ];
}

fn array(name: &str, layout: LayoutId) -> ArrayDescr {
    ArrayDescr {
        name: name.into(),
        base_offset: off::ARRAY_ITEMS,
        item_size: 8,
        len_offset: off::ARRAY_LEN,
        item_ty: Type::Ref,
        signed: false,
        layout: layout as u32,
    }
}

impl Recorder {
    fn list_len_of(&mut self, l: Opnd) -> Opnd {
        let d = self.fd(FieldDescr::int("List.len", off::LIST_LEN));
        Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[l], d))
    }

    fn list_items_of(&mut self, l: Opnd) -> Opnd {
        let d = self.fd(FieldDescr::new("List.items", off::LIST_ITEMS, Type::Ref));
        Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[l], d))
    }

    pub(super) fn va_descr(&mut self) -> Descr {
        Descr::Array(
            self.trace
                .descrs
                .array(array("ValueArray", LayoutId::ValueArray)),
        )
    }

    pub(super) fn tuple_descr(&mut self) -> Descr {
        Descr::Array(self.trace.descrs.array(array("Tuple", LayoutId::Tuple)))
    }

    /// The guarded in-range index for `k` (concretely `kv`) into a sequence of length
    /// `len` (concretely `n`), Python's negative indexing included.
    fn seq_index(&mut self, k: Opnd, kv: i64, len: Opnd, n: usize) -> Result<Opnd, Abort> {
        let zero = self.trace.int(0);
        let idx = if kv >= 0 {
            if kv as usize >= n {
                return Err(u(AbortKind::Unsupported, "index out of range"));
            }
            k
        } else {
            if kv.unsigned_abs() as usize > n {
                return Err(u(AbortKind::Unsupported, "index out of range"));
            }
            let neg = self.emit(Opcode::IntLt, &[k, zero]);
            self.guard(Opcode::GuardTrue, &[neg]);
            self.emit(Opcode::IntAdd, &[k, len])
        };
        let ok = self.emit(Opcode::UintLt, &[idx, len]);
        self.guard(Opcode::GuardTrue, &[ok]);
        Ok(idx)
    }

    /// BINARY_SUBSCR of a list or tuple by an int.
    pub(super) fn binary_subscr(&mut self, vm: &Vm) -> Result<(), Abort> {
        let (cv, kv) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        let (c, k) = (self.peek(1)?, self.peek(0)?);
        if self.ty(c) != Type::Ref || self.ty(k) != Type::Int || !kv.is_small() {
            return Err(u(AbortKind::Unsupported, "subscript of these types"));
        }
        let (item, w) = if has_layout(cv, LayoutId::List) {
            let n = list_len(cv);
            let lay = self.trace.int(LayoutId::List as i64);
            self.guard(Opcode::GuardClass, &[c, lay]);
            let len = self.list_len_of(c);
            let idx = self.seq_index(k, kv.small_value(), len, n)?;
            let items = self.list_items_of(c);
            let d = self.va_descr();
            let i = (idx_value(kv.small_value(), n)) as usize;
            let w = Opnd::Ref(self.trace.emit(Opcode::GetarrayitemGcR, &[items, idx], d));
            (list_items(cv)[i], w)
        } else if has_layout(cv, LayoutId::Tuple) {
            let items = heap::items(cv);
            let n = items.len();
            let lay = self.trace.int(LayoutId::Tuple as i64);
            self.guard(Opcode::GuardClass, &[c, lay]);
            let d = self.tuple_descr();
            let len = Opnd::Ref(self.trace.emit(Opcode::ArraylenGc, &[c], d));
            let idx = self.seq_index(k, kv.small_value(), len, n)?;
            let i = idx_value(kv.small_value(), n) as usize;
            let w = Opnd::Ref(self.trace.emit(Opcode::GetarrayitemGcR, &[c, idx], d));
            (items[i], w)
        } else {
            return Err(u(AbortKind::Unsupported, "subscript of this container"));
        };
        let r = self.unbox_word(w, item)?;
        self.pop()?;
        self.pop()?;
        self.push(r);
        Ok(())
    }

    /// STORE_SUBSCR into a list at an int index.
    pub(super) fn store_subscr(&mut self, vm: &Vm) -> Result<(), Abort> {
        let (kv, cv, vv) = (
            Self::concrete(vm, 0),
            Self::concrete(vm, 1),
            Self::concrete(vm, 2),
        );
        let (k, c, v) = (self.peek(0)?, self.peek(1)?, self.peek(2)?);
        self.check(v, vv)?;
        if self.ty(c) != Type::Ref
            || self.ty(k) != Type::Int
            || !kv.is_small()
            || !has_layout(cv, LayoutId::List)
            || (vv.is_bool() && self.ty(v) != Type::Ref)
        {
            return Err(u(AbortKind::Unsupported, "item store into this container"));
        }
        let n = list_len(cv);
        let lay = self.trace.int(LayoutId::List as i64);
        self.guard(Opcode::GuardClass, &[c, lay]);
        let len = self.list_len_of(c);
        let idx = self.seq_index(k, kv.small_value(), len, n)?;
        let w = self.box_word(v)?;
        let items = self.list_items_of(c);
        let d = self.va_descr();
        self.trace.emit(Opcode::SetarrayitemGc, &[items, idx, w], d);
        self.pop()?;
        self.pop()?;
        self.pop()?;
        Ok(())
    }

    /// Appends mirror value `v` (concretely `vv`) to list `l` (concretely `lv`) when it
    /// has room: guards the capacity (a full list leaves the trace: the interpreter grows
    /// it), stores the item, bumps the length.
    pub(super) fn list_append(
        &mut self,
        l: Opnd,
        lv: Value,
        v: Opnd,
        vv: Value,
    ) -> Result<(), Abort> {
        self.check(v, vv)?;
        if self.ty(l) != Type::Ref
            || !has_layout(lv, LayoutId::List)
            || (vv.is_bool() && self.ty(v) != Type::Ref)
        {
            return Err(u(AbortKind::Unsupported, "append to this object"));
        }
        let lo = get::<coil_vm::layout::ListObj>(lv);
        if lo.items.is_empty() || heap::items(lo.items).len() <= lo.len as usize {
            // The list grows: the VM's append.
            let w = self.box_word(v)?;
            return self.list_append_residual(l, w);
        }
        let lay = self.trace.int(LayoutId::List as i64);
        self.guard(Opcode::GuardClass, &[l, lay]);
        let items = self.list_items_of(l);
        self.guard(Opcode::GuardNonnull, &[items]);
        let d = self.va_descr();
        let cap = Opnd::Ref(self.trace.emit(Opcode::ArraylenGc, &[items], d));
        let len = self.list_len_of(l);
        let room = self.emit(Opcode::IntLt, &[len, cap]);
        self.guard(Opcode::GuardTrue, &[room]);
        let w = self.box_word(v)?;
        self.trace.emit(Opcode::SetarrayitemGc, &[items, len, w], d);
        let one = self.trace.int(1);
        let n2 = self.emit(Opcode::IntAdd, &[len, one]);
        let ld = self.fd(FieldDescr::int("List.len", off::LIST_LEN));
        self.trace.emit(Opcode::SetfieldGc, &[l, n2], ld);
        Ok(())
    }

    /// `l * n` (BINARY_OP multiply) for a list `l` and an unboxed int `n`: one
    /// `h_list_repeat` call (no Python code runs, versions survive it). False: not that.
    pub(super) fn list_repeat(&mut self, vm: &Vm, arg: usize) -> Result<bool, Abort> {
        let (lv, nv) = (Self::concrete(vm, 1), Self::concrete(vm, 0));
        let (l, n) = (self.peek(1)?, self.peek(0)?);
        if arg != NB_MULTIPLY
            || !lv.is_ptr()
            || !has_layout(lv, LayoutId::List)
            || !nv.is_small()
            || nv.is_bool()
            || self.ty(l) != Type::Ref
            || self.ty(n) != Type::Int
        {
            return Ok(false);
        }
        self.check(l, lv)?;
        self.check(n, nv)?;
        let lay = self.trace.int(LayoutId::List as i64);
        self.guard(Opcode::GuardClass, &[l, lay]);
        let r = self.residual(Helper::ListRepeat, &[l, n]);
        self.pop()?;
        self.pop()?;
        self.push_pending(r, true);
        Ok(true)
    }

    /// The items of the tuple or list on top of the stack (concretely `sv`), guarded to
    /// be exactly as many as now: the concrete items, the array holding their words and
    /// its descr.
    fn fixed_items(&mut self, sv: Value) -> Result<(Vec<Value>, Opnd, Descr), Abort> {
        let s = self.top()?;
        if self.ty(s) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "unpacking an unboxed value"));
        }
        if has_layout(sv, LayoutId::Tuple) {
            let items = heap::items(sv).to_vec();
            let kn = self.trace.int(items.len() as i64);
            let lay = self.trace.int(LayoutId::Tuple as i64);
            self.guard(Opcode::GuardClass, &[s, lay]);
            let d = self.tuple_descr();
            let len = Opnd::Ref(self.trace.emit(Opcode::ArraylenGc, &[s], d));
            self.guard(Opcode::GuardValue, &[len, kn]);
            Ok((items, s, d))
        } else if has_layout(sv, LayoutId::List) {
            let items = list_items(sv).to_vec();
            let kn = self.trace.int(items.len() as i64);
            let lay = self.trace.int(LayoutId::List as i64);
            self.guard(Opcode::GuardClass, &[s, lay]);
            let len = self.list_len_of(s);
            self.guard(Opcode::GuardValue, &[len, kn]);
            let arr = self.list_items_of(s);
            Ok((items, arr, self.va_descr()))
        } else {
            Err(u(AbortKind::Unsupported, "unpacking this type"))
        }
    }

    /// UNPACK_SEQUENCE(n) of a tuple or list of exactly `n` items.
    pub(super) fn unpack_sequence(&mut self, vm: &Vm, n: usize) -> Result<(), Abort> {
        let sv = Self::concrete(vm, 0);
        if !(has_layout(sv, LayoutId::Tuple) && heap::items(sv).len() == n
            || has_layout(sv, LayoutId::List) && list_len(sv) == n)
        {
            return Err(u(
                AbortKind::Unsupported,
                "unpacking the wrong number of items",
            ));
        }
        let (items, arr, d) = self.fixed_items(sv)?;
        let mut vals = Vec::with_capacity(n);
        for (i, v) in items.iter().enumerate() {
            let k = self.trace.int(i as i64);
            let w = Opnd::Ref(self.trace.emit(Opcode::GetarrayitemGcR, &[arr, k], d));
            vals.push(self.unbox_word(w, *v)?);
        }
        self.pop()?;
        for v in vals.into_iter().rev() {
            self.push(v);
        }
        Ok(())
    }

    /// UNPACK_EX(`before | after << 8`) of a tuple or list (its length guarded): the
    /// `before` first and `after` last items unboxed, the ones between in a new list
    /// (the VM's list builder, a helper call whose result the next instruction resolves).
    pub(super) fn unpack_ex(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        let (before, after) = (arg & 0xff, arg >> 8);
        let sv = Self::concrete(vm, 0);
        let n = if has_layout(sv, LayoutId::Tuple) {
            heap::items(sv).len()
        } else if has_layout(sv, LayoutId::List) {
            list_len(sv)
        } else {
            return Err(u(AbortKind::Unsupported, "unpacking this type"));
        };
        if n < before + after {
            return Err(u(AbortKind::Unsupported, "unpacking too few items"));
        }
        let mid = n - before - after;
        if mid > MAX_ARGS {
            return Err(u(AbortKind::Unsupported, "starred target of many items"));
        }
        let (items, arr, d) = self.fixed_items(sv)?;
        let mut words = Vec::with_capacity(n);
        for i in 0..n {
            let k = self.trace.int(i as i64);
            words.push(Opnd::Ref(self.trace.emit(
                Opcode::GetarrayitemGcR,
                &[arr, k],
                d,
            )));
        }
        let mut firsts = Vec::with_capacity(before);
        for i in 0..before {
            firsts.push(self.unbox_word(words[i], items[i])?);
        }
        let mut lasts = Vec::with_capacity(after);
        for i in n - after..n {
            lasts.push(self.unbox_word(words[i], items[i])?);
        }
        let mut args = vec![self.trace.int(mid as i64)];
        args.extend_from_slice(&words[before..n - after]);
        let list = self.residual(Helper::BuildList, &args);
        self.pop()?;
        for v in lasts.into_iter().rev() {
            self.push(v);
        }
        self.push(list);
        self.pending = Some(Pending::Result {
            slot: self.slots.len() - 1,
            obj: true,
        });
        for v in firsts.into_iter().rev() {
            self.push(v);
        }
        Ok(())
    }

    /// BUILD_TUPLE(n): a fresh tuple of the top `n` operands (virtual until it escapes).
    pub(super) fn build_tuple(&mut self, vm: &Vm, n: usize) -> Result<(), Abort> {
        if n == 0 {
            return Err(u(AbortKind::Unsupported, "the empty tuple"));
        }
        let mut ws = Vec::with_capacity(n);
        for k in (0..n).rev() {
            let (o, v) = (self.peek(k)?, Self::concrete(vm, k));
            self.check(o, v)?;
            if v.is_bool() && self.ty(o) != Type::Ref {
                return Err(u(AbortKind::Unsupported, "unboxed bool in a tuple"));
            }
            ws.push(o);
        }
        let mut words = Vec::with_capacity(n);
        for o in ws {
            words.push(self.box_word(o)?);
        }
        let d = self.tuple_descr();
        let len = self.trace.int(n as i64);
        let t = Opnd::Ref(self.trace.emit(Opcode::NewArray, &[len], d));
        for (i, w) in words.into_iter().enumerate() {
            let k = self.trace.int(i as i64);
            self.trace.emit(Opcode::SetarrayitemGc, &[t, k, w], d);
        }
        for _ in 0..n {
            self.pop()?;
        }
        self.push(t);
        Ok(())
    }

    /// LIST_APPEND(i) of a comprehension.
    pub(super) fn list_append_op(&mut self, vm: &Vm, i: usize) -> Result<(), Abort> {
        if i == 0 {
            return Err(u(AbortKind::Unsupported, "LIST_APPEND(0)"));
        }
        let (v, l) = (self.peek(0)?, self.peek(i)?);
        self.list_append(l, Self::concrete(vm, i), v, Self::concrete(vm, 0))?;
        self.pop()?;
        Ok(())
    }

    /// FOR_ITER over a list or tuple iterator; sets `*next` to the loop exit when the
    /// iterator is exhausted.
    pub(super) fn for_iter_seq(
        &mut self,
        it: Value,
        exit: u32,
        next: &mut u32,
    ) -> Result<(), Abort> {
        let o = self.top()?;
        if !has_layout(it, LayoutId::Iter) || self.ty(o) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "FOR_ITER over this iterator"));
        }
        let io = get::<IterObj>(it);
        let kind = IterKind::from_u64(io.kind);
        if !matches!(kind, IterKind::List | IterKind::Tuple) {
            return Err(u(
                AbortKind::Unsupported,
                "FOR_ITER over this iterator kind",
            ));
        }
        let lay = self.trace.int(LayoutId::Iter as i64);
        self.guard(Opcode::GuardClass, &[o, lay]);
        let mut kd = FieldDescr::int("Iter.kind", std::mem::offset_of!(IterObj, kind) as i32);
        kd.immutable = true;
        let kd = self.fd(kd);
        let kf = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[o], kd));
        let kk = self.trace.int(io.kind as i64);
        self.guard(Opcode::GuardValue, &[kf, kk]);
        let mut sd = FieldDescr::new(
            "Iter.src",
            std::mem::offset_of!(IterObj, src) as i32,
            Type::Ref,
        );
        sd.immutable = true;
        let sd = self.fd(sd);
        let src = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[o], sd));
        let xd = self.fd(FieldDescr::int(
            "Iter.index",
            std::mem::offset_of!(IterObj, index) as i32,
        ));
        let idx = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[o], xd));
        let i = io.index;
        let (len, n, item) = if kind == IterKind::List {
            let n = list_len(io.src);
            let len = self.list_len_of(src);
            let item = (i >= 0 && (i as usize) < n).then(|| list_items(io.src)[i as usize]);
            (len, n, item)
        } else {
            let items = heap::items(io.src);
            let d = self.tuple_descr();
            let len = Opnd::Ref(self.trace.emit(Opcode::ArraylenGc, &[src], d));
            let item = (i >= 0 && (i as usize) < items.len()).then(|| items[i as usize]);
            (len, items.len(), item)
        };
        let _ = n;
        let more = self.emit(Opcode::UintLt, &[idx, len]);
        match item {
            Some(v) => {
                self.guard(Opcode::GuardTrue, &[more]);
                let w = if kind == IterKind::List {
                    let items = self.list_items_of(src);
                    let d = self.va_descr();
                    Opnd::Ref(self.trace.emit(Opcode::GetarrayitemGcR, &[items, idx], d))
                } else {
                    let d = self.tuple_descr();
                    Opnd::Ref(self.trace.emit(Opcode::GetarrayitemGcR, &[src, idx], d))
                };
                let r = self.unbox_word(w, v)?;
                let one = self.trace.int(1);
                let i2 = self.emit(Opcode::IntAdd, &[idx, one]);
                self.trace.emit(Opcode::SetfieldGc, &[o, i2], xd);
                self.push(r);
            }
            None => {
                self.guard(Opcode::GuardFalse, &[more]);
                if kind == IterKind::List {
                    let end = self.trace.int(i64::MAX / 2);
                    self.trace.emit(Opcode::SetfieldGc, &[o, end], xd);
                }
                self.pop()?;
                *next = exit;
            }
        }
        Ok(())
    }

    /// Which modelled builtin `f` is, if any.
    pub(super) fn builtin_of(&self, vm: &mut Vm, f: Value) -> Option<Builtin> {
        if !has_layout(f, LayoutId::Native) && !has_layout(f, LayoutId::Type) {
            return None;
        }
        let b = vm.builtins;
        for (k, name) in Builtin::ALL {
            let n = vm.intern(name);
            if vm.dict_get_str(b, n) == Some(f) {
                return Some(k);
            }
        }
        None
    }

    /// A call of builtin `b` on the mirrored arguments `args` (concretely `vals`): the
    /// result operand, or None for cases the recorder does not model in-line (nothing
    /// is emitted then: the call becomes a residual call).
    pub(super) fn call_builtin(
        &mut self,
        vm: &mut Vm,
        b: Builtin,
        args: &[Opnd],
        vals: &[Value],
    ) -> Result<Option<Opnd>, Abort> {
        for (a, v) in args.iter().zip(vals) {
            self.check(*a, *v)?;
            if v.is_bool() && self.ty(*a) != Type::Ref {
                return Ok(None);
            }
        }
        if b == Builtin::IsInstance {
            return self.isinstance(vm, args, vals);
        }
        if vals.iter().any(|v| v.is_bool()) {
            return Ok(None);
        }
        self.call_builtin_inline(b, args, vals)
            .map(Some)
            .or_else(|a| match a.kind {
                AbortKind::Unsupported => Ok(None),
                _ => Err(a),
            })
    }

    fn call_builtin_inline(
        &mut self,
        b: Builtin,
        args: &[Opnd],
        vals: &[Value],
    ) -> Result<Opnd, Abort> {
        match (b, args, vals) {
            (Builtin::Len, [a], [v]) if self.ty(*a) == Type::Ref => {
                if has_layout(*v, LayoutId::List) {
                    let lay = self.trace.int(LayoutId::List as i64);
                    self.guard(Opcode::GuardClass, &[*a, lay]);
                    Ok(self.list_len_of(*a))
                } else if has_layout(*v, LayoutId::Tuple) {
                    let lay = self.trace.int(LayoutId::Tuple as i64);
                    self.guard(Opcode::GuardClass, &[*a, lay]);
                    let d = self.tuple_descr();
                    Ok(Opnd::Ref(self.trace.emit(Opcode::ArraylenGc, &[*a], d)))
                } else if has_layout(*v, LayoutId::Str) {
                    let lay = self.trace.int(LayoutId::Str as i64);
                    self.guard(Opcode::GuardClass, &[*a, lay]);
                    let mut d = FieldDescr::int(
                        "Str.len",
                        std::mem::offset_of!(coil_vm::layout::StrObj, len) as i32,
                    );
                    d.immutable = true;
                    let d = self.fd(d);
                    Ok(Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[*a], d)))
                } else {
                    Err(u(AbortKind::Unsupported, "len() of this type"))
                }
            }
            (Builtin::Abs, [a], [v]) => match self.ty(*a) {
                Type::Float => Ok(self.emit(Opcode::FloatAbs, &[*a])),
                Type::Int => {
                    let x = v.small_value();
                    let zero = self.trace.int(0);
                    let neg = self.emit(Opcode::IntLt, &[*a, zero]);
                    if x < 0 {
                        self.guard(Opcode::GuardTrue, &[neg]);
                        Ok(self.emit(Opcode::IntNeg, &[*a]))
                    } else {
                        self.guard(Opcode::GuardFalse, &[neg]);
                        Ok(*a)
                    }
                }
                _ => Err(u(AbortKind::Unsupported, "abs() of an object")),
            },
            (Builtin::Min | Builtin::Max, [a, c], [x, y]) => {
                // min(a, b) is b when b < a, else a; max(a, b) is b when b > a, else a.
                let (ta, tc) = (self.ty(*a), self.ty(*c));
                let (opc, took) = match (ta, tc) {
                    (Type::Int, Type::Int) => {
                        let (p, q) = (x.small_value(), y.small_value());
                        if b == Builtin::Min {
                            (Opcode::IntLt, q < p)
                        } else {
                            (Opcode::IntGt, q > p)
                        }
                    }
                    (Type::Float, Type::Float) if is_float(*x) && is_float(*y) => {
                        let (p, q) = (float_value(*x), float_value(*y));
                        if b == Builtin::Min {
                            (Opcode::FloatLt, q < p)
                        } else {
                            (Opcode::FloatGt, q > p)
                        }
                    }
                    _ => return Err(u(AbortKind::Unsupported, "min/max of these types")),
                };
                let r = self.emit(opc, &[*c, *a]);
                if took {
                    self.guard(Opcode::GuardTrue, &[r]);
                    Ok(*c)
                } else {
                    self.guard(Opcode::GuardFalse, &[r]);
                    Ok(*a)
                }
            }
            (Builtin::Range, _, _) => self.range(args, vals),
            (Builtin::Int, [a], [v]) => match self.ty(*a) {
                Type::Int => Ok(*a),
                Type::Float if is_float(*v) => {
                    // int(f) truncates; cast_float_to_int gives i64::MIN for NaN and
                    // out-of-range values, which the guard sends to the interpreter.
                    let t = float_value(*v).trunc();
                    if !(t > i64::MIN as f64 && t < i64::MAX as f64) {
                        return Err(u(AbortKind::Unsupported, "int() of a huge float"));
                    }
                    let r = self.emit(Opcode::CastFloatToInt, &[*a]);
                    let min = self.trace.int(i64::MIN);
                    let ok = self.emit(Opcode::IntNe, &[r, min]);
                    self.guard(Opcode::GuardTrue, &[ok]);
                    Ok(r)
                }
                _ => Err(u(AbortKind::Unsupported, "int() of an object")),
            },
            (Builtin::Float, [a], [_]) => match self.ty(*a) {
                Type::Float => Ok(*a),
                // Correctly rounded like PyLong_AsDouble (round half to even).
                Type::Int => Ok(self.emit(Opcode::CastIntToFloat, &[*a])),
                _ => Err(u(AbortKind::Unsupported, "float() of an object")),
            },
            _ => Err(u(AbortKind::Unsupported, "builtin with these arguments")),
        }
    }

    /// `range(stop)`, `range(start, stop)` or `range(start, stop, step)` of ints with a
    /// constant positive step: a Range object the trace builds (virtual unless it
    /// escapes: `for` over it reads its fields).
    fn range(&mut self, args: &[Opnd], vals: &[Value]) -> Result<Opnd, Abort> {
        if args.is_empty() || args.len() > 3 || args.iter().any(|a| self.ty(*a) != Type::Int) {
            return Err(u(AbortKind::Unsupported, "range() of these arguments"));
        }
        let zero = self.trace.int(0);
        let one = self.trace.int(1);
        let (start, stop, step, s, e) = match (args, vals) {
            ([b], [bv]) => (zero, *b, one, 0, bv.small_value()),
            ([a, b], [av, bv]) => (*a, *b, one, av.small_value(), bv.small_value()),
            ([a, b, c], [av, bv, _]) => (*a, *b, *c, av.small_value(), bv.small_value()),
            _ => return Err(u(AbortKind::Unsupported, "range() arguments")),
        };
        let k = match self.trace.as_const(step) {
            Some(coil_ir::Const::Int(k)) if k > 0 => k,
            _ => return Err(u(AbortKind::Unsupported, "range() with a variable step")),
        };
        let more = self.emit(Opcode::IntGt, &[stop, start]);
        let len = if e > s {
            self.guard(Opcode::GuardTrue, &[more]);
            let d = self.emit(Opcode::IntSub, &[stop, start]);
            if k == 1 {
                d
            } else {
                let km1 = self.trace.int(k - 1);
                let d2 = self.emit(Opcode::IntAdd, &[d, km1]);
                let kk = self.trace.int(k);
                self.emit(Opcode::IntFloorDiv, &[d2, kk])
            }
        } else {
            self.guard(Opcode::GuardFalse, &[more]);
            zero
        };
        let sd = self.trace.descrs.size(coil_ir::SizeDescr {
            name: "Range".into(),
            size: std::mem::size_of::<coil_vm::layout::RangeObj>() as u32,
            vtable: LayoutId::Range as u32,
        });
        let r = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
        for (name, off, v) in [
            (
                "Range.start",
                std::mem::offset_of!(coil_vm::layout::RangeObj, start),
                start,
            ),
            (
                "Range.stop",
                std::mem::offset_of!(coil_vm::layout::RangeObj, stop),
                stop,
            ),
            (
                "Range.step",
                std::mem::offset_of!(coil_vm::layout::RangeObj, step),
                step,
            ),
            (
                "Range.len",
                std::mem::offset_of!(coil_vm::layout::RangeObj, len),
                len,
            ),
        ] {
            let mut fd = FieldDescr::int(name, off as i32);
            fd.immutable = true;
            let d = self.fd(fd);
            self.trace.emit(Opcode::SetfieldGc, &[r, v], d);
        }
        Ok(r)
    }

    /// `isinstance(x, C)` with a constant class (or tuple of classes) without a
    /// metaclass: a constant behind guards on `x`'s type. None: left to the VM.
    fn isinstance(
        &mut self,
        vm: &mut Vm,
        args: &[Opnd],
        vals: &[Value],
    ) -> Result<Option<Opnd>, Abort> {
        let ([x, c], [xv, cv]) = (args, vals) else {
            return Ok(None);
        };
        let plain = |t: Value| {
            has_layout(t, LayoutId::Type) && coil_vm::objects::types::type_data(t).meta.is_empty()
        };
        let classes: Vec<Value> = if has_layout(*cv, LayoutId::Tuple) {
            heap::items(*cv).to_vec()
        } else {
            vec![*cv]
        };
        if self.trace.as_const(*c).is_none() || !classes.iter().all(|t| plain(*t)) {
            return Ok(None);
        }
        match self.ty(*x) {
            Type::Int | Type::Float if !xv.is_bool() => {}
            Type::Ref if has_layout(*xv, LayoutId::Instance) => {
                let cls = get::<coil_vm::layout::InstanceObj>(*xv).cls;
                let lay = self.trace.int(LayoutId::Instance as i64);
                self.guard(Opcode::GuardClass, &[*x, lay]);
                let cd = self.fd(FieldDescr::new(
                    "Instance.cls",
                    off::INSTANCE_CLS,
                    Type::Ref,
                ));
                let co = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[*x], cd));
                let ck = self.constant(cls)?;
                self.guard(Opcode::GuardValue, &[co, ck]);
                self.guard_class_version(cls)?;
            }
            Type::Ref => {
                let layout = heap::header(*xv).layout;
                let fixed = [
                    LayoutId::NoneType,
                    LayoutId::Bool,
                    LayoutId::BigInt,
                    LayoutId::Float,
                    LayoutId::Str,
                    LayoutId::Bytes,
                    LayoutId::Tuple,
                    LayoutId::List,
                    LayoutId::Dict,
                    LayoutId::Set,
                    LayoutId::FrozenSet,
                    LayoutId::Range,
                    LayoutId::Function,
                ];
                if !fixed.iter().any(|l| *l as u32 == layout) {
                    return Ok(None);
                }
                let lay = self.trace.int(layout as i64);
                self.guard(Opcode::GuardClass, &[*x, lay]);
            }
            _ => return Ok(None),
        }
        let r = classes.iter().any(|t| vm.isinstance(*xv, *t));
        Ok(Some(self.constant(Value::bool(r))?))
    }
}

/// Python's index normalization for an index known to be in range.
fn idx_value(k: i64, n: usize) -> i64 {
    if k < 0 {
        k + n as i64
    } else {
        k
    }
}
