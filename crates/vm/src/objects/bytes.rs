//! bytes and bytearray: the bytes-like view of both, bytearray's growable buffer,
//! item access, the sequence operators (`+`, `*`, `%`, `in`) and their reprs.

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::int::{as_int, Int};
use crate::objects::seq::norm_index;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[inline]
pub fn is_bytes(v: Value) -> bool {
    has_layout(v, LayoutId::Bytes)
}

#[inline]
pub fn is_bytearray(v: Value) -> bool {
    has_layout(v, LayoutId::ByteArray)
}

/// The buffer of a bytearray.
#[inline]
pub fn bytearray_vec<'a>(v: Value) -> &'a mut Vec<u8> {
    heap::boxed::<Vec<u8>>(get::<ByteArrayObj>(v).data)
}

/// The bytes of a bytes or bytearray object (None for anything else). The slice is
/// valid until the bytearray is next mutated.
#[inline]
pub fn bytes_like<'a>(v: Value) -> Option<&'a [u8]> {
    if !v.is_ptr() {
        return None;
    }
    match heap::layout_of(v) {
        LayoutId::Bytes => Some(heap::bytes_data(v)),
        LayoutId::ByteArray => Some(bytearray_vec(v).as_slice()),
        _ => None,
    }
}

/// CPython's bytes repr body: `b'...'` with the quote chosen like str's.
pub fn repr_bytearray(d: &[u8]) -> String {
    format!("bytearray({})", crate::objects::str::repr_bytes(d))
}

impl Vm {
    pub fn new_bytearray(&mut self, data: Vec<u8>) -> Value {
        let data = heap::box_into_raw(Box::new(data));
        self.heap.alloc(ByteArrayObj {
            header: Header::new(LayoutId::ByteArray),
            data,
        })
    }

    /// A new object of the same kind as `like` (bytearray stays bytearray, else bytes).
    pub fn new_bytes_as(&mut self, like: Value, data: Vec<u8>) -> Value {
        if is_bytearray(like) {
            self.new_bytearray(data)
        } else {
            self.new_bytes(&data)
        }
    }

