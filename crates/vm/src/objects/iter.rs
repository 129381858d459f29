//! The iteration protocol: iter() for every built-in container, next() for every iterator kind.

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::dict::dict_data;
use crate::objects::seq::{list_items, list_len};
use crate::objects::set::set_data;
use crate::objects::types::{type_data, IterKind, WrapKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn new_iter(
        &mut self,
        kind: IterKind,
        src: Value,
        aux: Value,
        index: i64,
        end: i64,
    ) -> Value {
        self.heap.alloc(IterObj {
            header: Header::new(LayoutId::Iter),
            kind: kind as u64,
            src,
            aux,
            index,
            end,
        })
    }

    /// iter(v).
    pub fn get_iter(&mut self, v: Value) -> PyResult {
        if v.is_ptr() {
            match heap::layout_of(v) {
                LayoutId::Iter | LayoutId::RangeIter | LayoutId::File => return Ok(v),
                LayoutId::Generator if crate::interp::coro::is_plain_generator(v) => return Ok(v),
                LayoutId::List => return Ok(self.new_iter(IterKind::List, v, Value::EMPTY, 0, 0)),
                LayoutId::Tuple => {
                    return Ok(self.new_iter(IterKind::Tuple, v, Value::EMPTY, 0, 0))
                }
                LayoutId::Str => return Ok(self.new_iter(IterKind::Str, v, Value::EMPTY, 0, 0)),
                LayoutId::Bytes | LayoutId::ByteArray => {
                    return Ok(self.new_iter(IterKind::Bytes, v, Value::EMPTY, 0, 0))
                }
                LayoutId::Dict => {
                    let n = self.dict_len(v) as i64;
                    return Ok(self.new_iter(IterKind::DictKeys, v, Value::EMPTY, 0, n));
                }
                LayoutId::Set | LayoutId::FrozenSet => {
                    let n = self.set_len(v) as i64;
                    return Ok(self.new_iter(IterKind::Set, v, Value::EMPTY, 0, n));
                }
                LayoutId::Range => {
                    let r = get::<RangeObj>(v);
                    let (next, step, remaining) = (r.start, r.step, r.len);
                    return Ok(self.heap.alloc(RangeIterObj {
                        header: Header::new(LayoutId::RangeIter),
                        next,
                        step,
                        remaining,
                    }));
                }
                LayoutId::Wrapper if crate::interp::coro::is_await_iter(v) => return Ok(v),
                LayoutId::Wrapper if crate::objects::bigrange::is_big_range(v) => {
                    return self.big_range_op("iterate", v, &[]);
                }
                LayoutId::Wrapper => {
                    let w = get::<WrapperObj>(v);
                    let d = w.a;
                    let kind = match WrapKind::from_u64(w.kind) {
                        WrapKind::DictKeys => Some(IterKind::DictKeys),
                        WrapKind::DictValues => Some(IterKind::DictValues),
                        WrapKind::DictItems => Some(IterKind::DictItems),
                        _ => None,
                    };
                    if let Some(k) = kind {
                        let n = self.dict_len(d) as i64;
                        return Ok(self.new_iter(k, d, Value::EMPTY, 0, n));
                    }
                }
                LayoutId::Type => {
                    if let Some(it) = self.meta_special(v, self.names.iter, &[])? {
                        return Ok(it);
                    }
                }
                LayoutId::Instance => {
                    let u = self.unwrap_for(v, self.names.iter);
                    if u != v {
                        return self.get_iter(u);
                    }
                    let t = self.type_of(v);
                    if let Some(m) = self.lookup(t, self.names.iter) {
                        if m.is_none() {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!("'{tn}' object is not iterable")));
                        }
                        let it = self
                            .call_special(v, self.names.iter, &[])?
                            .unwrap_or(Value::none());
                        let it_t = self.type_of(it);
                        let ok = has_layout(it, LayoutId::Iter)
                            || has_layout(it, LayoutId::RangeIter)
                            || has_layout(it, LayoutId::Generator)
                            || has_layout(it, LayoutId::File)
                            || (type_data(it_t).instance_based
                                && self.lookup(it_t, self.names.next).is_some());
                        if !ok {
                            let tn = self.type_name(it);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{tn}'"
                            )));
                        }
                        return Ok(it);
                    }
                    if self.lookup(t, self.names.getitem).is_some() {
                        return Ok(self.new_iter(IterKind::SeqGetItem, v, Value::EMPTY, 0, 0));
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    /// next(it): Some(value), or None when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match heap::layout_of(it) {
            LayoutId::RangeIter => {
                let r = get::<RangeIterObj>(it);
                if r.remaining <= 0 {
                    return Ok(None);
                }
                let v = r.next;
                r.remaining -= 1;
                r.next = v.wrapping_add(r.step);
                Ok(Some(self.new_int(v)))
            }
            LayoutId::Iter => self.builtin_iter_next(it),
            LayoutId::Generator => self.gen_next(it),
            LayoutId::Wrapper if crate::interp::coro::is_await_iter(it) => {
                match self.asend_send_step(it, Value::none()) {
                    Some(Ok(crate::interp::gen::GenStep::Yield(v))) => Ok(Some(v)),
                    Some(Ok(_)) | None => Ok(None),
                    Some(Err(e)) => Err(e),
                }
            }
            LayoutId::File => crate::builtins::io::file_next_line(self, it),
            LayoutId::Instance => {
                let t = self.type_of(it);
                let Some(m) = self.lookup(t, self.names.next) else {
                    let tn = self.type_name(it);
                    return Err(self.type_error(format!("'{tn}' object is not an iterator")));
                };
                match self.call(m, &[it]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        let stop = self.exc_type("StopIteration");
                        if self.isinstance(self.exc, stop) {
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            _ => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
        }
    }

    /// `next(it)` with list and range iterators handled inline (the operands of zip and
    /// enumerate, FOR_ITER's fused paths); everything else goes through `iter_next`.
    #[inline(always)]
    pub fn iter_next_inline(&mut self, it: Value) -> PyResult<Option<Value>> {
        if has_layout(it, LayoutId::Iter) {
            let o = get::<IterObj>(it);
            if o.kind == IterKind::List as u64 {
                let i = o.index as usize;
                if o.index >= 0 && i < list_len(o.src) {
                    o.index += 1;
                    return Ok(Some(list_items(o.src)[i]));
                }
            }
        } else if has_layout(it, LayoutId::RangeIter) {
            let r = get::<RangeIterObj>(it);
            if r.remaining > 0 {
                let v = r.next;
                r.remaining -= 1;
                r.next = v.wrapping_add(r.step);
                return Ok(Some(self.new_int(v)));
            }
        }
        self.iter_next(it)
    }

    /// The next items of the zip iterator `it` into `out` (one per zipped iterable, in
    /// order, no tuple made). false: exhausted (after `strict=True`'s length checks).
    pub fn zip_next_into(
        &mut self,
        it: Value,
        out: &mut smallvec::SmallVec<[Value; 4]>,
    ) -> PyResult<bool> {
        let o = get::<IterObj>(it);
        let (src, strict) = (o.src, o.index != 0);
        let n = heap::items(src).len();
        for k in 0..n {
            // Re-read the operand each time: `src` is a tuple that nothing changes.
            let i = heap::items(src)[k];
            match self.iter_next_inline(i)? {
                Some(v) => out.push(v),
                None => {
                    if strict {
                        if k > 0 {
                            let plural = if k == 1 { " " } else { "s 1-" };
                            let msg = if k == 1 {
                                "zip() argument 2 is shorter than argument 1".to_string()
                            } else {
                                format!(
                                    "zip() argument {} is shorter than argument{plural}{}",
                                    k + 1,
                                    k
                                )
                            };
                            return Err(self.value_error(msg));
                        }
                        for j in 1..n {
                            let other = heap::items(src)[j];
                            if self.iter_next(other)?.is_some() {
                                let msg = if j == 1 {
                                    "zip() argument 2 is longer than argument 1".to_string()
                                } else {
                                    format!(
                                        "zip() argument {} is longer than arguments 1-{}",
                                        j + 1,
                                        j
                                    )
                                };
                                return Err(self.value_error(msg));
                            }
                        }
                    }
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// An enumerate iterator's next `(count, item)` without the tuple; None: exhausted.
    pub fn enumerate_next_pair(&mut self, it: Value) -> PyResult<Option<(Value, Value)>> {
        let o = get::<IterObj>(it);
        let (src, count) = (o.src, o.aux);
        let Some(v) = self.iter_next_inline(src)? else {
            return Ok(None);
        };
        self.enumerate_bump(it, count)?;
        Ok(Some((count, v)))
    }

    /// Advance an enumerate iterator's count past `count` (a small int stays inline).
    #[inline]
    fn enumerate_bump(&mut self, it: Value, count: Value) -> PyResult<()> {
        let small = if count.is_small() {
            Value::try_small(count.small_value() + 1)
        } else {
            None
        };
        let next = match small {
            Some(n) => n,
            None => self.binary_op(0, count, Value::small(1))?,
        };
        get::<IterObj>(it).aux = next;
        if next.is_ptr() {
            self.heap.barrier(it);
        }
        Ok(())
    }

    fn builtin_iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let o = get::<IterObj>(it);
        let kind = IterKind::from_u64(o.kind);
        match kind {
            IterKind::List => {
                let i = o.index as usize;
                if o.index >= 0 && i < list_len(o.src) {
                    o.index += 1;
                    Ok(Some(list_items(o.src)[i]))
                } else {
                    o.index = i64::MAX / 2;
                    Ok(None)
                }
            }
            IterKind::ListReverse => {
                let i = o.index;
                if i >= 0 && (i as usize) < list_len(o.src) {
                    o.index -= 1;
                    Ok(Some(list_items(o.src)[i as usize]))
                } else {
                    o.index = -1;
                    Ok(None)
                }
            }
            IterKind::Tuple => {
                let items = heap::items(o.src);
                let i = o.index as usize;
                if i < items.len() {
                    o.index += 1;
                    Ok(Some(items[i]))
                } else {
                    Ok(None)
                }
            }
            IterKind::Str => {
                let s = o.src;
                let bytes = heap::str_bytes(s);
                let i = o.index as usize;
                if i >= bytes.len() {
                    return Ok(None);
                }
                let text = crate::objects::str::text(s);
                let c = text[i..].chars().next().unwrap_or(' ');
                o.index += c.len_utf8() as i64;
                let mut buf = [0u8; 4];
                let cs = c.encode_utf8(&mut buf);
                Ok(Some(self.new_str(cs)))
            }
            IterKind::Bytes => {
                let d = crate::objects::bytes::bytes_like(o.src).unwrap_or(&[]);
                let i = o.index as usize;
                if i < d.len() {
                    o.index += 1;
                    Ok(Some(Value::small(d[i] as i64)))
                } else {
                    Ok(None)
                }
            }
            IterKind::DictKeys | IterKind::DictValues | IterKind::DictItems => {
                let d = o.src;
                let dd = dict_data(d);
                if dd.used as i64 != o.end {
                    o.end = -1;
                    return Err(
                        self.raise_msg("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                let mut i = o.index as usize;
                while i < dd.entries.len() && dd.entries[i].key.is_empty() {
                    i += 1;
                }
                if i >= dd.entries.len() {
                    o.index = i as i64;
                    return Ok(None);
                }
                o.index = i as i64 + 1;
                let e = dd.entries[i];
                Ok(Some(match kind {
                    IterKind::DictKeys => e.key,
                    IterKind::DictValues => e.value,
                    _ => self.new_tuple(&[e.key, e.value]),
                }))
            }
            IterKind::Set => {
                let sd = set_data(o.src);
                if sd.used as i64 != o.end {
                    o.end = -1;
                    return Err(self.raise_msg("RuntimeError", "Set changed size during iteration"));
                }
                let mut i = o.index as usize;
                while i < sd.table.len() && sd.table[i].key.is_empty() {
                    i += 1;
                }
                if i >= sd.table.len() {
                    o.index = i as i64;
                    return Ok(None);
                }
                o.index = i as i64 + 1;
                Ok(Some(sd.table[i].key))
            }
            IterKind::Enumerate => match self.enumerate_next_pair(it)? {
                Some((count, v)) => Ok(Some(self.new_tuple(&[count, v]))),
                None => Ok(None),
            },
            IterKind::Zip => {
                let mut out: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
                if !self.zip_next_into(it, &mut out)? || out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(&out)))
            }
            IterKind::Map => {
                let (f, iters) = (o.src, heap::items(o.aux).to_vec());
                let mut args = Vec::with_capacity(iters.len());
                for i in iters {
                    match self.iter_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(f, &args).map(Some)
            }
            IterKind::Filter => {
                let (f, src) = (o.src, o.aux);
                loop {
                    let Some(v) = self.iter_next(src)? else {
                        return Ok(None);
                    };
                    let keep = if f.is_none() {
                        self.truthy(v)?
                    } else {
                        let r = self.call(f, &[v])?;
                        self.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterKind::SeqGetItem => {
                let (src, i) = (o.src, o.index);
                if i < 0 {
                    return Ok(None);
                }
                match self.getitem(src, Value::small(i)) {
                    Ok(v) => {
                        get::<IterObj>(it).index += 1;
                        Ok(Some(v))
                    }
                    Err(e) => {
                        let ie = self.exc_type("IndexError");
                        let si = self.exc_type("StopIteration");
                        if self.isinstance(self.exc, ie) || self.isinstance(self.exc, si) {
                            get::<IterObj>(it).index = -1;
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            IterKind::Callable => {
                let (f, sentinel) = (o.src, o.aux);
                if o.index < 0 {
                    return Ok(None);
                }
                let v = self.call(f, &[])?;
                if self.eq_bool(v, sentinel)? {
                    get::<IterObj>(it).index = -1;
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// `collect_iterable`, except that a value that is not iterable raises
    /// `TypeError: {msg}` (CPython's `PySequence_Fast(v, msg)`).
    pub fn collect_iterable_or(&mut self, v: Value, msg: &str) -> PyResult<Vec<Value>> {
        if has_layout(v, LayoutId::List) || has_layout(v, LayoutId::Tuple) {
            return self.collect_iterable(v);
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) => {
                let te = self.exc_type("TypeError");
                return Err(if self.exc_matches(self.exc, te) {
                    self.type_error(msg)
                } else {
                    e
                });
            }
        };
        if Vm::gen_collectable(it) {
            return self.gen_collect(it);
        }
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// All items of an iterable, in order.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if has_layout(v, LayoutId::List) {
            return Ok(list_items(v).to_vec());
        }
        if has_layout(v, LayoutId::Tuple) {
            return Ok(heap::items(v).to_vec());
        }
        let it = self.get_iter(v)?;
        if Vm::gen_collectable(it) {
            return self.gen_collect(it);
        }
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(it)? {
            out.push(x);
        }
        Ok(out)
    }
}

/// The number of iterables a zip iterator zips (FOR_ITER's fused unpacking checks it).
#[inline]
pub fn zip_width(it: Value) -> usize {
    heap::items(get::<IterObj>(it).src).len()
}
