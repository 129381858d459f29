//! HEAP: load/store forwarding, with invalidation at stores that may alias and at calls
//! that may write.
//!
//! The pass remembers, per field descr, which value each object's field holds (from a
//! load or a store) and, per array descr, which value an item holds. A load that is
//! remembered is replaced by the value; a store of the value already there is removed.
//! A store forgets what it might overwrite: entries of the same descr on objects that
//! may be the same object (two distinct allocations of this trace cannot be). A call
//! whose descr says it may write (`EF=write` or `EF=force`) forgets everything; pure
//! and readonly calls forget nothing.
//!
//! Version words (raw words at constant addresses whose descr is named `*.version`, see
//! [`coil_ir::FieldDescr::is_version_word`]: the dict and class versions the recorder
//! guards) are remembered too, so a loop without calls loads and checks each once, in
//! the preamble (PyPy gets the same from quasi-immutable fields). Trace code changes
//! such a word only by `setfield_raw` (which forgets every raw word) or inside a call
//! that may run Python code (`EF=force`): a call that only writes (`EF=write`, the VM's
//! builtin helpers that make or fill new objects) keeps them. Every other raw load is volatile and never remembered: signal and
//! safepoint flags are set by signal handlers, other threads and slow paths while the
//! trace runs.

use rustc_hash::FxHashMap;

use coil_ir::{ArrayId, Const, Descr, Effect, FieldId, Opcode, Opnd, Type};

use crate::info::IntBound;
use crate::optimizer::{BoxId, Optimizer, Stage};
use crate::pipeline::Pass;

/// One remembered field: (object, value, extra index if imported by unroll).
pub type FieldEntry = (Opnd, Opnd, Option<usize>);
/// One remembered array item: (array, index, value, extra index if imported).
pub type ItemEntry = (Opnd, Opnd, Opnd, Option<usize>);
/// One remembered raw word: (descr, constant address, value, extra index if imported).
pub type RawEntry = (FieldId, Opnd, Opnd, Option<usize>);

/// The heap cache of a sweep.
#[derive(Default, Debug)]
pub struct HeapState {
    /// Field values by descr.
    pub fields: FxHashMap<FieldId, Vec<FieldEntry>>,
    /// Array items by descr.
    pub items: FxHashMap<ArrayId, Vec<ItemEntry>>,
    /// Raw words at constant addresses.
    pub raw: Vec<RawEntry>,
    /// Imported entries that were used.
    pub hits: Vec<usize>,
}

