//! tuple, list (header + len + GC-managed item array), range, slice, bytes: construction and access.

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[inline]
pub fn is_tuple(v: Value) -> bool {
    has_layout(v, LayoutId::Tuple)
}
#[inline]
pub fn is_list(v: Value) -> bool {
    has_layout(v, LayoutId::List)
}

/// The live items of a list.
#[inline]
pub fn list_items<'a>(l: Value) -> &'a mut [Value] {
    let o = get::<ListObj>(l);
    if o.items.is_empty() {
        return &mut [];
    }
    &mut heap::items(o.items)[..o.len as usize]
}

#[inline]
pub fn list_len(l: Value) -> usize {
    get::<ListObj>(l).len as usize
}

/// Items of a tuple or list.
pub fn seq_items<'a>(v: Value) -> &'a mut [Value] {
    if is_list(v) {
        list_items(v)
    } else {
        heap::items(v)
    }
}

/// Normalise a possibly negative index against `len`; None when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// Length of range(start, stop, step).
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1) as i64
    }
}

impl Vm {
    pub fn new_tuple(&mut self, items: &[Value]) -> Value {
        let v = self.heap.alloc_raw(
            LayoutId::Tuple,
            std::mem::size_of::<TupleObj>() + 8 * items.len(),
        );
        get::<TupleObj>(v).len = items.len() as u64;
        heap::items(v).copy_from_slice(items);
        if heap::header(v).flags & flags::OLD != 0 {
            self.heap.barrier(v);
        }
        v
    }

    /// A tuple of the top `n` stack values (no intermediate copy).
    pub fn new_tuple_from_stack(&mut self, n: usize) -> Value {
        let v = self
            .heap
            .alloc_raw(LayoutId::Tuple, std::mem::size_of::<TupleObj>() + 8 * n);
        get::<TupleObj>(v).len = n as u64;
        let len = self.stack.len();
        heap::items(v).copy_from_slice(&self.stack[len - n..]);
        if heap::header(v).flags & flags::OLD != 0 {
            self.heap.barrier(v);
        }
        v
    }

    pub fn new_list(&mut self, items: &[Value]) -> Value {
        let l = self.heap.alloc(ListObj {
            header: Header::new(LayoutId::List),
            len: 0,
            items: Value::EMPTY,
        });
        if !items.is_empty() {
            let arr = self.new_value_array(items.len());
            heap::items(arr).copy_from_slice(items);
            let o = get::<ListObj>(l);
            o.items = arr;
            o.len = items.len() as u64;
            self.heap.barrier(arr);
        }
        l
    }

    /// Make room for `extra` more items.
    pub fn list_reserve(&mut self, l: Value, extra: usize) {
        let o = get::<ListObj>(l);
        let cap = if o.items.is_empty() {
            0
        } else {
            get::<ValueArrayObj>(o.items).len as usize
        };
        let need = o.len as usize + extra;
        if need <= cap {
            return;
        }
        let newcap = need.max(cap + cap / 2 + 4);
        let arr = self.new_value_array(newcap);
        let o = get::<ListObj>(l);
        if !o.items.is_empty() {
            let n = o.len as usize;
            heap::items(arr)[..n].copy_from_slice(&heap::items(o.items)[..n]);
        }
        o.items = arr;
        self.heap.barrier(l);
        self.heap.barrier(arr);
    }

    /// Append `v` (amortized growth; no barrier work for a value that is not a pointer).
    #[inline]
    pub fn list_push(&mut self, l: Value, v: Value) {
        let o = get::<ListObj>(l);
        let arr = o.items;
        if !arr.is_empty() {
            let items = heap::items(arr);
            if let Some(slot) = items.get_mut(o.len as usize) {
                *slot = v;
                o.len += 1;
                if v.is_ptr() {
                    self.heap.barrier(arr);
                }
                return;
            }
        }
        self.list_push_grow(l, v);
    }

    #[inline(never)]
    fn list_push_grow(&mut self, l: Value, v: Value) {
        self.list_reserve(l, 1);
        let o = get::<ListObj>(l);
        let arr = o.items;
        heap::items(arr)[o.len as usize] = v;
        o.len += 1;
        self.heap.barrier(arr);
    }

    #[inline]
    pub fn list_set(&mut self, l: Value, i: usize, v: Value) {
        let arr = get::<ListObj>(l).items;
        heap::items(arr)[i] = v;
        if v.is_ptr() {
            self.heap.barrier(arr);
        }
    }

