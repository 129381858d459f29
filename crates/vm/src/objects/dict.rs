//! dict: insertion-ordered entries vector plus a hash index (hashbrown table of entry numbers).
//!
//! Deleting leaves a hole (key EMPTY) in `entries`; re-inserting a deleted key
//! appends. The table is compacted when holes outnumber live entries. `version`
//! changes when a key is added or removed and when a *watched* key is rebound: caches
//! of a value read from the dict (LOAD_GLOBAL's, the JIT's global guards) watch its key,
//! so stores to other keys (a module-level loop assigning globals) leave them valid.

use crate::heap::collect::Trace;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use hashbrown::HashTable;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

pub struct DictData {
    pub entries: Vec<Entry>,
    pub index: HashTable<u32>,
    pub used: usize,
    pub version: u64,
    /// Hashes of the watched keys (a hash collision only costs a needless bump).
    pub watched: rustc_hash::FxHashSet<i64>,
    /// Every key is watched (a cache depends on the whole dict, e.g. kwdefaults).
    pub watch_all: bool,
}

impl Trace for DictData {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        for e in self.entries.iter_mut() {
            if !e.key.is_empty() {
                f(&mut e.key);
                f(&mut e.value);
            }
        }
    }
}

impl Default for DictData {
    fn default() -> DictData {
        DictData::new()
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData {
            entries: Vec::new(),
            index: HashTable::new(),
            used: 0,
            version: crate::objects::types::next_version(),
            watched: Default::default(),
            watch_all: false,
        }
    }

    /// A cache holds the value of the key hashing to `h`: rebinding it must change
    /// `version` from now on.
    #[inline]
    pub fn watch(&mut self, h: i64) {
        self.watched.insert(h);
    }

    /// A cache depends on every value of the dict: any rebinding changes `version`.
    pub fn watch_all(&mut self) {
        self.watch_all = true;
    }

    /// Live (key, value) pairs in order.
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.entries
            .iter()
            .filter(|e| !e.key.is_empty())
            .map(|e| (e.key, e.value))
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_empty());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.index.insert_unique(e.hash as u64, i as u32, |&j| {
                entries[j as usize].hash as u64
            });
        }
    }

    /// Find by identity or natively decidable equality; Err(candidates) when Python
    /// `__eq__` must decide.
    pub fn find_native(&self, hash: i64, key: Value) -> Result<Option<usize>, Vec<usize>> {
        let mut slow = Vec::new();
        for &i in self.index.iter_hash(hash as u64) {
            let e = &self.entries[i as usize];
            if e.key.is_empty() || e.hash != hash {
                continue;
            }
            if e.key == key {
                return Ok(Some(i as usize));
            }
            match native_eq(e.key, key) {
                Some(true) => return Ok(Some(i as usize)),
                Some(false) => {}
                None => slow.push(i as usize),
            }
        }
        if slow.is_empty() {
            Ok(None)
        } else {
            Err(slow)
        }
    }
}

/// Equality decidable without running Python code (None: ask `__eq__`).
pub fn native_eq(a: Value, b: Value) -> Option<bool> {
    native_eq_nested(a, b, 0)
}

/// Tuples nested deeper than this are compared by the generic path, whose recursion
/// counts against the recursion limit (RecursionError, not a native stack overflow).
const NATIVE_EQ_DEPTH: u32 = 32;

fn native_eq_nested(a: Value, b: Value, depth: u32) -> Option<bool> {
    use crate::objects::{float, int, str};
    if a == b {
        return Some(true);
    }
    if str::is_str(a) && str::is_str(b) {
        return Some(heap::str_bytes(a) == heap::str_bytes(b));
    }
    if a.is_small() && b.is_small() {
        return Some(false);
    }
    let an = int::is_int(a) || float::is_float(a);
    let bn = int::is_int(b) || float::is_float(b);
    if an && bn {
        if float::is_float(a) || float::is_float(b) {
            let fa = num_f64(a)?;
            let fb = num_f64(b)?;
            return Some(fa == fb);
        }
        return Some(int::as_int(a).map(|x| x.to_big()) == int::as_int(b).map(|x| x.to_big()));
    }
    if (str::is_str(a) || an) && (str::is_str(b) || bn) {
        return Some(false);
    }
    if has_layout(a, LayoutId::Tuple) && has_layout(b, LayoutId::Tuple) {
        let (x, y) = (heap::items(a), heap::items(b));
        if x.len() != y.len() {
            return Some(false);
        }
        if depth >= NATIVE_EQ_DEPTH {
            return None;
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !native_eq_nested(*p, *q, depth + 1)? {
                return Some(false);
            }
        }
        return Some(true);
    }
    if a.is_none() || b.is_none() {
        return Some(false);
    }
    None
}