    /// An int in range(0, 256) (a bytearray item or a byte to search for).
    pub fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        match as_int(v) {
            Some(Int::S(n)) if (0..256).contains(&n) => Ok(n as u8),
            Some(_) => Err(self.value_error("byte must be in range(0, 256)")),
            None => {
                if let Some(n) = self.index_hook(v)? {
                    if (0..256).contains(&n) {
                        return Ok(n as u8);
                    }
                    return Err(self.value_error("byte must be in range(0, 256)"));
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// The bytes of a bytes-like argument, or CPython's TypeError.
    pub fn bytes_arg(&mut self, v: Value) -> PyResult<Vec<u8>> {
        match bytes_like(v) {
            Some(d) => Ok(d.to_vec()),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
        }
    }

    /// What `bytes(v)` / `bytearray(v)` hold for one non-str argument.
    pub fn bytes_from_object(&mut self, v: Value) -> PyResult<Vec<u8>> {
        if let Some(d) = bytes_like(v) {
            return Ok(d.to_vec());
        }
        if let Some(i) = as_int(v) {
            return match i {
                Int::S(n) if n < 0 => Err(self.value_error("negative count")),
                Int::S(n) if n <= 1 << 40 => Ok(vec![0u8; n as usize]),
                _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            };
        }
        if has_layout(v, LayoutId::Instance) {
            if let Some(r) = self.call_special(v, self.names.bytes, &[])? {
                return match bytes_like(r) {
                    Some(d) if is_bytes(r) => Ok(d.to_vec()),
                    _ => {
                        let tn = self.type_name(r);
                        Err(self.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                    }
                };
            }
            if let Some(n) = self.index_hook(v)? {
                if n < 0 {
                    return Err(self.value_error("negative count"));
                }
                return Ok(vec![0u8; n as usize]);
            }
        }
        if crate::objects::str::is_str(v) {
            return Err(self.type_error("string argument without an encoding"));
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) => {
                let te = self.exc_type("TypeError");
                if self.exc_matches(self.exc, te) {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("cannot convert '{tn}' object to bytes")));
                }
                return Err(e);
            }
        };
        let mut d = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            match as_int(x) {
                Some(Int::S(n)) if (0..256).contains(&n) => d.push(n as u8),
                Some(_) => return Err(self.value_error("bytes must be in range(0, 256)")),
                None => {
                    let tn = self.type_name(x);
                    return Err(self
                        .type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            }
        }
        Ok(d)
    }

    /// b[i] and b[a:b:c] for bytes and bytearray.
    pub fn bytes_getitem(&mut self, c: Value, k: Value) -> PyResult {
        let d = bytes_like(c).expect("bytes-like");
        if let Some(i) = as_int(k) {
            let n = match i {
                Int::S(n) => n,
                Int::B(_) => i64::MAX,
            };
            return match norm_index(n, d.len()) {
                Some(j) => Ok(Value::small(d[j] as i64)),
                None => Err(self.index_error(if is_bytearray(c) {
                    "bytearray index out of range"
                } else {
                    "index out of range"
                })),
            };
        }
        if has_layout(k, LayoutId::Slice) {
            let (start, _, step, count) = self.slice_indices(k, d.len())?;
            let d = bytes_like(c).expect("bytes-like");
            let out: Vec<u8> = (0..count)
                .map(|i| d[(start + i as i64 * step) as usize])
                .collect();
            return Ok(self.new_bytes_as(c, out));
        }
        if let Some(n) = self.index_hook(k)? {
            return self.bytes_getitem(c, Value::small(n));
        }
        let (tn, kn) = (self.type_name(c), self.type_name(k));
        Err(self.type_error(format!("{tn} indices must be integers or slices, not {kn}")))
    }

    /// ba[i] = x and ba[a:b:c] = iterable.
    pub fn bytearray_setitem(&mut self, c: Value, k: Value, v: Value) -> PyResult<()> {
        if has_layout(k, LayoutId::Slice) {
            let src = if let Some(d) = bytes_like(v) {
                d.to_vec()
            } else if as_int(v).is_some() || crate::objects::str::is_str(v) {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            } else {
                self.bytes_from_object(v)?
            };
            let len = bytearray_vec(c).len();
            let (start, stop, step, count) = self.slice_indices(k, len)?;
            let buf = bytearray_vec(c);
            if step == 1 {
                let s = start as usize;
                let e = (stop.max(start)) as usize;
                buf.splice(s..e, src);
                return Ok(());
            }
            if src.len() != count {
                return Err(self.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {count}",
                    src.len()
                )));
            }
            for (i, b) in src.into_iter().enumerate() {
                buf[(start + i as i64 * step) as usize] = b;
            }
            return Ok(());
        }
        let idx = match as_int(k) {
            Some(Int::S(n)) => n,
            Some(Int::B(_)) => i64::MAX,
            None => match self.index_hook(k)? {
                Some(n) => n,
                None => {
                    let kn = self.type_name(k);
                    return Err(self.type_error(format!(
                        "bytearray indices must be integers or slices, not {kn}"
                    )));
                }
            },
        };
        let b = self.byte_value(v)?;
        let buf = bytearray_vec(c);
        match norm_index(idx, buf.len()) {
            Some(j) => {
                buf[j] = b;
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// del ba[i] and del ba[a:b:c].
    pub fn bytearray_delitem(&mut self, c: Value, k: Value) -> PyResult<()> {
        let len = bytearray_vec(c).len();
        if has_layout(k, LayoutId::Slice) {
            let (start, _, step, count) = self.slice_indices(k, len)?;
            let mut drop = vec![false; len];
            for i in 0..count {
                drop[(start + i as i64 * step) as usize] = true;
            }
            let buf = bytearray_vec(c);
            let mut i = 0;
            buf.retain(|_| {
                i += 1;
                !drop[i - 1]
            });
            return Ok(());
        }
        let idx = match as_int(k) {
            Some(Int::S(n)) => n,
            Some(Int::B(_)) => i64::MAX,
            None => match self.index_hook(k)? {
                Some(n) => n,
                None => {
                    let kn = self.type_name(k);
                    return Err(self.type_error(format!(
                        "bytearray indices must be integers or slices, not {kn}"
                    )));
                }
            },
        };
        match norm_index(idx, len) {
            Some(j) => {
                bytearray_vec(c).remove(j);
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `x in b` for bytes and bytearray: an int byte or a bytes-like substring.
    pub fn bytes_contains(&mut self, c: Value, v: Value) -> PyResult<bool> {
        let needle = if bytes_like(v).is_some() {
            self.bytes_arg(v)?
        } else if as_int(v).is_some()
            || has_layout(v, LayoutId::Instance) && self.index_hook(v)?.is_some()
        {
            vec![self.byte_value(v)?]
        } else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")));
        };
        let hay = bytes_like(c).expect("bytes-like");
        Ok(find_bytes(hay, &needle).is_some())
    }

    /// `+`, `*` and `%` with a bytes-like left operand; None when not applicable.
    pub fn bytes_binop(&mut self, op: usize, a: Value, b: Value) -> PyResult<Option<Value>> {
        let Some(da) = bytes_like(a) else {
            return Ok(None);
        };
        match op {
            0 => {
                let Some(db) = bytes_like(b) else {
                    let (x, y) = (self.type_name(b), self.type_name(a));
                    return Err(self.type_error(format!("can't concat {x} to {y}")));
                };
                let mut d = Vec::with_capacity(da.len() + db.len());
                d.extend_from_slice(da);
                d.extend_from_slice(db);
                Ok(Some(self.new_bytes_as(a, d)))
            }
            5 if crate::objects::int::is_int(b) => {
                let n = self.bytes_repeat_count(b)?;
                let da = bytes_like(a).expect("bytes-like");
                if da.len().saturating_mul(n) > 1 << 34 {
                    return Err(self.raise_msg("MemoryError", ""));
                }
                let d = da.repeat(n);
                Ok(Some(self.new_bytes_as(a, d)))
            }
            6 => {
                let r = self.bytes_percent_format(a, b)?;
                Ok(Some(r))
            }
            _ => Ok(None),
        }
    }

    fn bytes_repeat_count(&mut self, n: Value) -> PyResult<usize> {
        match as_int(n) {
            Some(Int::S(k)) => Ok(k.max(0) as usize),
            _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    /// In-place `+=` / `*=` on a bytearray (mutates and returns it).
    pub fn bytearray_inplace(&mut self, op: usize, a: Value, b: Value) -> PyResult<Option<Value>> {
        match op {
            0 => {
                let Some(db) = bytes_like(b) else {
                    let (x, y) = (self.type_name(b), self.type_name(a));
                    return Err(self.type_error(format!("can't concat {x} to {y}")));
                };
                let db = db.to_vec();
                bytearray_vec(a).extend_from_slice(&db);
                Ok(Some(a))
            }
            5 if crate::objects::int::is_int(b) => {
                let n = self.bytes_repeat_count(b)?;
                let buf = bytearray_vec(a);
                if buf.len().saturating_mul(n) > 1 << 34 {
                    return Err(self.raise_msg("MemoryError", ""));
                }
                *buf = buf.repeat(n);
                Ok(Some(a))
            }
            _ => Ok(None),
        }
    }
}

/// First occurrence of `n` in `h` (memchr on the first byte, then compare).
pub fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    let first = n[0];
    let last_start = h.len() - n.len();
    let mut i = 0;
    while i <= last_start {
        match h[i..=last_start].iter().position(|&c| c == first) {
            None => return None,
            Some(p) => {
                let at = i + p;
                if &h[at..at + n.len()] == n {
                    return Some(at);
                }
                i = at + 1;
            }
        }
    }
    None
}

/// Last occurrence of `n` in `h`.
pub fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Non-overlapping occurrences of a non-empty `n` in `h`.
pub fn count_bytes(h: &[u8], n: &[u8]) -> usize {
    let mut c = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(&h[i..], n) {
        c += 1;
        i += p + n.len();
    }
    c
}