    pub fn list_insert(&mut self, l: Value, i: usize, v: Value) {
        self.list_reserve(l, 1);
        let o = get::<ListObj>(l);
        let n = o.len as usize;
        let arr = o.items;
        let items = heap::items(arr);
        items.copy_within(i..n, i + 1);
        items[i] = v;
        o.len += 1;
        self.heap.barrier(arr);
    }

    pub fn list_remove_at(&mut self, l: Value, i: usize) -> Value {
        let o = get::<ListObj>(l);
        let n = o.len as usize;
        let items = heap::items(o.items);
        let v = items[i];
        items.copy_within(i + 1..n, i);
        items[n - 1] = Value::EMPTY;
        o.len -= 1;
        v
    }

    /// Replace the whole contents of a list.
    pub fn list_replace(&mut self, l: Value, items: &[Value]) {
        get::<ListObj>(l).len = 0;
        self.list_reserve(l, items.len());
        let o = get::<ListObj>(l);
        let arr = o.items;
        if !arr.is_empty() {
            let cap = heap::items(arr).len();
            heap::items(arr)[..items.len()].copy_from_slice(items);
            for x in &mut heap::items(arr)[items.len()..cap] {
                *x = Value::EMPTY;
            }
            self.heap.barrier(arr);
        }
        o.len = items.len() as u64;
    }

    pub fn list_truncate(&mut self, l: Value, n: usize) {
        let o = get::<ListObj>(l);
        if n < o.len as usize {
            let old = o.len as usize;
            for x in &mut heap::items(o.items)[n..old] {
                *x = Value::EMPTY;
            }
            o.len = n as u64;
        }
    }

    pub fn new_range(&mut self, start: i64, stop: i64, step: i64) -> Value {
        let len = range_len(start, stop, step);
        self.heap.alloc(RangeObj {
            header: Header::new(LayoutId::Range),
            start,
            stop,
            step,
            len,
        })
    }

    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        self.heap.alloc(SliceObj {
            header: Header::new(LayoutId::Slice),
            start,
            stop,
            step,
        })
    }

    pub fn new_bytes(&mut self, data: &[u8]) -> Value {
        let v = self.heap.alloc_raw(
            LayoutId::Bytes,
            std::mem::size_of::<BytesObj>() + data.len(),
        );
        let o = get::<BytesObj>(v);
        o.hash = -1;
        o.len = data.len() as u64;
        heap::bytes_data(v).copy_from_slice(data);
        v
    }

    pub fn new_cell(&mut self, v: Value) -> Value {
        self.heap.alloc(CellObj {
            header: Header::new(LayoutId::Cell),
            value: v,
        })
    }

    /// Resolve a slice object against a sequence length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let o = get::<SliceObj>(s);
        let (a, b, c) = (o.start, o.stop, o.step);
        let get_i = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match crate::objects::int::as_int(v) {
                Some(crate::objects::int::Int::S(n)) => Ok(Some(n)),
                Some(crate::objects::int::Int::B(b)) => Ok(Some(if *b < dashu_int::IBig::ZERO {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                None => match vm.index_hook(v)? {
                    Some(n) => Ok(Some(n)),
                    None => Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            }
        };
        let step = get_i(self, c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let fix = |x: Option<i64>, default: i64| -> i64 {
            match x {
                None => default,
                Some(mut v) => {
                    if v < 0 {
                        v += len;
                        if v < lower {
                            v = lower;
                        }
                    } else if v > upper {
                        v = upper;
                    }
                    v
                }
            }
        };
        let start = fix(get_i(self, a)?, if step < 0 { upper } else { lower });
        let stop = fix(get_i(self, b)?, if step < 0 { lower } else { upper });
        let count = if step < 0 {
            if stop < start {
                ((start - stop - 1) / (-step) + 1) as usize
            } else {
                0
            }
        } else if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_lengths() {
        assert_eq!(range_len(0, 10, 1), 10);
        assert_eq!(range_len(0, 10, 3), 4);
        assert_eq!(range_len(10, 0, -3), 4);
        assert_eq!(range_len(5, 5, 1), 0);
        assert_eq!(range_len(5, 0, 1), 0);
        assert_eq!(norm_index(-1, 3), Some(2));
        assert_eq!(norm_index(3, 3), None);
    }
}