impl Optimizer<'_> {
    /// May two references be the same object.
    pub fn may_alias(&self, a: Opnd, b: Opnd) -> bool {
        let (a, b) = (self.get(a), self.get(b));
        if a == b {
            return true;
        }
        if let (Some(x), Some(y)) = (self.konst(a), self.konst(b)) {
            return x == y;
        }
        !(self.is_fresh(a) && self.is_fresh(b))
    }

    /// What a later load of a location of `ty`/`size`/`signed` reads after `val` is
    /// stored there: `val` itself when it fits the width, the narrowed constant for a
    /// constant, `None` (unknown) otherwise. Narrow int fields truncate on store and
    /// zero- or sign-extend on load.
    pub(crate) fn stored_value(
        &mut self,
        val: Opnd,
        ty: Type,
        size: u8,
        signed: bool,
    ) -> Option<Opnd> {
        let val = self.get(val);
        if ty != Type::Int || size >= 8 || size == 0 {
            return Some(val);
        }
        let range = IntBound::of_size(size, signed);
        if let Some(k) = self.int_const(val) {
            let sh = 64 - 8 * u32::from(size);
            let n = if signed {
                (k << sh) >> sh
            } else {
                ((k as u64) << sh >> sh) as i64
            };
            return Some(if n == k { val } else { self.c(Const::Int(n)) });
        }
        let bd = self.bound(val);
        (range.lo <= bd.lo && bd.hi <= range.hi).then_some(val)
    }

    fn may_equal_index(&self, a: Opnd, b: Opnd) -> bool {
        match (self.int_const(a), self.int_const(b)) {
            (Some(x), Some(y)) => x == y,
            _ => self.bound(a).meet(self.bound(b)).is_some(),
        }
    }

    /// Is `f` a raw word whose loads may be remembered (a version word; module doc).
    fn raw_cacheable(&self, f: FieldId) -> bool {
        self.out.descrs.f(f).is_version_word()
    }

    pub(crate) fn opt_heap(&mut self, b: BoxId) -> Opnd {
        let op = self.op(b).clone();
        use Opcode::*;
        match (op.opcode, op.descr) {
            (GetfieldRawI | GetfieldRawF, Descr::Field(f))
                if self.raw_cacheable(f) && self.konst(op.args[0]).is_some() =>
            {
                let addr = self.get(op.args[0]);
                let hit = self
                    .heap
                    .raw
                    .iter()
                    .find(|e| e.0 == f && e.1 == addr)
                    .copied();
                if let Some((_, _, v, tag)) = hit {
                    if let Some(t) = tag {
                        self.heap.hits.push(t);
                    }
                    self.stats.loads_forwarded += 1;
                    let v = self.get(v);
                    self.note(Pass::Heap, |o| {
                        format!("raw load forwarded: the word already holds {}", o.show(v))
                    });
                    self.replace(b, v);
                    return v;
                }
                let r = self.send(Stage::Emit, b);
                self.heap.raw.push((f, addr, r, None));
                r
            }
            (SetfieldRaw, Descr::Field(f)) => {
                let r = self.send(Stage::Emit, b);
                // Any raw store may overlap any remembered word.
                self.heap.raw.clear();
                let (addr, val) = (self.get(op.args[0]), self.get(op.args[1]));
                if self.raw_cacheable(f) && self.konst(addr).is_some() {
                    self.heap.raw.push((f, addr, val, None));
                }
                r
            }
            (GetfieldGcI | GetfieldGcR | GetfieldGcF, Descr::Field(f)) => {
                let obj = self.get(op.args[0]);
                let hit = self
                    .heap
                    .fields
                    .get(&f)
                    .and_then(|es| es.iter().find(|e| self.get(e.0) == obj).copied());
                if let Some((_, v, tag)) = hit {
                    if let Some(t) = tag {
                        self.heap.hits.push(t);
                    }
                    self.stats.loads_forwarded += 1;
                    let v = self.get(v);
                    self.note(Pass::Heap, |o| {
                        format!("load forwarded: field already holds {}", o.show(v))
                    });
                    self.replace(b, v);
                    return v;
                }
                let r = self.send(Stage::Emit, b);
                self.heap.fields.entry(f).or_default().push((obj, r, None));
                r
            }
            (SetfieldGc, Descr::Field(f)) => {
                let (obj, val) = (self.get(op.args[0]), self.get(op.args[1]));
                let known = self
                    .heap
                    .fields
                    .get(&f)
                    .and_then(|es| es.iter().find(|e| self.get(e.0) == obj).copied());
                if let Some((_, v, tag)) = known {
                    if self.get(v) == val {
                        if let Some(t) = tag {
                            self.heap.hits.push(t);
                        }
                        self.stats.stores_removed += 1;
                        self.note(Pass::Heap, |_| {
                            "store removed: the location already holds the value".into()
                        });
                        return Opnd::Ref(b);
                    }
                }
                let r = self.send(Stage::Emit, b);
                let d = self.out.descrs.f(f);
                let (ty, size, signed) = (d.ty, d.size, d.signed);
                let held = self.stored_value(val, ty, size, signed);
                let mut es = self.heap.fields.remove(&f).unwrap_or_default();
                es.retain(|e| !self.may_alias(e.0, obj));
                if let Some(held) = held {
                    es.push((obj, held, None));
                }
                self.heap.fields.insert(f, es);
                r
            }
            (GetarrayitemGcI | GetarrayitemGcR | GetarrayitemGcF, Descr::Array(a)) => {
                let (arr, idx) = (self.get(op.args[0]), self.get(op.args[1]));
                let hit = self.heap.items.get(&a).and_then(|es| {
                    es.iter()
                        .find(|e| self.get(e.0) == arr && self.get(e.1) == idx)
                        .copied()
                });
                if let Some((_, _, v, tag)) = hit {
                    if let Some(t) = tag {
                        self.heap.hits.push(t);
                    }
                    self.stats.loads_forwarded += 1;
                    let v = self.get(v);
                    self.replace(b, v);
                    return v;
                }
                let r = self.send(Stage::Emit, b);
                self.heap
                    .items
                    .entry(a)
                    .or_default()
                    .push((arr, idx, r, None));
                r
            }
            (SetarrayitemGc, Descr::Array(a)) => {
                let (arr, idx, val) = (
                    self.get(op.args[0]),
                    self.get(op.args[1]),
                    self.get(op.args[2]),
                );
                let known = self.heap.items.get(&a).and_then(|es| {
                    es.iter()
                        .find(|e| self.get(e.0) == arr && self.get(e.1) == idx)
                        .copied()
                });
                if let Some((_, _, v, tag)) = known {
                    if self.get(v) == val {
                        if let Some(t) = tag {
                            self.heap.hits.push(t);
                        }
                        self.stats.stores_removed += 1;
                        self.note(Pass::Heap, |_| {
                            "store removed: the location already holds the value".into()
                        });
                        return Opnd::Ref(b);
                    }
                }
                let r = self.send(Stage::Emit, b);
                let d = self.out.descrs.a(a);
                let (ty, size, signed) = (d.item_ty, d.item_size, d.signed);
                let held = self.stored_value(val, ty, size, signed);
                let mut es = self.heap.items.remove(&a).unwrap_or_default();
                es.retain(|e| !(self.may_alias(e.0, arr) && self.may_equal_index(e.1, idx)));
                if let Some(held) = held {
                    es.push((arr, idx, held, None));
                }
                self.heap.items.insert(a, es);
                r
            }
            (o, Descr::Call(c)) if o.is_call() => {
                let effect = self.out.descrs.c(c).effect;
                let writes = effect.writes();
                let r = self.send(Stage::Emit, b);
                if writes {
                    if !self.heap.fields.is_empty() || !self.heap.items.is_empty() {
                        self.note(Pass::Heap, |_| {
                            "heap cache cleared: the call may write".into()
                        });
                    }
                    self.heap.fields.clear();
                    self.heap.items.clear();
                    if effect == Effect::MayForce {
                        self.heap.raw.clear();
                    }
                }
                r
            }
            _ => self.send(Stage::Emit, b),
        }
    }

    /// Remembered fields: (descr, object, value), in a deterministic order.
    pub fn heap_field_entries(&self) -> Vec<(FieldId, Opnd, Opnd)> {
        let mut v: Vec<(FieldId, Opnd, Opnd)> = self
            .heap
            .fields
            .iter()
            .flat_map(|(f, es)| es.iter().map(move |e| (*f, e.0, e.1)))
            .map(|(f, o, x)| (f, self.get(o), self.get(x)))
            .collect();
        v.sort_by_key(|(f, o, _)| (f.0, format!("{o:?}")));
        v
    }

    /// Remembered array items: (descr, array, index, value), deterministic order.
    pub fn heap_item_entries(&self) -> Vec<(ArrayId, Opnd, Opnd, Opnd)> {
        let mut v: Vec<(ArrayId, Opnd, Opnd, Opnd)> = self
            .heap
            .items
            .iter()
            .flat_map(|(a, es)| es.iter().map(move |e| (*a, e.0, e.1, e.2)))
            .map(|(a, o, i, x)| (a, self.get(o), self.get(i), self.get(x)))
            .collect();
        v.sort_by_key(|(a, o, i, _)| (a.0, format!("{o:?}{i:?}")));
        v
    }

    /// Remembered raw words: (descr, address, value), in order of loading.
    pub fn heap_raw_entries(&self) -> Vec<(FieldId, Opnd, Opnd)> {
        self.heap
            .raw
            .iter()
            .map(|e| (e.0, self.get(e.1), self.get(e.2)))
            .collect()
    }

    /// Adds a remembered raw word (unroll's import), tagged with its extra index.
    pub fn heap_import_raw(&mut self, f: FieldId, addr: Opnd, v: Opnd, extra: usize) {
        self.heap.raw.push((f, addr, v, Some(extra)));
    }

    /// Adds a remembered field (unroll's import), tagged with its extra index.
    pub fn heap_import_field(&mut self, f: FieldId, obj: Opnd, v: Opnd, extra: usize) {
        self.heap
            .fields
            .entry(f)
            .or_default()
            .push((obj, v, Some(extra)));
    }

    /// Adds a remembered array item (unroll's import), tagged with its extra index.
    pub fn heap_import_item(&mut self, a: ArrayId, arr: Opnd, idx: Opnd, v: Opnd, extra: usize) {
        self.heap
            .items
            .entry(a)
            .or_default()
            .push((arr, idx, v, Some(extra)));
    }
}
