//! Generic operations on values: hash, equality and ordering, truth, arithmetic with the
//! dunder protocol (reflected and in-place forms), subscripts, membership, len, repr/str.

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::bytes::{bytearray_vec, bytes_like, is_bytearray};
use crate::objects::dict::{dict_data, is_dict, native_eq};
use crate::objects::float::{float_divmod, float_repr, float_value, hash_float, is_float};
use crate::objects::int::{as_int, hash_int, is_int, Int};
use crate::objects::seq::{is_list, is_tuple, list_items, list_len, norm_index};
use crate::objects::set::{is_anyset, set_data};
use crate::objects::str::{is_str, repr_str, str_hash, text};
use crate::objects::types::{type_data, WrapKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use coil_compiler::opcode::Opcode;

/// Binary operators by BINARY_OP argument (mod 13): symbol, dunder, reflected, in-place.
pub const BINOPS: [(&str, &str, &str, &str); 13] = [
    ("+", "__add__", "__radd__", "__iadd__"),
    ("&", "__and__", "__rand__", "__iand__"),
    ("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("<<", "__lshift__", "__rlshift__", "__ilshift__"),
    ("@", "__matmul__", "__rmatmul__", "__imatmul__"),
    ("*", "__mul__", "__rmul__", "__imul__"),
    ("%", "__mod__", "__rmod__", "__imod__"),
    ("|", "__or__", "__ror__", "__ior__"),
    ("**", "__pow__", "__rpow__", "__ipow__"),
    (">>", "__rshift__", "__rrshift__", "__irshift__"),
    ("-", "__sub__", "__rsub__", "__isub__"),
    ("/", "__truediv__", "__rtruediv__", "__itruediv__"),
    ("^", "__xor__", "__rxor__", "__ixor__"),
];

/// Comparison dunders by COMPARE_OP argument, and the reflected operator index.
pub const CMPOPS: [(&str, &str, usize); 6] = [
    ("<", "__lt__", 4),
    ("<=", "__le__", 5),
    ("==", "__eq__", 2),
    ("!=", "__ne__", 3),
    (">", "__gt__", 0),
    (">=", "__ge__", 1),
];

fn num_f64(v: Value) -> Option<f64> {
    if is_float(v) {
        return Some(float_value(v));
    }
    match as_int(v)? {
        Int::S(n) => Some(n as f64),
        Int::B(b) => Some(b.to_f64().value()),
    }
}

/// `Vm::identity_bits`: the class keeps `object.__eq__`.
const EQ_IS_IDENTITY: u8 = 1;
/// `Vm::identity_bits`: the class keeps `object.__hash__`.
const HASH_IS_IDENTITY: u8 = 2;

thread_local! {
    /// The class version `Vm::identity_bits` last answered for, and its answer.
    static IDENTITY_CLASS: std::cell::Cell<(u64, u8)> = const { std::cell::Cell::new((0, 0)) };
}

fn is_user(vm: &Vm, v: Value) -> bool {
    has_layout(v, LayoutId::Instance) && !type_data(vm.type_of(v)).builtin
}

impl Vm {
    /// hash(v).
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if v.is_small() {
            return Ok(hash_int(&Int::S(v.small_value())));
        }
        match heap::layout_of(v) {
            LayoutId::Str => Ok(str_hash(v)),
            LayoutId::BigInt | LayoutId::Bool => Ok(hash_int(&as_int(v).expect("int"))),
            LayoutId::Complex => {
                let c = get::<ComplexObj>(v);
                Ok(crate::objects::complex::hash_complex(c.re, c.im))
            }
            LayoutId::Wrapper if crate::objects::bigrange::is_big_range(v) => {
                let h = self.big_range_op("hash_of", v, &[])?;
                match as_int(h) {
                    Some(Int::S(h)) => Ok(h),
                    _ => Ok(0),
                }
            }
            LayoutId::Range => {
                // CPython: hash((len, start, step)) with start/step None for short ranges.
                let r = get::<RangeObj>(v);
                let (len, start, step) = (r.len, r.start, r.step);
                let items = match len {
                    0 => [Value::small(0), Value::none(), Value::none()],
                    1 => [Value::small(1), self.new_int(start), Value::none()],
                    _ => [self.new_int(len), self.new_int(start), self.new_int(step)],
                };
                let t = self.new_tuple(&items);
                self.hash(t)
            }
            LayoutId::Float => {
                let f = float_value(v);
                if f.is_nan() {
                    return Ok((self.heap.identity(v) >> 4) as i64);
                }
                Ok(hash_float(f))
            }
            LayoutId::Tuple => {
                let items = heap::items(v).to_vec();
                let mut acc: u64 = 2870177450012600261;
                for x in &items {
                    let h = self.hash(*x)? as u64;
                    acc = acc.wrapping_add(h.wrapping_mul(14029467366897019727));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(11400714785074694791);
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (2870177450012600261u64 ^ 3527539));
                if acc == u64::MAX {
                    return Ok(1546275796);
                }
                Ok(acc as i64)
            }
            LayoutId::Bytes => {
                let o = get::<BytesObj>(v);
                if o.hash == -1 {
                    o.hash = crate::objects::str::hash_bytes(heap::bytes_data(v));
                }
                Ok(o.hash)
            }
            LayoutId::FrozenSet => {
                // CPython's frozenset hash (order independent).
                let keys: Vec<i64> = set_data(v).iter().map(|e| e.hash).collect();
                let mut hash: u64 = 0;
                for h in keys {
                    let h = h as u64;
                    hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                }
                hash ^= (set_data(v).used as u64 + 1).wrapping_mul(1927868237);
                hash ^= (hash >> 11) ^ (hash >> 25);
                hash = hash.wrapping_mul(69069).wrapping_add(907133923);
                let h = hash as i64;
                Ok(if h == -1 { 590923713 } else { h })
            }
            LayoutId::List
            | LayoutId::Dict
            | LayoutId::Set
            | LayoutId::ByteArray
            | LayoutId::Slice => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            LayoutId::Instance => {
                let u = self.unwrap_for(v, self.names.hash);
                if u != v {
                    return self.hash(u);
                }
                let t = self.type_of(v);
                if let Some(h) = self.lookup(t, self.names.hash) {
                    if h.is_none() {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!("unhashable type: '{tn}'")));
                    }
                    if !has_layout(h, LayoutId::Native) {
                        let r = self.call(h, &[v])?;
                        return match as_int(r) {
                            Some(i) => {
                                // CPython uses the value itself when it fits a C ssize_t.
                                let x = match i {
                                    Int::S(n) => n,
                                    Int::B(b) => i64::try_from(b).unwrap_or_else(|_| hash_int(&i)),
                                };
                                Ok(if x == -1 { -2 } else { x })
                            }
                            None => {
                                Err(self.type_error("__hash__ method should return an integer"))
                            }
                        };
                    }
                }
                // Classes defining __eq__ without __hash__ are unhashable.
                if type_data(t).dict.contains_key(&self.names.eq)
                    && !type_data(t).dict.contains_key(&self.names.hash)
                {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{tn}'")));
                }
                Ok(self.identity_hash(v))
            }
            _ => Ok(self.identity_hash(v)),
        }
    }

    /// a == b as a bool.
    pub fn eq_bool(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        if self.identity_eq(a) && self.identity_eq(b) {
            // Both `__eq__`s are object's: NotImplemented both ways, then identity
            // (`x in list_of_instances`, instance keys colliding in a dict or set).
            return Ok(false);
        }
        let r = self.compare_op(2, a, b)?;
        self.truthy(r)
    }

    /// Is `v` an instance whose class inherits `object.__eq__` (equality is identity)?
    pub fn identity_eq(&self, v: Value) -> bool {
        has_layout(v, LayoutId::Instance)
            && self.identity_bits(get::<InstanceObj>(v).cls) & EQ_IS_IDENTITY != 0
    }

    /// Is `v` an instance whose class inherits both `object.__eq__` and
    /// `object.__hash__` (a dict or set key by identity, hashed by `identity_hash`)?
    pub fn identity_key(&self, v: Value) -> bool {
        let both = EQ_IS_IDENTITY | HASH_IS_IDENTITY;
        has_layout(v, LayoutId::Instance)
            && self.identity_bits(get::<InstanceObj>(v).cls) & both == both
    }

    /// The default hash of an object (`object.__hash__`): from its identity.
    pub fn identity_hash(&mut self, v: Value) -> i64 {
        (self.heap.identity(v) >> 4) as i64
    }

    /// Which of object's `__eq__` and `__hash__` class `cls` keeps (`EQ_IS_IDENTITY`,
    /// `HASH_IS_IDENTITY`); a one-entry cache by class version (versions are unique and
    /// change with the class and its bases).
    fn identity_bits(&self, cls: Value) -> u8 {
        let d = type_data(cls);
        let (version, bits) = IDENTITY_CLASS.get();
        if version == d.version {
            return bits;
        }
        let mut bits = 0;
        if d.base_value_type.is_empty() {
            let (o, eq, hash) = (self.types.object, self.names.eq, self.names.hash);
            let own = self.lookup(cls, eq);
            if own.is_some() && own == self.lookup(o, eq) {
                bits |= EQ_IS_IDENTITY;
            }
            let own = self.lookup(cls, hash);
            if own.is_some() && own == self.lookup(o, hash) {
                bits |= HASH_IS_IDENTITY;
            }
        }
        IDENTITY_CLASS.set((d.version, bits));
        bits
    }

    /// Rich comparison (COMPARE_OP arg: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=).
    pub fn compare_op(&mut self, op: u32, a: Value, b: Value) -> PyResult {
        let op = op as usize;
        let (a, b) = if has_layout(a, LayoutId::Instance) || has_layout(b, LayoutId::Instance) {
            let (n, r) = (
                self.intern(CMPOPS[op].1),
                self.intern(CMPOPS[CMPOPS[op].2].1),
            );
            (self.unwrap_for(a, n), self.unwrap_for(b, r))
        } else {
            (a, b)
        };
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(Value::bool(r));
        }
        let (ua, ub) = (is_user(self, a), is_user(self, b));
        let (_, dunder, refl) = CMPOPS[op];
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // Reflected first when b's type is a proper subclass of a's type.
        let b_first = ub && tb != ta && self.is_subtype(tb, ta);
        let name = self.intern(dunder);
        let rname = self.intern(CMPOPS[refl].1);
        if b_first {
            if let Some(r) = self.call_special(b, rname, &[a])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if ua {
            if let Some(r) = self.call_special(a, name, &[b])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if ub && !b_first {
            if let Some(r) = self.call_special(b, rname, &[a])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        match op {
            2 => Ok(Value::bool(a == b)),
            // `object.__ne__` already inverted a defined `__eq__`.
            3 => Ok(Value::bool(a != b)),
            _ => {
                let (x, y) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{x}' and '{y}'",
                    CMPOPS[op].0
                )))
            }
        }
    }

    /// Comparisons decidable on built-in types; None when dunders must decide.
    fn native_compare(&mut self, op: usize, a: Value, b: Value) -> PyResult<Option<bool>> {
        use std::cmp::Ordering::*;
        let ord = |o: std::cmp::Ordering| -> bool {
            match op {
                0 => o == Less,
                1 => o != Greater,
                2 => o == Equal,
                3 => o != Equal,
                4 => o == Greater,
                _ => o != Less,
            }
        };
        if is_int(a) && is_int(b) {
            return Ok(self.int_cmp(a, b).map(ord));
        }
        if (is_float(a) || is_int(a)) && (is_float(b) || is_int(b)) {
            // An int (never infinite, however big) against an infinite float.
            if is_int(a) && is_float(b) && float_value(b).is_infinite() {
                return Ok(Some(ord(if float_value(b) > 0.0 { Less } else { Greater })));
            }
            if is_float(a) && is_int(b) && float_value(a).is_infinite() {
                return Ok(Some(ord(if float_value(a) > 0.0 { Greater } else { Less })));
            }
            let (x, y) = (num_f64(a).unwrap_or(0.0), num_f64(b).unwrap_or(0.0));
            if x.is_nan() || y.is_nan() {
                return Ok(Some(op == 3));
            }
            // An infinite float against any int (even one too big for a float).
            if is_float(a) && x.is_infinite() && is_int(b) {
                return Ok(Some(ord(if x > 0.0 { Greater } else { Less })));
            }
            if is_float(b) && y.is_infinite() && is_int(a) {
                return Ok(Some(ord(if y > 0.0 { Less } else { Greater })));
            }
            // Exact int/float comparison for big ints beyond f64 precision.
            if let (Some(Int::B(_)), true) | (Some(Int::S(_)), true) = (
                as_int(a),
                is_float(b) && y.fract() == 0.0 && y.abs() < 1e300,
            ) {
                if let Some(bi) = crate::objects::float::float_to_big(y) {
                    let ai = as_int(a).expect("int").to_big();
                    return Ok(Some(ord(ai.cmp(&bi))));
                }
            }
            if let (true, Some(_)) = (
                is_float(a) && x.fract() == 0.0 && x.abs() < 1e300,
                as_int(b),
            ) {
                if let Some(ai) = crate::objects::float::float_to_big(x) {
                    let bi = as_int(b).expect("int").to_big();
                    return Ok(Some(ord(ai.cmp(&bi))));
                }
            }
            return Ok(x.partial_cmp(&y).map(ord));
        }
        if is_str(a) && is_str(b) {
            return Ok(Some(ord(heap::str_bytes(a).cmp(heap::str_bytes(b)))));
        }
        if let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) {
            return Ok(Some(ord(x.cmp(y))));
        }
        if (is_list(a) && is_list(b)) || (is_tuple(a) && is_tuple(b)) {
            return self.seq_compare(op, a, b).map(Some);
        }
        if is_anyset(a) && is_anyset(b) {
            let (la, lb) = (self.set_len(a), self.set_len(b));
            let sub = |vm: &mut Vm, x: Value, y: Value| -> PyResult<bool> {
                for k in set_data(x).keys() {
                    if !vm.set_contains(y, k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            return Ok(Some(match op {
                2 => la == lb && sub(self, a, b)?,
                3 => !(la == lb && sub(self, a, b)?),
                1 => la <= lb && sub(self, a, b)?,
                0 => la < lb && sub(self, a, b)?,
                5 => la >= lb && sub(self, b, a)?,
                _ => la > lb && sub(self, b, a)?,
            }));
        }
        if is_dict(a) && is_dict(b) && (op == 2 || op == 3) {
            let eq = self.dict_equal(a, b)?;
            return Ok(Some(eq == (op == 2)));
        }
        if has_layout(a, LayoutId::Slice) && has_layout(b, LayoutId::Slice) {
            // Slices compare as their (start, stop, step) tuples.
            let (x, y) = (get::<SliceObj>(a), get::<SliceObj>(b));
            let tx = [x.start, x.stop, x.step];
            let ty = [y.start, y.stop, y.step];
            let ta = self.new_tuple(&tx);
            let tb = self.new_tuple(&ty);
            return Ok(Some(self.seq_compare(op, ta, tb)?));
        }
        let is_range =
            |v: Value| has_layout(v, LayoutId::Range) || crate::objects::bigrange::is_big_range(v);
        if (op == 2 || op == 3)
            && is_range(a)
            && is_range(b)
            && !(has_layout(a, LayoutId::Range) && has_layout(b, LayoutId::Range))
        {
            let eq = self.big_range_eq(a, b)?;
            return Ok(Some(eq == (op == 2)));
        }
        if has_layout(a, LayoutId::Range) && has_layout(b, LayoutId::Range) && (op == 2 || op == 3)
        {
            let (x, y) = (get::<RangeObj>(a), get::<RangeObj>(b));
            let eq = x.len == y.len
                && (x.len == 0 || (x.start == y.start && (x.len == 1 || x.step == y.step)));
            return Ok(Some(eq == (op == 2)));
        }
        if (self.is_set_view(a) && (self.is_set_view(b) || is_anyset(b)))
            || (self.is_set_view(b) && is_anyset(a) && !is_user(self, a))
        {
            // Keys and items views compare as sets (with sets and with each other):
            // equality and the subset/superset orderings.
            let sa = self.new_set(false);
            self.set_update(sa, a)?;
            let sb = self.new_set(false);
            self.set_update(sb, b)?;
            return self.native_compare(op, sa, sb);
        }
        if (op == 2 || op == 3) && !is_user(self, a) && !is_user(self, b) {
            if has_layout(a, LayoutId::Complex) || has_layout(b, LayoutId::Complex) {
                let ca = self.as_complex(a);
                let cb = self.as_complex(b);
                if let (Some(x), Some(y)) = (ca, cb) {
                    return Ok(Some((x == y) == (op == 2)));
                }
            }
            if has_layout(a, LayoutId::BoundMethod) && has_layout(b, LayoutId::BoundMethod) {
                let (x, y) = (get::<BoundMethodObj>(a), get::<BoundMethodObj>(b));
                return Ok(Some((x.func == y.func && x.self_ == y.self_) == (op == 2)));
            }
            return Ok(Some((a == b) == (op == 2)));
        }
        Ok(None)
    }

    /// Is `v` a dict_keys or dict_items view (the set-like views)?
    fn is_set_view(&self, v: Value) -> bool {
        has_layout(v, LayoutId::Wrapper) && {
            let k = get::<WrapperObj>(v).kind;
            k == WrapKind::DictKeys as u64 || k == WrapKind::DictItems as u64
        }
    }

    fn seq_compare(&mut self, op: usize, a: Value, b: Value) -> PyResult<bool> {
        self.native_enter(" in comparison")?;
        let r = self.seq_compare_inner(op, a, b);
        self.native_leave();
        r
    }

    fn seq_compare_inner(&mut self, op: usize, a: Value, b: Value) -> PyResult<bool> {
        let (xa, xb) = (
            crate::objects::seq::seq_items(a).to_vec(),
            crate::objects::seq::seq_items(b).to_vec(),
        );
        if (op == 2 || op == 3) && xa.len() != xb.len() {
            return Ok(op == 3);
        }
        for (x, y) in xa.iter().zip(xb.iter()) {
            if !self.eq_bool(*x, *y)? {
                return match op {
                    2 => Ok(false),
                    3 => Ok(true),
                    _ => {
                        let r = self.compare_op(op as u32, *x, *y)?;
                        self.truthy(r)
                    }
                };
            }
        }
        let (la, lb) = (xa.len(), xb.len());
        Ok(match op {
            0 => la < lb,
            1 => la <= lb,
            2 => la == lb,
            3 => la != lb,
            4 => la > lb,
            _ => la >= lb,
        })
    }

    fn dict_equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.dict_len(a) != self.dict_len(b) {
            return Ok(false);
        }
        self.native_enter(" in comparison")?;
        let r = self.dict_equal_inner(a, b);
        self.native_leave();
        r
    }

    fn dict_equal_inner(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.dict_len(a) != self.dict_len(b) {
            return Ok(false);
        }
        for (k, v) in self.dict_items_vec(a) {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !self.eq_bool(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Truth value.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_small() {
            return Ok(v.small_value() != 0);
        }
        match heap::layout_of(v) {
            LayoutId::Bool => Ok(v.is_true_obj()),
            LayoutId::Type => match self.meta_special(v, self.names.bool, &[])? {
                Some(r) => self.truthy(r),
                None => match self.meta_special(v, self.names.len, &[])? {
                    Some(r) => Ok(self.len_result(r)? != 0),
                    None => Ok(true),
                },
            },
            LayoutId::NoneType => Ok(false),
            LayoutId::Str => Ok(get::<StrObj>(v).byte_len != 0),
            LayoutId::List => Ok(list_len(v) != 0),
            LayoutId::Tuple => Ok(!heap::items(v).is_empty()),
            LayoutId::Dict => Ok(self.dict_len(v) != 0),
            LayoutId::Set | LayoutId::FrozenSet => Ok(self.set_len(v) != 0),
            LayoutId::Float => Ok(float_value(v) != 0.0),
            LayoutId::BigInt => Ok(true),
            LayoutId::Bytes => Ok(get::<BytesObj>(v).len != 0),
            LayoutId::ByteArray => Ok(!bytearray_vec(v).is_empty()),
            LayoutId::Range => Ok(get::<RangeObj>(v).len != 0),
            LayoutId::Wrapper if crate::objects::bigrange::is_big_range(v) => {
                let n = self.big_range_op("length", v, &[])?;
                self.truthy(n)
            }
            LayoutId::Complex => {
                let c = get::<ComplexObj>(v);
                Ok(c.re != 0.0 || c.im != 0.0)
            }
            LayoutId::Instance => {
                let u = self.unwrap_for(v, self.names.bool);
                if u != v && self.unwrap_for(v, self.names.len) != v {
                    return self.truthy(u);
                }
                if let Some(r) = self.call_special(v, self.names.bool, &[])? {
                    if !r.is_bool() {
                        let tn = self.type_name(r);
                        return Err(
                            self.type_error(format!("__bool__ should return bool, returned {tn}"))
                        );
                    }
                    return Ok(r.is_true_obj());
                }
                if let Some(r) = self.call_special(v, self.names.len, &[])? {
                    let n = self.len_result(r)?;
                    return Ok(n != 0);
                }
                Ok(true)
            }
            LayoutId::Wrapper => {
                let w = get::<WrapperObj>(v);
                if (WrapKind::DictKeys as u64..=WrapKind::DictItems as u64).contains(&w.kind) {
                    return Ok(self.dict_len(w.a) != 0);
                }
                Ok(true)
            }
            _ => Ok(true),
        }
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match as_int(r) {
            Some(Int::S(n)) if n >= 0 => Ok(n as usize),
            Some(Int::S(_)) => Err(self.value_error("__len__() should return >= 0")),
            Some(Int::B(_)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// len(v).
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if v.is_ptr() {
            match heap::layout_of(v) {
                LayoutId::Str => return Ok(get::<StrObj>(v).len as usize),
                LayoutId::List => return Ok(list_len(v)),
                LayoutId::Tuple => return Ok(heap::items(v).len()),
                LayoutId::Dict => return Ok(self.dict_len(v)),
                LayoutId::Set | LayoutId::FrozenSet => return Ok(self.set_len(v)),
                LayoutId::Bytes => return Ok(get::<BytesObj>(v).len as usize),
                LayoutId::ByteArray => return Ok(bytearray_vec(v).len()),
                LayoutId::Range => return Ok(get::<RangeObj>(v).len as usize),
                LayoutId::Wrapper if crate::objects::bigrange::is_big_range(v) => {
                    return self.big_range_len(v);
                }
                LayoutId::Type => {
                    if let Some(r) = self.meta_special(v, self.names.len, &[])? {
                        return self.len_result(r);
                    }
                }
                LayoutId::Wrapper => {
                    let w = get::<WrapperObj>(v);
                    if (WrapKind::DictKeys as u64..=WrapKind::DictItems as u64).contains(&w.kind) {
                        return Ok(self.dict_len(w.a));
                    }
                }
                LayoutId::Instance => {
                    let u = self.unwrap_for(v, self.names.len);
                    if u != v {
                        return self.len(u);
                    }
                    if let Some(r) = self.call_special(v, self.names.len, &[])? {
                        return self.len_result(r);
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("object of type '{tn}' has no len()")))
    }

    /// BINARY_OP (arg 0..25; >= 13 are the in-place forms).
    pub fn binary_op(&mut self, arg: u32, a: Value, b: Value) -> PyResult {
        let op = (arg % 13) as usize;
        let inplace = arg >= 13;
        if has_layout(a, LayoutId::Instance) || has_layout(b, LayoutId::Instance) {
            let names = BINOPS[op];
            let (n, r, i) = (
                self.intern(names.1),
                self.intern(names.2),
                self.intern(names.3),
            );
            let ua = if inplace && self.unwrap_for(a, i) == a {
                a
            } else {
                self.unwrap_for(a, n)
            };
            let mut ub = self.unwrap_for(b, r);
            let mut ua = ua;
            // A side whose class defines the dunder in Python is called with the other
            // operand as it is (Counter.__add__ must see a Counter, not its dict).
            let wraps = |vm: &mut Vm, v: Value| {
                has_layout(v, LayoutId::Instance)
                    && !type_data(get::<InstanceObj>(v).cls)
                        .base_value_type
                        .is_empty()
                    && vm.base_value(v).is_some()
            };
            if ua == a && wraps(self, a) {
                ub = b;
            }
            if ub == b && wraps(self, b) {
                ua = a;
            }
            if ua != a || ub != b {
                let res = self.binary_op(arg, ua, ub)?;
                // In-place ops on a wrapped mutable value keep the wrapper.
                return Ok(if inplace && res == ua && ua != a {
                    a
                } else {
                    res
                });
            }
        }
        if inplace {
            if is_list(a) && op == 0 {
                self.list_extend(a, b)?;
                return Ok(a);
            }
            if is_user(self, a) {
                let name = self.intern(BINOPS[op].3);
                if let Some(r) = self.call_special(a, name, &[b])? {
                    if !r.is_not_implemented() {
                        return Ok(r);
                    }
                }
            }
            if crate::objects::set::is_set(a) && matches!(op, 1 | 7 | 10 | 12) {
                let r = self.native_binop(op, a, b)?;
                if let Some(r) = r {
                    let items = set_data(r).keys();
                    self.set_clear(a);
                    for k in items {
                        self.set_add(a, k)?;
                    }
                    return Ok(a);
                }
            }
            if is_dict(a) && op == 7 && is_dict(b) {
                self.dict_update(a, b)?;
                return Ok(a);
            }
            if is_bytearray(a) {
                if let Some(r) = self.bytearray_inplace(op, a, b)? {
                    return Ok(r);
                }
            }
        }
        let (ua, ub) = (is_user(self, a), is_user(self, b));
        if !ua && !ub {
            if let Some(r) = self.native_binop(op, a, b)? {
                return Ok(r);
            }
        } else {
            let (_, dunder, rdunder, _) = BINOPS[op];
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let b_first = ub && ta != tb && self.is_subtype(tb, ta);
            let name = self.intern(dunder);
            let rname = self.intern(rdunder);
            if b_first {
                if let Some(r) = self.call_special(b, rname, &[a])? {
                    if !r.is_not_implemented() {
                        return Ok(r);
                    }
                }
            }
            if ua {
                if let Some(r) = self.call_special(a, name, &[b])? {
                    if !r.is_not_implemented() {
                        return Ok(r);
                    }
                }
            } else if let Some(r) = self.native_binop(op, a, b)? {
                return Ok(r);
            }
            if ub && !b_first && ta != tb {
                if let Some(r) = self.call_special(b, rname, &[a])? {
                    if !r.is_not_implemented() {
                        return Ok(r);
                    }
                }
            }
        }
        if op == 7 {
            if let Some(u) = self.union_or(a, b)? {
                return Ok(u);
            }
        }
        // Sequence repetition by an object with __index__.
        let seq = |v: Value| is_str(v) || is_list(v) || is_tuple(v) || bytes_like(v).is_some();
        if op == 5 && (seq(a) || seq(b)) {
            let (s, n) = if seq(a) { (a, b) } else { (b, a) };
            if let Some(k) = self.index_hook(n)? {
                return self.binary_op(arg, s, Value::small(k));
            }
        }
        let sym = crate::objects::ops::BINOPS[op].0;
        let sym = if inplace {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        let (x, y) = (self.type_name(a), self.type_name(b));
        if op == 8 {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{x}' and '{y}'"
            )));
        }
        if op == 0 && is_str(a) {
            return Err(self.type_error(format!("can only concatenate str (not \"{y}\") to str")));
        }
        if op == 0 && (is_list(a) || is_tuple(a)) {
            return Err(self.type_error(format!("can only concatenate {x} (not \"{y}\") to {x}")));
        }
        let is_seq = |v: Value| is_str(v) || is_list(v) || is_tuple(v) || bytes_like(v).is_some();
        if op == 5
            && (is_seq(a) || is_seq(b))
            && (is_float(a) || is_float(b) || !is_int(a) && !is_int(b))
        {
            let seq = if is_seq(a) { y } else { x };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{seq}'"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{x}' and '{y}'"
        )))
    }

    /// Arithmetic on built-in types; None when not applicable (NotImplemented).
    pub fn native_binop(&mut self, op: usize, a: Value, b: Value) -> PyResult<Option<Value>> {
        const SYMS: [&str; 13] = [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        ];
        if let Some(r) = self.int_binop(SYMS[op], a, b) {
            return r.map(Some);
        }
        let af = is_float(a) || is_int(a);
        let bf = is_float(b) || is_int(b);
        if af && bf && (is_float(a) || is_float(b)) {
            let x = if is_float(a) {
                float_value(a)
            } else {
                self.int_to_f64(a)?
            };
            let y = if is_float(b) {
                float_value(b)
            } else {
                self.int_to_f64(b)?
            };
            let r = match op {
                0 => x + y,
                10 => x - y,
                5 => x * y,
                11 => {
                    if y == 0.0 {
                        return Err(self.zero_division("float division by zero"));
                    }
                    x / y
                }
                2 => {
                    if y == 0.0 {
                        return Err(self.zero_division("float floor division by zero"));
                    }
                    float_divmod(x, y).0
                }
                6 => {
                    if y == 0.0 {
                        return Err(self.zero_division("float modulo"));
                    }
                    float_divmod(x, y).1
                }
                8 => return self.float_pow(x, y).map(Some),
                _ => return Ok(None),
            };
            return Ok(Some(self.new_float(r)));
        }
        if has_layout(a, LayoutId::Complex) || has_layout(b, LayoutId::Complex) {
            if let (Some(x), Some(y)) = (self.complex_operand(a), self.complex_operand(b)) {
                use crate::objects::complex::{c_pow, c_prod, c_quot};
                let r = match op {
                    0 => (x.0 + y.0, x.1 + y.1),
                    10 => (x.0 - y.0, x.1 - y.1),
                    5 => c_prod(x, y),
                    11 => match c_quot(x, y) {
                        Some(r) => r,
                        None => return Err(self.zero_division("complex division by zero")),
                    },
                    8 => match c_pow(x, y) {
                        Ok(r) => r,
                        Err(m) => return Err(self.zero_division(m)),
                    },
                    _ => return Ok(None),
                };
                return Ok(Some(self.new_complex(r.0, r.1)));
            }
            return Ok(None);
        }
        if is_str(a) {
            if op == 0 && is_str(b) {
                return Ok(Some(self.str_concat(a, b)));
            }
            if op == 5 && is_int(b) {
                let n = self.repeat_count(b)?;
                if let Some(v) = self.str_repeat(a, n) {
                    return Ok(Some(v));
                }
                let s = text(a).repeat(n);
                return Ok(Some(self.new_str(&s)));
            }
            if op == 6 {
                return self.percent_format(a, b).map(Some);
            }
            return Ok(None);
        }
        if op == 5
            && is_int(a)
            && (is_str(b) || is_list(b) || is_tuple(b) || bytes_like(b).is_some())
        {
            return self.native_binop(5, b, a);
        }
        if is_list(a) || is_tuple(a) {
            let list = is_list(a);
            if op == 0 && ((list && is_list(b)) || (!list && is_tuple(b))) {
                let mut items = crate::objects::seq::seq_items(a).to_vec();
                items.extend_from_slice(crate::objects::seq::seq_items(b));
                return Ok(Some(if list {
                    self.new_list(&items)
                } else {
                    self.new_tuple(&items)
                }));
            }
            if op == 5 && is_int(b) {
                let n = self.repeat_count(b)?;
                let src = crate::objects::seq::seq_items(a).to_vec();
                if src.len().saturating_mul(n) > 1 << 32 {
                    return Err(self.raise_msg("MemoryError", ""));
                }
                let mut items = Vec::with_capacity(src.len() * n);
                for _ in 0..n {
                    items.extend_from_slice(&src);
                }
                return Ok(Some(if list {
                    self.new_list(&items)
                } else {
                    self.new_tuple(&items)
                }));
            }
            return Ok(None);
        }
        if bytes_like(a).is_some() {
            return self.bytes_binop(op, a, b);
        }
        if matches!(op, 1 | 7 | 10 | 12) && (self.is_set_view(a) || self.is_set_view(b)) {
            // dict_keys / dict_items with any iterable: the operation on sets of both.
            let sa = self.new_set(false);
            self.set_update(sa, a)?;
            let sb = self.new_set(false);
            self.set_update(sb, b)?;
            return self.native_binop(op, sa, sb);
        }
        if is_anyset(a) && is_anyset(b) {
            let frozen = crate::objects::set::is_frozenset(a);
            return match op {
                7 => {
                    let r = self.set_copy(a, frozen)?;
                    self.set_merge(r, b)?;
                    Ok(Some(r))
                }
                1 => self.set_intersection(a, b, frozen).map(Some),
                10 => {
                    let r = self.new_set(frozen);
                    for k in set_data(a).keys() {
                        if !self.set_contains(b, k)? {
                            self.set_add(r, k)?;
                        }
                    }
                    Ok(Some(r))
                }
                12 => {
                    let r = self.set_copy(a, frozen)?;
                    for k in set_data(b).keys() {
                        if !self.set_discard(r, k)? {
                            self.set_add(r, k)?;
                        }
                    }
                    Ok(Some(r))
                }
                _ => Ok(None),
            };
        }
        if is_dict(a) && is_dict(b) && op == 7 {
            let r = self.dict_copy(a);
            self.dict_update(r, b)?;
            return Ok(Some(r));
        }
        Ok(None)
    }

    /// CPython's set intersection: iterate the smaller set, test in the larger.
    pub fn set_intersection(&mut self, a: Value, b: Value, frozen: bool) -> PyResult {
        let r = self.new_set(frozen);
        let (small, big) = if self.set_len(b) > self.set_len(a) {
            (a, b)
        } else {
            (b, a)
        };
        for e in set_data(small).iter().collect::<Vec<_>>() {
            if self.set_contains(big, e.key)? {
                self.set_add_hashed(r, e.key, e.hash)?;
            }
        }
        Ok(r)
    }

    fn repeat_count(&mut self, n: Value) -> PyResult<usize> {
        match as_int(n) {
            Some(Int::S(k)) => Ok(k.max(0) as usize),
            _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    fn float_pow(&mut self, x: f64, y: f64) -> PyResult {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            // CPython returns a complex number here.
            let (r, th) = (x.abs().powf(y), std::f64::consts::PI * y);
            return Ok(self.new_complex(r * th.cos(), r * th.sin()));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(self.new_float(r))
    }

    pub fn new_complex(&mut self, re: f64, im: f64) -> Value {
        self.heap.alloc(ComplexObj {
            header: Header::new(LayoutId::Complex),
            re,
            im,
        })
    }

    pub fn as_complex(&mut self, v: Value) -> Option<(f64, f64)> {
        if has_layout(v, LayoutId::Complex) {
            let c = get::<ComplexObj>(v);
            return Some((c.re, c.im));
        }
        num_f64(v).map(|f| (f, 0.0))
    }

    /// Unary +, -, ~.
    pub fn unary_op(&mut self, op: Opcode, v: Value) -> PyResult {
        if is_int(v) {
            return Ok(match op {
                Opcode::UNARY_NEGATIVE => self.int_neg(v),
                Opcode::UNARY_INVERT => self.int_invert(v),
                _ => {
                    if v.is_bool() {
                        Value::small(get::<BoolObj>(v).value)
                    } else {
                        v
                    }
                }
            });
        }
        if is_float(v) {
            let f = float_value(v);
            return match op {
                Opcode::UNARY_NEGATIVE => Ok(self.new_float(-f)),
                Opcode::UNARY_POSITIVE => Ok(v),
                _ => Err(self.type_error("bad operand type for unary ~: 'float'")),
            };
        }
        if has_layout(v, LayoutId::Complex) {
            let c = get::<ComplexObj>(v);
            let (re, im) = (c.re, c.im);
            if op == Opcode::UNARY_NEGATIVE {
                return Ok(self.new_complex(-re, -im));
            }
            if op == Opcode::UNARY_POSITIVE {
                return Ok(v);
            }
        }
        let (name, sym) = match op {
            Opcode::UNARY_NEGATIVE => (self.names.neg, "-"),
            Opcode::UNARY_POSITIVE => (self.names.pos, "+"),
            _ => (self.names.invert, "~"),
        };
        if is_user(self, v) {
            if let Some(r) = self.call_special(v, name, &[])? {
                return Ok(r);
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    /// container[key].
    pub fn getitem(&mut self, c: Value, k: Value) -> PyResult {
        if c.is_ptr() {
            match heap::layout_of(c) {
                LayoutId::List | LayoutId::Tuple => {
                    let items = crate::objects::seq::seq_items(c);
                    if let Some(i) = as_int(k) {
                        let n = match i {
                            Int::S(n) => n,
                            Int::B(_) => i64::MAX,
                        };
                        return match norm_index(n, items.len()) {
                            Some(j) => Ok(items[j]),
                            None => {
                                let tn = if is_list(c) { "list" } else { "tuple" };
                                Err(self.index_error(format!("{tn} index out of range")))
                            }
                        };
                    }
                    if has_layout(k, LayoutId::Slice) {
                        let len = items.len();
                        let (start, _, step, count) = self.slice_indices(k, len)?;
                        let items = crate::objects::seq::seq_items(c);
                        let out: Vec<Value> = (0..count)
                            .map(|i| items[(start + i as i64 * step) as usize])
                            .collect();
                        return Ok(if is_list(c) {
                            self.new_list(&out)
                        } else {
                            self.new_tuple(&out)
                        });
                    }
                    if let Some(n) = self.index_hook(k)? {
                        return self.getitem(c, Value::small(n));
                    }
                    let (tn, kn) = (self.type_name(c), self.type_name(k));
                    return Err(self
                        .type_error(format!("{tn} indices must be integers or slices, not {kn}")));
                }
                LayoutId::Dict => {
                    return match self.dict_get(c, k)? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(k)),
                    };
                }
                LayoutId::Str => return self.str_getitem(c, k),
                LayoutId::Bytes | LayoutId::ByteArray => return self.bytes_getitem(c, k),
                LayoutId::Wrapper if crate::objects::bigrange::is_big_range(c) => {
                    if has_layout(k, LayoutId::Slice) {
                        return self.big_range_op("getslice", c, &[k]);
                    }
                    if as_int(k).is_some() {
                        return self.big_range_op("getitem", c, &[k]);
                    }
                    if let Some(n) = self.index_hook(k)? {
                        return self.big_range_op("getitem", c, &[Value::small(n)]);
                    }
                    let kn = self.type_name(k);
                    return Err(self.type_error(format!(
                        "range indices must be integers or slices, not {kn}"
                    )));
                }
                LayoutId::Range => {
                    let r = get::<RangeObj>(c);
                    let (start, step, len) = (r.start, r.step, r.len);
                    if let Some(Int::S(n)) = as_int(k) {
                        return match norm_index(n, len as usize) {
                            Some(j) => Ok(self.new_int(start + j as i64 * step)),
                            None => Err(self.index_error("range object index out of range")),
                        };
                    }
                    if has_layout(k, LayoutId::Slice) {
                        // CPython: the slice's own resolved stop, not start + count*step.
                        let (s, e, st, _) = self.slice_indices(k, len as usize)?;
                        let ends = s
                            .checked_mul(step)
                            .and_then(|x| x.checked_add(start))
                            .zip(e.checked_mul(step).and_then(|x| x.checked_add(start)))
                            .zip(step.checked_mul(st));
                        if let Some(((nstart, nstop), nstep)) = ends {
                            let (a, b, c) = (
                                self.new_int(nstart),
                                self.new_int(nstop),
                                self.new_int(nstep),
                            );
                            return self.make_range(a, b, c);
                        }
                        let [a, b, c] = self.range_parts(c);
                        return self.bigrange_call("getslice", &[a, b, c, k]);
                    }
                    if let Some(Int::B(_)) = as_int(k) {
                        return Err(self.index_error("range object index out of range"));
                    }
                    if let Some(n) = self.index_hook(k)? {
                        return self.getitem(c, Value::small(n));
                    }
                    let kn = self.type_name(k);
                    return Err(self.type_error(format!(
                        "range indices must be integers or slices, not {kn}"
                    )));
                }
                LayoutId::Type => {
                    if let Some(r) = self.meta_special(c, self.names.getitem, &[k])? {
                        return Ok(r);
                    }
                    if let Some(m) = self.lookup(c, self.names.class_getitem) {
                        if has_layout(m, LayoutId::Function) {
                            return self.call(m, &[c, k]);
                        }
                        let bound = self.bind_descriptor(m, Value::EMPTY, c)?;
                        return self.call(bound, &[k]);
                    }
                    // list[int] and the like (coil lets every class be subscripted).
                    return self.generic_alias(c, k);
                }
                LayoutId::Instance => {
                    let u = self.unwrap_for(c, self.names.getitem);
                    if u != c {
                        if crate::objects::dict::is_dict(u) {
                            if let Some(v) = self.dict_get(u, k)? {
                                return Ok(v);
                            }
                            if let Some(r) = self.call_special(c, self.names.missing, &[k])? {
                                return Ok(r);
                            }
                            return Err(self.key_error(k));
                        }
                        return self.getitem(u, k);
                    }
                    if let Some(r) = self.call_special(c, self.names.getitem, &[k])? {
                        return Ok(r);
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(c);
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    /// `__index__` of a user object, if it has one.
    pub fn index_hook(&mut self, v: Value) -> PyResult<Option<i64>> {
        if is_user(self, v) {
            if let Some(r) = self.call_special(v, self.names.index, &[])? {
                if let Some(Int::S(n)) = as_int(r) {
                    return Ok(Some(n));
                }
            }
        }
        Ok(None)
    }

    /// container[key] = value.
    pub fn setitem(&mut self, c: Value, k: Value, v: Value) -> PyResult<()> {
        if c.is_ptr() {
            match heap::layout_of(c) {
                LayoutId::List => {
                    if let Some(i) = as_int(k) {
                        let n = match i {
                            Int::S(n) => n,
                            Int::B(_) => i64::MAX,
                        };
                        return match norm_index(n, list_len(c)) {
                            Some(j) => {
                                self.list_set(c, j, v);
                                Ok(())
                            }
                            None => Err(self.index_error("list assignment index out of range")),
                        };
                    }
                    if has_layout(k, LayoutId::Slice) {
                        return self.list_set_slice(c, k, v);
                    }
                    let kn = self.type_name(k);
                    return Err(self
                        .type_error(format!("list indices must be integers or slices, not {kn}")));
                }
                LayoutId::Dict => return self.dict_set(c, k, v),
                LayoutId::ByteArray => return self.bytearray_setitem(c, k, v),
                LayoutId::Instance => {
                    let u = self.unwrap_for(c, self.names.setitem);
                    if u != c {
                        return self.setitem(u, k, v);
                    }
                    if self.call_special(c, self.names.setitem, &[k, v])?.is_some() {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(c);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    fn list_set_slice(&mut self, l: Value, s: Value, v: Value) -> PyResult<()> {
        let len = list_len(l);
        let (start, stop, step, count) = self.slice_indices(s, len)?;
        let new = self.collect_iterable_or(
            v,
            if step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            },
        )?;
        let mut items = list_items(l).to_vec();
        if step == 1 {
            let stop = stop.max(start) as usize;
            items.splice(start as usize..stop, new);
        } else {
            if new.len() != count {
                return Err(self.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {count}",
                    new.len()
                )));
            }
            for (i, x) in new.into_iter().enumerate() {
                items[(start + i as i64 * step) as usize] = x;
            }
        }
        self.list_replace(l, &items);
        Ok(())
    }

    /// del container[key].
    pub fn delitem(&mut self, c: Value, k: Value) -> PyResult<()> {
        if c.is_ptr() {
            match heap::layout_of(c) {
                LayoutId::List => {
                    if let Some(Int::S(n)) = as_int(k) {
                        return match norm_index(n, list_len(c)) {
                            Some(j) => {
                                self.list_remove_at(c, j);
                                Ok(())
                            }
                            None => Err(self.index_error("list assignment index out of range")),
                        };
                    }
                    if has_layout(k, LayoutId::Slice) {
                        let (start, _, step, count) = self.slice_indices(k, list_len(c))?;
                        let mut idx: Vec<usize> = (0..count)
                            .map(|i| (start + i as i64 * step) as usize)
                            .collect();
                        idx.sort_unstable();
                        let items: Vec<Value> = list_items(c)
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| idx.binary_search(i).is_err())
                            .map(|(_, v)| *v)
                            .collect();
                        self.list_replace(c, &items);
                        return Ok(());
                    }
                }
                LayoutId::ByteArray => return self.bytearray_delitem(c, k),
                LayoutId::Dict => {
                    return match self.dict_del(c, k)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(k)),
                    };
                }
                LayoutId::Instance => {
                    let u = self.unwrap_for(c, self.names.delitem);
                    if u != c {
                        return self.delitem(u, k);
                    }
                    if self.call_special(c, self.names.delitem, &[k])?.is_some() {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(c);
        Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
    }

    /// `v in c`.
    pub fn contains(&mut self, c: Value, v: Value) -> PyResult<bool> {
        if c.is_ptr() {
            match heap::layout_of(c) {
                LayoutId::Type => {
                    if let Some(r) = self.meta_special(c, self.names.contains, &[v])? {
                        return self.truthy(r);
                    }
                }
                LayoutId::List | LayoutId::Tuple => {
                    let n = crate::objects::seq::seq_items(c).len();
                    for i in 0..n {
                        let items = crate::objects::seq::seq_items(c);
                        if i >= items.len() {
                            break;
                        }
                        if self.eq_bool(items[i], v)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                LayoutId::Dict => return Ok(self.dict_get(c, v)?.is_some()),
                LayoutId::Set | LayoutId::FrozenSet => return self.set_contains(c, v),
                LayoutId::Str => {
                    if !is_str(v) {
                        let tn = self.type_name(v);
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {tn}"
                        )));
                    }
                    return Ok(text(c).contains(text(v)));
                }
                LayoutId::Bytes | LayoutId::ByteArray => return self.bytes_contains(c, v),
                LayoutId::Range => {
                    let r = get::<RangeObj>(c);
                    if let Some(Int::S(n)) = as_int(v) {
                        if r.len == 0 {
                            return Ok(false);
                        }
                        let inside = if r.step > 0 {
                            n >= r.start && n < r.stop
                        } else {
                            n <= r.start && n > r.stop
                        };
                        return Ok(inside && (n - r.start) % r.step == 0);
                    }
                    if let Some(Int::B(_)) = as_int(v) {
                        return Ok(false);
                    }
                }
                LayoutId::Wrapper
                    if crate::objects::bigrange::is_big_range(c) && as_int(v).is_some() =>
                {
                    let r = self.big_range_op("contains", c, &[v])?;
                    return self.truthy(r);
                }
                LayoutId::Wrapper => {
                    let w = get::<WrapperObj>(c);
                    if w.kind == WrapKind::DictKeys as u64 {
                        let d = w.a;
                        return Ok(self.dict_get(d, v)?.is_some());
                    }
                }
                LayoutId::Instance => {
                    let u = self.unwrap_for(c, self.names.contains);
                    if u != c {
                        return self.contains(u, v);
                    }
                    if let Some(r) = self.call_special(c, self.names.contains, &[v])? {
                        return self.truthy(r);
                    }
                }
                _ => {}
            }
        }
        // Fall back to iteration.
        let it = match self.get_iter(c) {
            Ok(it) => it,
            Err(_) => {
                let tn = self.type_name(c);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
        };
        while let Some(x) = self.iter_next(it)? {
            if self.eq_bool(x, v)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// repr(v) as Rust text.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if v.is_ptr()
            && matches!(
                heap::layout_of(v),
                LayoutId::List
                    | LayoutId::Tuple
                    | LayoutId::Dict
                    | LayoutId::Set
                    | LayoutId::FrozenSet
            )
        {
            self.native_enter(" while getting the repr of an object")?;
            let r = self.repr_string_inner(v);
            self.native_leave();
            return r;
        }
        self.repr_string_inner(v)
    }

    fn repr_string_inner(&mut self, v: Value) -> PyResult<String> {
        if v.is_small() {
            return Ok(v.small_value().to_string());
        }
        match heap::layout_of(v) {
            LayoutId::Str => Ok(repr_str(text(v))),
            LayoutId::NoneType => Ok("None".into()),
            LayoutId::Bool => Ok(if v.is_true_obj() { "True" } else { "False" }.into()),
            LayoutId::BigInt => self.int_repr(v),
            LayoutId::Float => Ok(float_repr(float_value(v))),
            LayoutId::NotImplementedType => Ok("NotImplemented".into()),
            LayoutId::EllipsisType => Ok("Ellipsis".into()),
            LayoutId::Complex => {
                let c = get::<ComplexObj>(v);
                Ok(crate::objects::float::complex_repr(c.re, c.im))
            }
            LayoutId::Bytes => Ok(crate::objects::str::repr_bytes(heap::bytes_data(v))),
            LayoutId::ByteArray => Ok(crate::objects::bytes::repr_bytearray(bytearray_vec(v))),
            LayoutId::List | LayoutId::Tuple => {
                if self.repr_enter(v) {
                    return Ok(if is_list(v) { "[...]" } else { "(...)" }.into());
                }
                let r = self.repr_seq(v);
                self.repr_leave();
                r
            }
            LayoutId::Dict => {
                if self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let r = (|| {
                    let mut s = String::from("{");
                    for (i, (k, x)) in self.dict_items_vec(v).into_iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        s.push_str(&self.repr_string(k)?);
                        s.push_str(": ");
                        s.push_str(&self.repr_string(x)?);
                    }
                    s.push('}');
                    Ok(s)
                })();
                self.repr_leave();
                r
            }
            LayoutId::Set | LayoutId::FrozenSet => {
                let frozen = crate::objects::set::is_frozenset(v);
                let keys = set_data(v).keys();
                if keys.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.into());
                }
                if self.repr_enter(v) {
                    return Ok(format!("{}(...)", if frozen { "frozenset" } else { "set" }));
                }
                let mut parts = Vec::new();
                for k in keys {
                    match self.repr_string(k) {
                        Ok(s) => parts.push(s),
                        Err(e) => {
                            self.repr_leave();
                            return Err(e);
                        }
                    }
                }
                self.repr_leave();
                let inner = parts.join(", ");
                Ok(if frozen {
                    format!("frozenset({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                })
            }
            LayoutId::Range => {
                let r = get::<RangeObj>(v);
                Ok(if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                })
            }
            LayoutId::Slice => {
                let s = get::<SliceObj>(v);
                let (a, b, c) = (s.start, s.stop, s.step);
                Ok(format!(
                    "slice({}, {}, {})",
                    self.repr_string(a)?,
                    self.repr_string(b)?,
                    self.repr_string(c)?
                ))
            }
            LayoutId::Function => {
                let q = text(get::<FunctionObj>(v).qualname).to_string();
                Ok(format!("<function {q} at {:#x}>", self.heap.identity(v)))
            }
            LayoutId::Native => {
                use crate::objects::types::NativeKind;
                let n = get::<NativeObj>(v);
                let name = self.natives[n.index as usize].name;
                let owner = self.natives[n.index as usize].owner;
                match self.native_kind(v) {
                    NativeKind::SlotWrapper => {
                        let on = type_data(owner).name.clone();
                        return Ok(format!("<slot wrapper '{name}' of '{on}' objects>"));
                    }
                    NativeKind::Method => {
                        let on = type_data(owner).name.clone();
                        return Ok(format!("<method '{name}' of '{on}' objects>"));
                    }
                    NativeKind::Function => {}
                }
                if n.self_.is_empty() {
                    Ok(format!("<built-in function {name}>"))
                } else {
                    let tn = self.type_name(n.self_);
                    let id = self.heap.identity(n.self_);
                    Ok(format!(
                        "<built-in method {name} of {tn} object at {id:#x}>"
                    ))
                }
            }
            LayoutId::BoundMethod => {
                let bm = get::<BoundMethodObj>(v);
                let (f, s) = (bm.func, bm.self_);
                if has_layout(f, LayoutId::Native) {
                    use crate::objects::types::NativeKind;
                    let name = self.natives[get::<NativeObj>(f).index as usize].name;
                    let tn = self.type_name(s);
                    let id = self.heap.identity(s);
                    let kind = if self.native_kind(f) == NativeKind::SlotWrapper {
                        format!("method-wrapper '{name}'")
                    } else {
                        format!("built-in method {name}")
                    };
                    return Ok(format!("<{kind} of {tn} object at {id:#x}>"));
                }
                let fname = if has_layout(f, LayoutId::Function) {
                    text(get::<FunctionObj>(f).qualname).to_string()
                } else {
                    "?".into()
                };
                let sr = self.repr_string(s)?;
                Ok(format!("<bound method {fname} of {sr}>"))
            }
            LayoutId::Type => {
                if let Some(r) = self.meta_special(v, self.names.repr, &[])? {
                    if !is_str(r) {
                        let tn = self.type_name(r);
                        return Err(
                            self.type_error(format!("__repr__ returned non-string (type {tn})"))
                        );
                    }
                    return Ok(text(r).to_string());
                }
                let d = type_data(v);
                if d.module == "builtins" {
                    Ok(format!("<class '{}'>", d.qualname))
                } else {
                    Ok(format!("<class '{}.{}'>", d.module, d.qualname))
                }
            }
            LayoutId::Module => {
                let n = get::<ModuleObj>(v).name;
                Ok(format!("<module '{}'>", text(n)))
            }
            LayoutId::Cell => Ok(format!("<cell at {:#x}>", self.heap.identity(v))),
            LayoutId::Code => {
                let cd = crate::interp::code::code_data(v);
                Ok(format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    cd.code.name,
                    v.addr(),
                    cd.code.filename,
                    cd.code.first_line
                ))
            }
            LayoutId::Generator => {
                let d = crate::interp::gen::gen_data(v);
                let q = text(d.qualname).to_string();
                let kind = match d.kind {
                    crate::interp::gen::GenKind::Generator => "generator",
                    crate::interp::gen::GenKind::Coroutine => "coroutine",
                    crate::interp::gen::GenKind::AsyncGenerator => "async_generator",
                };
                Ok(format!(
                    "<{kind} object {q} at {:#x}>",
                    self.heap.identity(v)
                ))
            }
            LayoutId::Wrapper if crate::objects::bigrange::is_big_range(v) => {
                self.big_range_repr(v)
            }
            LayoutId::Wrapper => {
                let w = get::<WrapperObj>(v);
                let kind = WrapKind::from_u64(w.kind);
                match kind {
                    WrapKind::DictKeys | WrapKind::DictValues | WrapKind::DictItems => {
                        let d = w.a;
                        let name = match kind {
                            WrapKind::DictKeys => "dict_keys",
                            WrapKind::DictValues => "dict_values",
                            _ => "dict_items",
                        };
                        let items: Vec<Value> = match kind {
                            WrapKind::DictKeys => dict_data(d).iter().map(|(k, _)| k).collect(),
                            WrapKind::DictValues => dict_data(d).iter().map(|(_, x)| x).collect(),
                            _ => {
                                let pairs = self.dict_items_vec(d);
                                pairs
                                    .into_iter()
                                    .map(|(k, x)| self.new_tuple(&[k, x]))
                                    .collect()
                            }
                        };
                        let mut parts = Vec::new();
                        for x in items {
                            parts.push(self.repr_string(x)?);
                        }
                        Ok(format!("{name}([{}])", parts.join(", ")))
                    }
                    WrapKind::Member => Ok(crate::objects::slots::member_repr(v)),
                    WrapKind::Frame => {
                        let w = get::<WrapperObj>(v);
                        let cd = crate::interp::code::code_data(w.a);
                        let line = heap::items(w.c)[1];
                        Ok(format!(
                            "<frame at {:#x}, file '{}', line {}, code {}>",
                            self.heap.identity(v),
                            cd.code.filename,
                            self.repr_string(line)?,
                            cd.code.name
                        ))
                    }
                    WrapKind::GenFrame => {
                        let d = crate::interp::gen::gen_data(get::<WrapperObj>(v).a);
                        let cd = crate::interp::code::code_data(d.code);
                        let line = cd.code.line_of(d.pc.saturating_sub(1));
                        Ok(format!(
                            "<frame at {:#x}, file '{}', line {line}, code {}>",
                            self.heap.identity(v),
                            cd.code.filename,
                            cd.code.name
                        ))
                    }
                    _ => {
                        let tn = self.type_name(v);
                        Ok(format!("<{tn} object at {:#x}>", self.heap.identity(v)))
                    }
                }
            }
            LayoutId::Instance => {
                let u = self.unwrap_for(v, self.names.repr);
                if u != v {
                    return self.repr_string(u);
                }
                let t = self.type_of(v);
                if let Some(m) = self.lookup(t, self.names.repr) {
                    if !has_layout(m, LayoutId::Native) {
                        // CPython's repr checks the depth before the call does (the
                        // call counts one more level here).
                        if self.recursion_exceeded()
                            || self.frames.len() + self.depth + 1 >= self.recursion_limit
                        {
                            return Err(self.raise_msg(
                                "RecursionError",
                                "maximum recursion depth exceeded while getting the repr of an object",
                            ));
                        }
                        let r = self.call(m, &[v])?;
                        if !is_str(r) {
                            let tn = self.type_name(r);
                            return Err(self
                                .type_error(format!("__repr__ returned non-string (type {tn})")));
                        }
                        return Ok(text(r).to_string());
                    }
                }
                if type_data(t).is_exception {
                    let name = type_data(t).name.clone();
                    let args = self.exc_args(v);
                    let inner = if args.is_empty() {
                        String::new()
                    } else {
                        let items = heap::items(args).to_vec();
                        if items.len() == 1 {
                            self.repr_string(items[0])?
                        } else {
                            let r = self.repr_string(args)?;
                            r[1..r.len() - 1].trim_end_matches(',').to_string()
                        }
                    };
                    return Ok(format!("{name}({inner})"));
                }
                let d = type_data(t);
                let q = if d.module == "builtins" {
                    d.qualname.clone()
                } else {
                    format!("{}.{}", d.module, d.qualname)
                };
                Ok(format!("<{q} object at {:#x}>", self.heap.identity(v)))
            }
            _ => {
                let tn = self.type_name(v);
                Ok(format!("<{tn} object at {:#x}>", self.heap.identity(v)))
            }
        }
    }

    fn repr_seq(&mut self, v: Value) -> PyResult<String> {
        let list = is_list(v);
        let n = crate::objects::seq::seq_items(v).len();
        let mut s = String::from(if list { "[" } else { "(" });
        for i in 0..n {
            let items = crate::objects::seq::seq_items(v);
            if i >= items.len() {
                break;
            }
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr_string(items[i])?);
        }
        if !list && n == 1 {
            s.push(',');
        }
        s.push(if list { ']' } else { ')' });
        Ok(s)
    }

    /// Recursion guard for container reprs; true when `v` is already being printed.
    fn repr_enter(&mut self, v: Value) -> bool {
        if self.repr_stack.contains(&v) {
            return true;
        }
        self.repr_stack.push(v);
        false
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    /// str(v) as Rust text.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        if is_str(v) {
            return Ok(text(v).to_string());
        }
        if let Some(r) = self.meta_special(v, self.names.str, &[])? {
            if is_str(r) {
                return Ok(text(r).to_string());
            }
        }
        if has_layout(v, LayoutId::Instance) {
            let u = self.unwrap_for(v, self.names.str);
            if u != v && self.unwrap_for(v, self.names.repr) != v {
                return self.str_string(u);
            }
            let t = self.type_of(v);
            if let Some(m) = self.lookup(t, self.names.str) {
                let object_str = type_data(self.types.object)
                    .dict
                    .get(&self.names.str)
                    .copied();
                if has_layout(m, LayoutId::Native) && Some(m) != object_str {
                    if let Some(r) = self.call_special(v, self.names.str, &[])? {
                        if is_str(r) {
                            return Ok(text(r).to_string());
                        }
                    }
                }
                if !has_layout(m, LayoutId::Native) {
                    let r = self.call(m, &[v])?;
                    if !is_str(r) {
                        let tn = self.type_name(r);
                        return Err(
                            self.type_error(format!("__str__ returned non-string (type {tn})"))
                        );
                    }
                    return Ok(text(r).to_string());
                }
            }
            if type_data(t).is_exception {
                return self.exc_str(v);
            }
        }
        self.repr_string(v)
    }

    pub fn repr(&mut self, v: Value) -> PyResult {
        let s = self.repr_string(v)?;
        Ok(self.new_str(&s))
    }

    pub fn str(&mut self, v: Value) -> PyResult {
        if is_str(v) {
            return Ok(v);
        }
        if v.is_small() {
            return Ok(self.small_int_str(v.small_value()));
        }
        let s = self.str_string(v)?;
        Ok(self.new_str(&s))
    }

    /// Lookup in a namespace mapping (dict fast path).
    pub fn mapping_get(&mut self, m: Value, k: Value) -> PyResult<Option<Value>> {
        if is_dict(m) {
            return self.dict_get(m, k);
        }
        match self.getitem(m, k) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let ke = self.exc_type("KeyError");
                if self.isinstance(self.exc, ke) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    pub fn mapping_set(&mut self, m: Value, k: Value, v: Value) -> PyResult<()> {
        if is_dict(m) {
            return self.dict_set(m, k, v);
        }
        self.setitem(m, k, v)
    }

    /// (key, value) pairs of a dict or any object with keys() and __getitem__.
    pub fn mapping_items(&mut self, m: Value) -> PyResult<Vec<(Value, Value)>> {
        if is_dict(m) {
            return Ok(self.dict_items_vec(m));
        }
        let keys_name = self.intern("keys");
        let keys = match self.getattr(m, keys_name) {
            Ok(k) => k,
            Err(_) => {
                let tn = self.type_name(m);
                return Err(self.type_error(format!("'{tn}' object is not a mapping")));
            }
        };
        let ks = self.call(keys, &[])?;
        let ks = self.collect_iterable(ks)?;
        let mut out = Vec::new();
        for k in ks {
            let v = self.getitem(m, k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// d.update(m) for a dict target.
    pub fn dict_update(&mut self, d: Value, m: Value) -> PyResult<()> {
        if is_dict(m) {
            for (k, v) in self.dict_items_vec(m) {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if has_layout(m, LayoutId::Instance) || has_layout(m, LayoutId::Wrapper) {
            if let Ok(items) = self.mapping_items(m) {
                for (k, v) in items {
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
        let items = self.collect_iterable(m)?;
        for (i, it) in items.into_iter().enumerate() {
            let pair = self.collect_iterable(it).map_err(|e| {
                let _ = e;
                self.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            })?;
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            self.dict_set(d, pair[0], pair[1])?;
        }
        Ok(())
    }

    /// `f(**m)` merge: duplicate keys are an error (`func` names the callee in messages).
    pub fn dict_merge_kwargs(&mut self, func: Value, d: Value, m: Value) -> PyResult<()> {
        let items = match self.mapping_items(m) {
            Ok(items) => items,
            Err(_) => {
                let fs = self.function_str(func)?;
                let tn = self.type_name(m);
                return Err(self.type_error(format!(
                    "{fs} argument after ** must be a mapping, not {tn}"
                )));
            }
        };
        for (k, v) in items {
            if self.dict_get(d, k)?.is_some() {
                let fs = self.function_str(func)?;
                let ks = self.str_string(k)?;
                return Err(self.type_error(format!(
                    "{fs} got multiple values for keyword argument '{ks}'"
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` (no module for builtins).
    pub fn function_str(&mut self, f: Value) -> PyResult<String> {
        let q = self.names.qualname;
        let Some(qual) = self.getattr_opt(f, q)? else {
            return self.str_string(f);
        };
        let qual = self.str_string(qual)?;
        let m = self.names.module;
        if let Some(module) = self.getattr_opt(f, m)? {
            if crate::objects::str::is_str(module) {
                let ms = crate::objects::str::text(module).to_string();
                if ms != "builtins" {
                    return Ok(format!("{ms}.{qual}()"));
                }
            }
        }
        Ok(format!("{qual}()"))
    }

    /// list.extend(iterable).
    pub fn list_extend(&mut self, l: Value, it: Value) -> PyResult<()> {
        if is_list(it) || is_tuple(it) {
            let items = crate::objects::seq::seq_items(it).to_vec();
            self.list_reserve(l, items.len());
            for v in items {
                self.list_push(l, v);
            }
            return Ok(());
        }
        let iter = self.get_iter(it)?;
        while let Some(v) = self.iter_next(iter)? {
            self.list_push(l, v);
        }
        Ok(())
    }

    /// UNPACK_SEQUENCE / UNPACK_EX: the items in order (star part as a list).
    pub fn unpack(
        &mut self,
        seq: Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = if is_tuple(seq) || is_list(seq) {
            crate::objects::seq::seq_items(seq).to_vec()
        } else {
            let it = match self.get_iter(seq) {
                Ok(it) => it,
                Err(_) => {
                    let tn = self.type_name(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
            };
            let mut out = Vec::new();
            while let Some(v) = self.iter_next(it)? {
                out.push(v);
                if after.is_none() && out.len() > before {
                    break;
                }
            }
            out
        };
        match after {
            None => {
                if items.len() < before {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                if items.len() > before {
                    if is_tuple(seq) || is_list(seq) {
                        return Err(self.value_error(format!(
                            "too many values to unpack (expected {before})"
                        )));
                    }
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    );
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = items[..before].to_vec();
                let mid = self.new_list(&items[before..items.len() - after]);
                out.push(mid);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }
}