/// A key comparison that would need Python code (compiled code's native paths leave
/// such operations to the interpreter).
#[derive(Debug)]
pub struct NotNative;

/// Equality of two dict or set keys for compiled code's native paths (see
/// [`Vm::native_key_hash`]).
pub fn native_key_eq(vm: &mut Vm, a: Value, b: Value) -> Result<bool, NotNative> {
    match native_eq(a, b) {
        Some(r) => Ok(r),
        None if vm.identity_eq(a) && vm.identity_eq(b) => Ok(false),
        None => Err(NotNative),
    }
}

fn num_f64(v: Value) -> Option<f64> {
    use crate::objects::{float, int};
    if float::is_float(v) {
        return Some(float::float_value(v));
    }
    match int::as_int(v)? {
        int::Int::S(n) => Some(n as f64),
        int::Int::B(b) => Some(b.to_f64().value()),
    }
}

#[inline]
pub fn is_dict(v: Value) -> bool {
    has_layout(v, LayoutId::Dict)
}

#[inline]
pub fn dict_data<'a>(d: Value) -> &'a mut DictData {
    heap::boxed::<DictData>(get::<DictObj>(d).data)
}

impl Vm {
    pub fn new_dict(&mut self) -> Value {
        let data = heap::box_into_raw(Box::new(DictData::new()));
        self.heap.alloc(DictObj {
            header: Header::new(LayoutId::Dict),
            data,
        })
    }

    /// A dict allocated in the old space (module globals).
    pub fn new_dict_old(&mut self) -> Value {
        let data = heap::box_into_raw(Box::new(DictData::new()));
        self.heap.alloc_old(DictObj {
            header: Header::new(LayoutId::Dict),
            data,
        })
    }

