//! set / frozenset with CPython's table algorithm (Objects/setobject.c), so int sets iterate alike.
//!
//! Slots: unused = (EMPTY, hash 0); dummy = (EMPTY, hash -1); active = (key, hash).
//! Probing: linear runs of LINEAR_PROBES slots when they fit, then
//! `perturb >>= 5; i = (i*5 + 1 + perturb) & mask`. Resize at fill*5 >= mask*3.

use crate::heap::collect::Trace;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::dict::{native_eq, native_key_eq};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
pub struct SetEntry {
    pub key: Value,
    pub hash: i64,
}

const UNUSED: SetEntry = SetEntry {
    key: Value::EMPTY,
    hash: 0,
};

pub struct SetData {
    pub table: Vec<SetEntry>,
    pub fill: usize,
    pub used: usize,
}

impl Trace for SetData {
    fn trace(&mut self, f: &mut dyn FnMut(&mut Value)) {
        for e in self.table.iter_mut() {
            if !e.key.is_empty() {
                f(&mut e.key);
            }
        }
    }
}

impl Default for SetData {
    fn default() -> SetData {
        SetData::new()
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: vec![UNUSED; MINSIZE],
            fill: 0,
            used: 0,
        }
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    pub fn iter(&self) -> impl Iterator<Item = SetEntry> + '_ {
        self.table.iter().copied().filter(|e| !e.key.is_empty())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    fn insert_clean(table: &mut [SetEntry], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_empty() {
                table[i] = SetEntry { key, hash };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_empty() {
                        table[i + j] = SetEntry { key, hash };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![UNUSED; size]);
        for e in old {
            if !e.key.is_empty() {
                SetData::insert_clean(&mut self.table, e.key, e.hash);
            }
        }
        self.fill = self.used;
    }
}

enum Probe {
    Found(usize),
    /// Not present: slot to insert at, and whether it is a fresh (unused) slot.
    Absent(usize, bool),
}

pub fn is_set(v: Value) -> bool {
    has_layout(v, LayoutId::Set)
}
pub fn is_frozenset(v: Value) -> bool {
    has_layout(v, LayoutId::FrozenSet)
}
pub fn is_anyset(v: Value) -> bool {
    is_set(v) || is_frozenset(v)
}

#[inline]
pub fn set_data<'a>(s: Value) -> &'a mut SetData {
    let addr = if is_set(s) {
        get::<SetObj>(s).data
    } else {
        get::<FrozenSetObj>(s).data
    };
    heap::boxed::<SetData>(addr)
}

impl Vm {
    pub fn new_set(&mut self, frozen: bool) -> Value {
        let data = heap::box_into_raw(Box::new(SetData::new()));
        if frozen {
            self.heap.alloc(FrozenSetObj {
                header: Header::new(LayoutId::FrozenSet),
                data,
            })
        } else {
            self.heap.alloc(SetObj {
                header: Header::new(LayoutId::Set),
                data,
            })
        }
    }

    fn set_probe(&mut self, s: Value, key: Value, hash: i64) -> PyResult<Probe> {
        self.set_probe_by(s, key, hash, |vm, a, b| match native_eq(a, b) {
            Some(b) => Ok(b),
            None => vm.eq_bool(a, b),
        })
    }

