//! Exit decoding: turns the io buffer an exit wrote into resume frames, building the
//! snapshot's virtual objects through an [`ExitHeap`] (the evaluator's simulated heap in
//! tests, the VM's heap in the JIT).

use coil_ir::{
    ArrayDescr, Exit, ExitFrame, FieldDescr, Heap, Opnd, SizeDescr, SnapValue, Snapshot, Trace,
    Val, VirtId,
};
use rustc_hash::FxHashMap;

use crate::asm::{ExitInfo, ExitKind};

/// Where materialized virtuals are built.
pub trait ExitHeap {
    /// A fresh zeroed struct of this size descr (layout id in the header).
    fn alloc_struct(&mut self, sd: &SizeDescr) -> u64;
    /// A fresh zeroed array of `len` items.
    fn alloc_array(&mut self, ad: &ArrayDescr, len: usize) -> u64;
    /// Stores a field.
    fn set_field(&mut self, obj: u64, fd: &FieldDescr, v: Val);
    /// Stores an array item.
    fn set_item(&mut self, arr: u64, ad: &ArrayDescr, k: usize, v: Val);
}

/// Narrows an int to a field's width (sign- or zero-extending), as loads and the
/// evaluator do.
pub fn narrow(bits: u64, size: u8, signed: bool) -> u64 {
    if size >= 8 {
        return bits;
    }
    let sh = 64 - 8 * size as u32;
    if signed {
        (((bits << sh) as i64) >> sh) as u64
    } else {
        (bits << sh) >> sh
    }
}

impl ExitHeap for Heap {
    fn alloc_struct(&mut self, sd: &SizeDescr) -> u64 {
        self.alloc(sd.vtable)
    }
    fn alloc_array(&mut self, ad: &ArrayDescr, len: usize) -> u64 {
        Heap::alloc_array(self, ad.layout, ad.item_ty, len)
    }
    fn set_field(&mut self, obj: u64, fd: &FieldDescr, v: Val) {
        let bits = if fd.ty == coil_ir::Type::Int {
            narrow(v.bits(), fd.size, fd.signed)
        } else {
            v.bits()
        };
        if let Some(o) = self.get_mut(obj) {
            o.fields.insert(fd.offset, Val::from_bits(fd.ty, bits));
        }
    }
    fn set_item(&mut self, arr: u64, _ad: &ArrayDescr, k: usize, v: Val) {
        if let Some(Some(items)) = self.get_mut(arr).map(|o| o.items.as_mut()) {
            if k < items.len() {
                items[k] = v;
            }
        }
    }
}

struct Decoder<'a> {
    t: &'a Trace,
    s: &'a Snapshot,
    vals: FxHashMap<coil_ir::IrRef, Val>,
    done: FxHashMap<VirtId, u64>,
    materialized: Vec<u64>,
}

impl Decoder<'_> {
    fn value(&mut self, v: SnapValue, heap: &mut dyn ExitHeap) -> Result<Option<Val>, String> {
        Ok(match v {
            SnapValue::Ref(r) => Some(
                *self
                    .vals
                    .get(&r)
                    .ok_or_else(|| format!("snapshot value {} not in the exit", r.0))?,
            ),
            SnapValue::Const(c) => Some(Val::of_const(self.t.konst(c))),
            SnapValue::Dead => None,
            SnapValue::Virtual(id) => Some(Val::Ref(self.virt(id, heap)?)),
        })
    }

    fn virt(&mut self, id: VirtId, heap: &mut dyn ExitHeap) -> Result<u64, String> {
        if let Some(a) = self.done.get(&id) {
            return Ok(*a);
        }
        let desc = self
            .s
            .virtuals
            .get(id.index())
            .ok_or_else(|| "unknown virtual".to_string())?;
        let t = self.t;
        let addr = match desc {
            coil_ir::VirtualDesc::Struct { size, .. } => heap.alloc_struct(t.descrs.s(*size)),
            coil_ir::VirtualDesc::Array { descr, items } => {
                heap.alloc_array(t.descrs.a(*descr), items.len())
            }
        };
        self.done.insert(id, addr);
        self.materialized.push(addr);
        match desc {
            coil_ir::VirtualDesc::Struct { fields, .. } => {
                for (f, sv) in fields {
                    if let Some(v) = self.value(*sv, heap)? {
                        heap.set_field(addr, t.descrs.f(*f), v);
                    }
                }
            }
            coil_ir::VirtualDesc::Array { descr, items } => {
                for (k, sv) in items.iter().enumerate() {
                    if let Some(v) = self.value(*sv, heap)? {
                        heap.set_item(addr, t.descrs.a(*descr), k, v);
                    }
                }
            }
        }
        Ok(addr)
    }
}

/// Decodes an exit: `io` holds the words the exit wrote (refs already translated to
/// `heap`'s addresses if the caller needs that). Guard exits come back as resume frames
/// with virtuals materialized in `heap`; finish and jump exits as their argument values.
pub fn decode_exit(
    t: &Trace,
    info: &ExitInfo,
    io: &[u64],
    heap: &mut dyn ExitHeap,
) -> Result<Exit, String> {
    if io.len() < info.values.len() {
        return Err("io buffer shorter than the exit's values".into());
    }
    let typed: Vec<Val> = info
        .values
        .iter()
        .zip(io)
        .map(|(o, w)| Val::from_bits(t.ty(*o), *w))
        .collect();
    match info.kind {
        ExitKind::Finish | ExitKind::Jump(_) | ExitKind::IterationLimit => Ok(Exit {
            kind: match info.kind {
                ExitKind::Jump(tg) => coil_ir::ExitKind::Jump(tg),
                ExitKind::IterationLimit => coil_ir::ExitKind::IterationLimit,
                _ => coil_ir::ExitKind::Finish,
            },
            frames: vec![],
            values: typed,
            materialized: vec![],
            iterations: 0,
        }),
        ExitKind::Guard { at, snap } => {
            let s = t.snap(snap);
            let mut d = Decoder {
                t,
                s,
                vals: FxHashMap::default(),
                done: FxHashMap::default(),
                materialized: vec![],
            };
            for (o, v) in info.values.iter().zip(&typed) {
                if let Opnd::Ref(r) = o {
                    d.vals.insert(*r, *v);
                }
            }
            let mut frames = Vec::new();
            for fr in &s.frames {
                let mut slots = Vec::new();
                for sv in &fr.slots {
                    slots.push(d.value(*sv, heap)?);
                }
                frames.push(ExitFrame {
                    code: fr.code,
                    pc: fr.pc,
                    slots,
                });
            }
            Ok(Exit {
                kind: coil_ir::ExitKind::Guard { at, snap },
                frames,
                values: vec![],
                materialized: d.materialized,
                iterations: 0,
            })
        }
    }
}