    fn dict_find(&mut self, d: Value, hash: i64, key: Value) -> PyResult<Option<usize>> {
        match dict_data(d).find_native(hash, key) {
            Ok(r) => Ok(r),
            Err(cands) => {
                for i in cands {
                    let Some(e) = dict_data(d).entries.get(i).copied() else {
                        continue;
                    };
                    if e.key.is_empty() {
                        continue;
                    }
                    if self.eq_bool(e.key, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    /// The hash of a key whose hashing and equality run no Python code, for compiled
    /// code's native dict and set paths: small ints, strs, and instances whose class
    /// keeps object's `__eq__` and `__hash__` (identity). None for other keys.
    pub fn native_key_hash(&mut self, v: Value) -> Option<i64> {
        if v.is_small() {
            Some(crate::objects::int::hash_int(&crate::objects::int::Int::S(
                v.small_value(),
            )))
        } else if crate::objects::str::is_str(v) {
            Some(crate::objects::str::str_hash(v))
        } else if self.identity_key(v) {
            Some(self.identity_hash(v))
        } else {
            None
        }
    }

    /// Finds `key` (hashing to `h`) with equality decided by [`native_key_eq`]: Err when
    /// that needs Python code.
    fn dict_find_native(
        &mut self,
        d: Value,
        h: i64,
        key: Value,
    ) -> Result<Option<usize>, NotNative> {
        match dict_data(d).find_native(h, key) {
            Ok(r) => Ok(r),
            Err(cands) => {
                for i in cands {
                    let e = dict_data(d).entries[i];
                    if native_key_eq(self, e.key, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    /// `d.get(key)` for compiled code: None when it would need Python code (the key's
    /// hash or equality), else the value if present.
    pub fn dict_get_native(&mut self, d: Value, key: Value) -> Option<Option<Value>> {
        let h = self.native_key_hash(key)?;
        let i = self.dict_find_native(d, h, key).ok()?;
        Some(i.map(|i| dict_data(d).entries[i].value))
    }

    /// `d[key] = value` for compiled code: None (nothing done) when it would need Python
    /// code, or when `d` has watched keys (a store could change the version that a
    /// trace's constants depend on: such stores go through the interpreter).
    pub fn dict_set_native(&mut self, d: Value, key: Value, value: Value) -> Option<()> {
        let dd = dict_data(d);
        if dd.watch_all || !dd.watched.is_empty() {
            return None;
        }
        let h = self.native_key_hash(key)?;
        let i = self.dict_find_native(d, h, key).ok()?;
        self.dict_store(d, i, h, key, value);
        Some(())
    }

    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(self
            .dict_find(d, h, key)?
            .map(|i| dict_data(d).entries[i].value))
    }

    /// Lookup by a str key without hashing errors (globals, kwargs).
    #[inline]
    pub fn dict_get_str(&mut self, d: Value, key: Value) -> Option<Value> {
        let h = crate::objects::str::str_hash(key);
        match dict_data(d).find_native(h, key) {
            Ok(Some(i)) => Some(dict_data(d).entries[i].value),
            _ => None,
        }
    }

    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.dict_set_hashed(d, h, key, value)
    }

    pub fn dict_set_hashed(&mut self, d: Value, h: i64, key: Value, value: Value) -> PyResult<()> {
        let found = self.dict_find(d, h, key)?;
        self.dict_store(d, found, h, key, value);
        Ok(())
    }

    /// Stores `value` at entry `found` (the key's entry), or appends a new entry.
    fn dict_store(&mut self, d: Value, found: Option<usize>, h: i64, key: Value, value: Value) {
        if let Some(i) = found {
            let dd = dict_data(d);
            dd.entries[i].value = value;
            if dd.watch_all || dd.watched.contains(&h) {
                dd.version = crate::objects::types::next_version();
            }
        } else {
            let dd = dict_data(d);
            let n = dd.entries.len() as u32;
            dd.entries.push(Entry {
                hash: h,
                key,
                value,
            });
            let entries = &dd.entries;
            dd.index
                .insert_unique(h as u64, n, |&j| entries[j as usize].hash as u64);
            dd.used += 1;
            dd.version = crate::objects::types::next_version();
        }
        self.heap.barrier(d);
    }

    /// Set with a str key (cannot fail).
    pub fn dict_set_str(&mut self, d: Value, key: Value, value: Value) {
        let h = crate::objects::str::str_hash(key);
        let _ = self.dict_set_hashed(d, h, key, value);
    }

    /// Remove `key`; returns the old value.
    pub fn dict_del(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let Some(i) = self.dict_find(d, h, key)? else {
            return Ok(None);
        };
        let dd = dict_data(d);
        let old = dd.entries[i].value;
        dd.entries[i].key = Value::EMPTY;
        dd.entries[i].value = Value::EMPTY;
        if let Ok(entry) = dd.index.find_entry(h as u64, |&j| j as usize == i) {
            entry.remove();
        }
        dd.used -= 1;
        dd.version = crate::objects::types::next_version();
        if dd.entries.len() > 16 && dd.entries.len() > 2 * dd.used {
            dd.compact();
        }
        Ok(Some(old))
    }

    pub fn dict_clear(&mut self, d: Value) {
        let dd = dict_data(d);
        dd.entries.clear();
        dd.index.clear();
        dd.used = 0;
        dd.version = crate::objects::types::next_version();
    }

    pub fn dict_len(&self, d: Value) -> usize {
        dict_data(d).used
    }

    /// Snapshot of the live entries.
    pub fn dict_items_vec(&self, d: Value) -> Vec<(Value, Value)> {
        dict_data(d).iter().collect()
    }

    pub fn dict_copy(&mut self, d: Value) -> Value {
        let n = self.new_dict();
        let src = dict_data(d);
        let mut data = DictData::new();
        for e in src.entries.iter().filter(|e| !e.key.is_empty()) {
            let h = e.hash;
            let i = data.entries.len() as u32;
            data.entries.push(*e);
            let entries = &data.entries;
            data.index
                .insert_unique(h as u64, i, |&j| entries[j as usize].hash as u64);
            data.used += 1;
        }
        *dict_data(n) = data;
        n
    }
}