    /// The probe with equality decided by `eq` (an error stops it: the Python
    /// exception, or for compiled code's native paths, "not decidable natively").
    fn set_probe_by<E>(
        &mut self,
        s: Value,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(&mut Vm, Value, Value) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mut d = set_data(s);
        let mut mask = d.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            for _ in 0..=probes {
                let e = d.table[j];
                if e.key.is_empty() && e.hash == 0 {
                    return Ok(match freeslot {
                        Some(f) => Probe::Absent(f, false),
                        None => Probe::Absent(j, true),
                    });
                }
                if !e.key.is_empty() && e.hash == hash {
                    if e.key == key {
                        return Ok(Probe::Found(j));
                    }
                    if eq(self, e.key, key)? {
                        return Ok(Probe::Found(j));
                    }
                    // The table may have changed under a Python __eq__: restart.
                    d = set_data(s);
                    if d.mask() != mask {
                        mask = d.mask();
                        i = (hash as u64 as usize) & mask;
                        perturb = hash as u64;
                        freeslot = None;
                        continue;
                    }
                } else if e.key.is_empty() && e.hash == -1 {
                    // CPython 3.11 reuses the last dummy met before an unused slot.
                    freeslot = Some(j);
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_hashed(s, key, h)
    }

    pub fn set_add_hashed(&mut self, s: Value, key: Value, hash: i64) -> PyResult<()> {
        let p = self.set_probe(s, key, hash)?;
        self.set_insert(s, key, hash, p);
        Ok(())
    }

    /// Stores `key` where probe `p` found room (nothing when it found the key).
    fn set_insert(&mut self, s: Value, key: Value, hash: i64, p: Probe) {
        match p {
            Probe::Found(_) => {}
            Probe::Absent(slot, fresh) => {
                let d = set_data(s);
                d.table[slot] = SetEntry { key, hash };
                d.used += 1;
                if fresh {
                    d.fill += 1;
                    let mask = d.mask();
                    if d.fill * 5 >= mask * 3 {
                        let n = if d.used > 50000 {
                            d.used * 2
                        } else {
                            d.used * 4
                        };
                        d.resize(n);
                    }
                }
                self.heap.barrier(s);
            }
        }
    }

    /// `key in s` for compiled code: None when it is not decidable without running
    /// Python code (a key whose hash or equality is not native, see `native_key`).
    pub fn set_contains_native(&mut self, s: Value, key: Value) -> Option<bool> {
        let h = self.native_key_hash(key)?;
        let p = self.set_probe_by(s, key, h, native_key_eq).ok()?;
        Some(matches!(p, Probe::Found(_)))
    }

    /// `s.add(key)` for compiled code: None (nothing done) when it would need Python code.
    pub fn set_add_native(&mut self, s: Value, key: Value) -> Option<()> {
        let h = self.native_key_hash(key)?;
        let p = self.set_probe_by(s, key, h, native_key_eq).ok()?;
        self.set_insert(s, key, h, p);
        Some(())
    }

    pub fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        Ok(matches!(self.set_probe(s, key, h)?, Probe::Found(_)))
    }

    /// Remove `key`; false if absent.
    pub fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_probe(s, key, h)? {
            Probe::Found(i) => {
                let d = set_data(s);
                d.table[i] = SetEntry {
                    key: Value::EMPTY,
                    hash: -1,
                };
                d.used -= 1;
                Ok(true)
            }
            Probe::Absent(..) => Ok(false),
        }
    }

    pub fn set_clear(&mut self, s: Value) {
        *set_data(s) = SetData::new();
    }

    /// Add every element of another set (CPython's set_merge).
    pub fn set_merge(&mut self, s: Value, other: Value) -> PyResult<()> {
        let (ofill, oused, omask) = {
            let o = set_data(other);
            (o.fill, o.used, o.mask())
        };
        if oused == 0 || s == other {
            return Ok(());
        }
        {
            let d = set_data(s);
            if (d.fill + oused) * 5 >= d.mask() * 3 {
                let n = (d.used + oused) * 2;
                d.resize(n);
            }
        }
        let d = set_data(s);
        if d.fill == 0 && d.mask() == omask && ofill == oused {
            d.table = set_data(other).table.clone();
            d.fill = oused;
            d.used = oused;
            self.heap.barrier(s);
            return Ok(());
        }
        if d.fill == 0 {
            let entries: Vec<SetEntry> = set_data(other).iter().collect();
            for e in entries {
                SetData::insert_clean(&mut set_data(s).table, e.key, e.hash);
            }
            let d = set_data(s);
            d.fill = oused;
            d.used = oused;
            self.heap.barrier(s);
            return Ok(());
        }
        let entries: Vec<SetEntry> = set_data(other).iter().collect();
        for e in entries {
            self.set_add_hashed(s, e.key, e.hash)?;
        }
        Ok(())
    }

    /// Add the keys of a dict (pre-sized like CPython).
    pub fn set_update_from_dict(&mut self, s: Value, dict: Value) -> PyResult<()> {
        let n = self.dict_len(dict);
        let d = set_data(s);
        if (d.fill + n) * 5 >= d.mask() * 3 {
            let m = (d.used + n) * 2;
            d.resize(m);
        }
        let entries: Vec<(i64, Value)> = crate::objects::dict::dict_data(dict)
            .entries
            .iter()
            .filter(|e| !e.key.is_empty())
            .map(|e| (e.hash, e.key))
            .collect();
        for (h, k) in entries {
            self.set_add_hashed(s, k, h)?;
        }
        Ok(())
    }

    /// Add everything from any iterable (sets and dicts take CPython's special paths).
    pub fn set_update(&mut self, s: Value, iterable: Value) -> PyResult<()> {
        if is_anyset(iterable) {
            return self.set_merge(s, iterable);
        }
        if crate::objects::dict::is_dict(iterable) {
            return self.set_update_from_dict(s, iterable);
        }
        let items = self.collect_iterable(iterable)?;
        let base = self.roots.len();
        self.roots.extend_from_slice(&items);
        let mut r = Ok(());
        for i in 0..items.len() {
            let k = self.roots[base + i];
            if let Err(e) = self.set_add(s, k) {
                r = Err(e);
                break;
            }
        }
        self.roots.truncate(base);
        r
    }

    pub fn set_len(&self, s: Value) -> usize {
        set_data(s).used
    }

    /// A new set/frozenset with the same elements (slot copy when possible).
    pub fn set_copy(&mut self, s: Value, frozen: bool) -> PyResult<Value> {
        let n = self.new_set(frozen);
        self.set_merge(n, s)?;
        Ok(n)
    }
}
