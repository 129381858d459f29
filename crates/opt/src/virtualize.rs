//! VIRTUALIZE: allocation removal. Objects that do not escape are never built.
//!
//! `new`, `new_with_vtable` and `new_array` with a constant length make a *virtual*: the
//! optimizer tracks its fields (or items) instead of emitting the allocation, answers
//! loads from it and absorbs stores into it. A virtual that a guard's snapshot mentions
//! is described there (`v0 = new_with_vtable(...) {...}`), so the object is built only
//! if that guard fails. When a virtual escapes (passed to a call, stored into a real
//! object, compared by identity with something unknown, returned, or passed to a
//! jump the optimizer cannot follow) it is *forced*: the allocation and one store per
//! non-zero field are emitted right there, and from then on it is an ordinary object.

use rustc_hash::{FxHashMap, FxHashSet};

use coil_ir::{
    ArrayId, Const, Descr, FieldId, Op, Opcode, Opnd, SizeId, SnapValue, Type, VirtualDesc,
};

use crate::optimizer::{BoxId, Optimizer, Stage};
use crate::pipeline::Pass;

/// Longest array kept virtual.
pub const MAX_VIRTUAL_ARRAY: i64 = 64;

/// What a virtual is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VKind {
    /// From `new` (`vtable == false`) or `new_with_vtable`.
    Struct {
        /// Its size descr.
        size: SizeId,
        /// Made by new_with_vtable.
        vtable: bool,
    },
    /// From `new_array`/`new_array_clear`.
    Array {
        /// Its array descr.
        descr: ArrayId,
    },
}

/// A virtual object: its kind and current contents.
#[derive(Clone, Debug, PartialEq)]
pub struct Virtual {
    /// Kind.
    pub kind: VKind,
    /// Set fields in first-store order (unset fields are zero).
    pub fields: Vec<(FieldId, Opnd)>,
    /// Items (arrays).
    pub items: Vec<Opnd>,
}

impl Virtual {
    /// The value of a field (zero if unset).
    pub fn field(&self, f: FieldId) -> Option<Opnd> {
        self.fields.iter().find(|x| x.0 == f).map(|x| x.1)
    }
    /// Sets a field.
    pub fn set_field(&mut self, f: FieldId, v: Opnd) {
        match self.fields.iter_mut().find(|x| x.0 == f) {
            Some(x) => x.1 = v,
            None => self.fields.push((f, v)),
        }
    }
    /// Its snapshot description, converting each value with `conv`.
    pub fn describe(&self, mut conv: impl FnMut(Opnd) -> SnapValue) -> VirtualDesc {
        match self.kind {
            VKind::Struct { size, vtable } => VirtualDesc::Struct {
                size,
                vtable,
                fields: self.fields.iter().map(|(f, v)| (*f, conv(*v))).collect(),
            },
            VKind::Array { descr } => VirtualDesc::Array {
                descr,
                items: self.items.iter().map(|v| conv(*v)).collect(),
            },
        }
    }
}

/// The virtuals of a sweep.
#[derive(Default, Debug)]
pub struct VirtState {
    /// Virtual boxes and their contents.
    pub objs: FxHashMap<BoxId, Virtual>,
    /// `cast_ptr_to_int` boxes of virtuals kept unemitted: their only uses are tag
    /// tests `int_and(x, 1)`, which are 0 for an object (objects are aligned).
    pub tag_casts: FxHashSet<BoxId>,
    /// Per input op: a `cast_ptr_to_int` used only by tag tests (computed on demand).
    tag_only: Option<Vec<bool>>,
}

/// Per input op: true for a `cast_ptr_to_int` whose result only feeds `int_and(x, 1)`
/// (no other op, no snapshot).
fn tag_test_only(t: &coil_ir::Trace) -> Vec<bool> {
    let mut only: Vec<bool> = t
        .ops
        .iter()
        .map(|o| o.opcode == Opcode::CastPtrToInt)
        .collect();
    let one = |o: Opnd| matches!(t.as_const(o), Some(Const::Int(1)));
    for op in &t.ops {
        for (k, a) in op.args.iter().enumerate() {
            let Opnd::Ref(r) = *a else { continue };
            if !only[r.index()] {
                continue;
            }
            let tag_test = op.opcode == Opcode::IntAnd && op.args.len() == 2 && one(op.args[1 - k]);
            if !tag_test {
                only[r.index()] = false;
            }
        }
        if let Some(s) = op.snap {
            for r in t.snap(s).refs() {
                only[r.index()] = false;
            }
        }
    }
    only
}

impl VirtState {
    /// Is the box a virtual.
    pub fn is_virtual(&self, b: BoxId) -> bool {
        self.objs.contains_key(&b)
    }
    /// The virtual.
    pub fn get(&self, b: BoxId) -> Option<&Virtual> {
        self.objs.get(&b)
    }
}

impl Optimizer<'_> {
    /// The virtual behind an operand.
    pub fn virtual_of(&self, o: Opnd) -> Option<BoxId> {
        match self.get(o) {
            Opnd::Ref(b) if self.virt.is_virtual(b) => Some(b),
            _ => None,
        }
    }

    /// Makes box `b` (an allocation op) a virtual.
    pub fn make_virtual(&mut self, b: BoxId, v: Virtual) {
        self.stats.virtuals += 1;
        self.note(Pass::Virtualize, |_| {
            format!("allocation b{} made virtual", b.0)
        });
        self.virt.objs.insert(b, v);
    }

    pub(crate) fn opt_virtualize(&mut self, b: BoxId) -> Opnd {
        let op = self.op(b).clone();
        use Opcode::*;
        let a = &op.args;
        match (op.opcode, op.descr) {
            (New | NewWithVtable, Descr::Size(size)) => {
                let v = Virtual {
                    kind: VKind::Struct {
                        size,
                        vtable: op.opcode == NewWithVtable,
                    },
                    fields: vec![],
                    items: vec![],
                };
                self.make_virtual(b, v);
                return Opnd::Ref(b);
            }
            (NewArray | NewArrayClear, Descr::Array(descr)) => {
                if let Some(n) = self
                    .int_const(a[0])
                    .filter(|n| (0..=MAX_VIRTUAL_ARRAY).contains(n))
                {
                    let zero = self.c(Const::zero(self.out.descrs.a(descr).item_ty));
                    let v = Virtual {
                        kind: VKind::Array { descr },
                        fields: vec![],
                        items: vec![zero; n as usize],
                    };
                    self.make_virtual(b, v);
                    return Opnd::Ref(b);
                }
            }
            (SetfieldGc, Descr::Field(f)) => {
                let d = self.out.descrs.f(f);
                let (ty, size, signed) = (d.ty, d.size, d.signed);
                // A value that does not fit a narrow field is stored for real (the
                // object escapes): a later load reads it truncated.
                if let Some(vb) = self.virtual_of(a[0]) {
                    if let Some(val) = self.stored_value(a[1], ty, size, signed) {
                        if let Some(v) = self.virt.objs.get_mut(&vb) {
                            v.set_field(f, val);
                        }
                        return Opnd::Ref(b);
                    }
                }
            }
            (GetfieldGcI | GetfieldGcR | GetfieldGcF, Descr::Field(f)) => {
                if let Some(vb) = self.virtual_of(a[0]) {
                    let val = match self.virt.objs[&vb].field(f) {
                        Some(v) => self.get(v),
                        None => self.c(Const::zero(op.ty)),
                    };
                    self.replace(b, val);
                    return val;
                }
            }
            (
                SetarrayitemGc | GetarrayitemGcI | GetarrayitemGcR | GetarrayitemGcF,
                Descr::Array(ad),
            ) => {
                let d = self.out.descrs.a(ad);
                let (ty, size, signed) = (d.item_ty, d.item_size, d.signed);
                if let Some(vb) = self.virtual_of(a[0]) {
                    let len = self.virt.objs[&vb].items.len() as i64;
                    if let Some(i) = self.int_const(a[1]).filter(|i| (0..len).contains(i)) {
                        if op.opcode == SetarrayitemGc {
                            if let Some(val) = self.stored_value(a[2], ty, size, signed) {
                                if let Some(v) = self.virt.objs.get_mut(&vb) {
                                    v.items[i as usize] = val;
                                }
                                return Opnd::Ref(b);
                            }
                        } else {
                            let val = self.get(self.virt.objs[&vb].items[i as usize]);
                            self.replace(b, val);
                            return val;
                        }
                    }
                }
            }
            (ArraylenGc, _) => {
                if let Some(vb) = self.virtual_of(a[0]) {
                    let k = self.c_int(self.virt.objs[&vb].items.len() as i64);
                    self.replace(b, k);
                    return k;
                }
            }
            (CastPtrToInt, _) if self.virtual_of(a[0]).is_some() => {
                if let Some(r) = self.cur {
                    let input = self.input;
                    let only = self
                        .virt
                        .tag_only
                        .get_or_insert_with(|| tag_test_only(input));
                    if only.get(r.index()) == Some(&true) {
                        // The address is only tested for the int tag: no need to build
                        // the object for it.
                        self.virt.tag_casts.insert(b);
                        self.note(Pass::Virtualize, |_| {
                            "tag test of a virtual: not forced".into()
                        });
                        return Opnd::Ref(b);
                    }
                }
            }
            (IntAnd, _) => {
                let tagged = |o: &Self, x: Opnd, y: Opnd| {
                    matches!(o.get(x), Opnd::Ref(c) if o.virt.tag_casts.contains(&c))
                        && o.int_const(y) == Some(1)
                };
                if tagged(self, a[0], a[1]) || tagged(self, a[1], a[0]) {
                    let k = self.c_int(0);
                    self.stats.folded += 1;
                    self.replace(b, k);
                    return k;
                }
            }
            (PtrEq | PtrNe, _) => {
                let (x, y) = (self.virtual_of(a[0]), self.virtual_of(a[1]));
                if x.is_some() || y.is_some() {
                    // A virtual is a fresh object: equal only to itself.
                    let eq = x.is_some() && x == y;
                    let k = self.c_int((eq == (op.opcode == PtrEq)) as i64);
                    self.stats.folded += 1;
                    self.note(Pass::Virtualize, |_| {
                        format!("identity of a fresh object decided ({eq})")
                    });
                    self.replace(b, k);
                    return k;
                }
            }
            _ => {}
        }
        // Everything else: virtual operands escape.
        for k in 0..op.args.len() {
            if let Some(vb) = self.virtual_of(op.args[k]) {
                self.force(vb);
            }
        }
        self.send(Stage::Pure, b)
    }

    /// Emits a virtual's allocation and initialising stores here; it stops being virtual.
    pub fn force(&mut self, b: BoxId) {
        let Some(v) = self.virt.objs.remove(&b) else {
            return;
        };
        self.stats.forced += 1;
        self.note(Pass::Virtualize, |_| {
            format!("virtual b{} escapes here: allocated", b.0)
        });
        self.send(Stage::Pure, b);
        match v.kind {
            VKind::Struct { .. } => {
                for (f, val) in v.fields {
                    let val = self.force_value(val);
                    if self.konst(val).is_some_and(|c| c.bits() == 0) {
                        continue;
                    }
                    self.emit_new(
                        Stage::Pure,
                        Op::new(Opcode::SetfieldGc, &[Opnd::Ref(b), val], Descr::Field(f)),
                    );
                }
            }
            VKind::Array { descr } => {
                for (i, val) in v.items.into_iter().enumerate() {
                    let val = self.force_value(val);
                    if self.konst(val).is_some_and(|c| c.bits() == 0) {
                        continue;
                    }
                    let idx = self.c_int(i as i64);
                    self.emit_new(
                        Stage::Pure,
                        Op::new(
                            Opcode::SetarrayitemGc,
                            &[Opnd::Ref(b), idx, val],
                            Descr::Array(descr),
                        ),
                    );
                }
            }
        }
    }

    /// Creates a virtual (for the unroll pass: a loop-carried virtual at the loop label).
    pub fn new_virtual_box(
        &mut self,
        kind: VKind,
        fields: Vec<(FieldId, Opnd)>,
        items: Vec<Opnd>,
    ) -> BoxId {
        let op = match kind {
            VKind::Struct { size, vtable } => Op::new(
                if vtable {
                    Opcode::NewWithVtable
                } else {
                    Opcode::New
                },
                &[],
                Descr::Size(size),
            ),
            VKind::Array { descr } => {
                let n = self.c_int(items.len() as i64);
                Op::new(Opcode::NewArray, &[n], Descr::Array(descr))
            }
        };
        let default_class = self.out.class_field == Default::default();
        let class = match kind {
            VKind::Struct { size, .. } => self.out.descrs.s(size).vtable as i64,
            VKind::Array { descr } => self.out.descrs.a(descr).layout as i64,
        };
        let b = self.new_box(op);
        self.virt.objs.insert(
            b,
            Virtual {
                kind,
                fields,
                items,
            },
        );
        if let Some(p) = self.ptr_mut(Opnd::Ref(b)) {
            p.nonnull = true;
            if default_class {
                p.class = Some(class);
            }
        }
        b
    }

    /// The type of a virtual field value (for shapes).
    pub fn field_type(&self, f: FieldId) -> Type {
        self.out.descrs.f(f).ty
    }
}
