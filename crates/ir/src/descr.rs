//! Descriptors: field, array, size and call descrs carrying layout facts and effects.
//!
//! The VM fills these in from its real layouts; the optimizer reads only what is here
//! (offsets, sizes, types, immutability, call effects), never the VM itself.

use crate::types::{ArrayId, CallId, FieldId, SizeId, TargetId, TextId, Type};

/// A field of a heap object (or of raw memory): `<FieldS Point.x 8>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldDescr {
    /// `Class.field`.
    pub name: String,
    /// Byte offset from the object's address.
    pub offset: i32,
    /// Size in bytes (1, 2, 4 or 8).
    pub size: u8,
    /// Value type.
    pub ty: Type,
    /// For ints narrower than 8 bytes: sign-extend on load.
    pub signed: bool,
    /// Never written after the object is initialised (loads are pure).
    pub immutable: bool,
}

impl FieldDescr {
    /// A version word (`<FieldS dict.version 0>`: a name ending in `.version`), read
    /// raw at a constant address: changed only by code (a call, a `setfield_raw`),
    /// never asynchronously, so the optimizer may reuse a load of it until then. Every
    /// other raw word is volatile (signal and safepoint flags).
    pub fn is_version_word(&self) -> bool {
        self.name.ends_with(".version") && self.size == 8
    }
}

/// An array layout: `<ArrayS 8 list base=16 len=8>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArrayDescr {
    /// Name of the array kind.
    pub name: String,
    /// Offset of item 0.
    pub base_offset: i32,
    /// Item size in bytes.
    pub item_size: u8,
    /// Offset of the length word.
    pub len_offset: i32,
    /// Item type.
    pub item_ty: Type,
    /// Items sign-extend on load.
    pub signed: bool,
    /// The layout id written into the header of arrays created with this descr.
    pub layout: u32,
}

/// The size (and layout id) of an allocation: `<SizeDescr Point 24 vtable=3>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SizeDescr {
    /// Name of the layout.
    pub name: String,
    /// Total size in bytes (header included).
    pub size: u32,
    /// Layout id (what guard_class compares; written into the header by `new*`).
    pub vtable: u32,
}

/// What a call may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Effect {
    /// Elidable: result depends only on the arguments, no heap access.
    Pure,
    /// Reads the heap, writes nothing.
    Readonly,
    /// May write any heap location.
    MayWrite,
    /// May run Python code (forcing virtualizables/frames); implies MayWrite.
    MayForce,
}

impl Effect {
    /// Text form used in `EF=`.
    pub fn name(self) -> &'static str {
        match self {
            Effect::Pure => "pure",
            Effect::Readonly => "readonly",
            Effect::MayWrite => "write",
            Effect::MayForce => "force",
        }
    }
    /// Inverse of [`Effect::name`].
    pub fn from_name(s: &str) -> Option<Effect> {
        Some(match s {
            "pure" => Effect::Pure,
            "readonly" => Effect::Readonly,
            "write" => Effect::MayWrite,
            "force" => Effect::MayForce,
            _ => return None,
        })
    }
    /// The call may write the heap.
    pub fn writes(self) -> bool {
        matches!(self, Effect::MayWrite | Effect::MayForce)
    }
}

/// A call target and its effects: `<Calli name(ii) EF=pure>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CallDescr {
    /// Function name (the evaluator looks simulated functions up by it).
    pub name: String,
    /// Machine address of the function (0 when unknown, e.g. in tests).
    pub addr: u64,
    /// Argument types.
    pub args: Vec<Type>,
    /// Result type.
    pub result: Type,
    /// Heap effect.
    pub effect: Effect,
    /// May raise (the trace then checks with guard_no_exception).
    pub can_raise: bool,
    /// May run a garbage collection.
    pub can_collect: bool,
}

/// The descr slot of an op.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Descr {
    /// None.
    #[default]
    None,
    /// A field.
    Field(FieldId),
    /// An array.
    Array(ArrayId),
    /// A size.
    Size(SizeId),
    /// A call.
    Call(CallId),
    /// A loop target (label / jump).
    Target(TargetId),
    /// A text (debug_merge_point location).
    Text(TextId),
}

/// The descr tables of a trace. Adding an equal descr twice returns the same id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Descrs {
    /// Field descrs.
    pub fields: Vec<FieldDescr>,
    /// Array descrs.
    pub arrays: Vec<ArrayDescr>,
    /// Size descrs.
    pub sizes: Vec<SizeDescr>,
    /// Call descrs.
    pub calls: Vec<CallDescr>,
}

fn intern<T: PartialEq>(v: &mut Vec<T>, x: T) -> u32 {
    if let Some(i) = v.iter().position(|y| *y == x) {
        return i as u32;
    }
    v.push(x);
    (v.len() - 1) as u32
}

impl Descrs {
    /// Interns a field descr.
    pub fn field(&mut self, d: FieldDescr) -> FieldId {
        FieldId(intern(&mut self.fields, d))
    }
    /// Interns an array descr.
    pub fn array(&mut self, d: ArrayDescr) -> ArrayId {
        ArrayId(intern(&mut self.arrays, d))
    }
    /// Interns a size descr.
    pub fn size(&mut self, d: SizeDescr) -> SizeId {
        SizeId(intern(&mut self.sizes, d))
    }
    /// Interns a call descr.
    pub fn call(&mut self, d: CallDescr) -> CallId {
        CallId(intern(&mut self.calls, d))
    }
    /// The field descr.
    pub fn f(&self, id: FieldId) -> &FieldDescr {
        &self.fields[id.index()]
    }
    /// The array descr.
    pub fn a(&self, id: ArrayId) -> &ArrayDescr {
        &self.arrays[id.index()]
    }
    /// The size descr.
    pub fn s(&self, id: SizeId) -> &SizeDescr {
        &self.sizes[id.index()]
    }
    /// The call descr.
    pub fn c(&self, id: CallId) -> &CallDescr {
        &self.calls[id.index()]
    }
}

fn kind_letter(ty: Type, signed: bool) -> char {
    match ty {
        Type::Ref => 'P',
        Type::Float => 'F',
        _ if signed => 'S',
        _ => 'U',
    }
}

impl FieldDescr {
    /// A signed 8-byte int field.
    pub fn int(name: &str, offset: i32) -> FieldDescr {
        FieldDescr::new(name, offset, Type::Int)
    }
    /// An 8-byte field of the given type.
    pub fn new(name: &str, offset: i32, ty: Type) -> FieldDescr {
        FieldDescr {
            name: name.into(),
            offset,
            size: 8,
            ty,
            signed: true,
            immutable: false,
        }
    }
    /// PyPy's text form, e.g. `<FieldS Point.x 8>`.
    pub fn repr(&self) -> String {
        let mut s = format!(
            "<Field{} {} {}",
            kind_letter(self.ty, self.signed),
            self.name,
            self.offset
        );
        if self.size != 8 {
            s += &format!(" size={}", self.size);
        }
        if self.immutable {
            s += " pure";
        }
        s + ">"
    }
}

impl ArrayDescr {
    /// Text form, e.g. `<ArrayS 8 list base=16 len=8>`.
    pub fn repr(&self) -> String {
        let mut s = format!(
            "<Array{} {} {} base={} len={}",
            kind_letter(self.item_ty, self.signed),
            self.item_size,
            self.name,
            self.base_offset,
            self.len_offset
        );
        if self.layout != 0 {
            s += &format!(" vtable={}", self.layout);
        }
        s + ">"
    }
}

impl SizeDescr {
    /// Text form, e.g. `<SizeDescr Point 24 vtable=3>`.
    pub fn repr(&self) -> String {
        format!(
            "<SizeDescr {} {} vtable={}>",
            self.name, self.size, self.vtable
        )
    }
}

impl CallDescr {
    /// Text form, e.g. `<Calli hash(r) EF=readonly raise collect addr=0x1234>`.
    pub fn repr(&self) -> String {
        let args: String = self.args.iter().map(|t| t.letter()).collect();
        let mut s = format!(
            "<Call{} {}({}) EF={}",
            self.result.letter(),
            self.name,
            args,
            self.effect.name()
        );
        if self.can_raise {
            s += " raise";
        }
        if self.can_collect {
            s += " collect";
        }
        if self.addr != 0 {
            s += &format!(" addr={:#x}", self.addr);
        }
        s + ">"
    }
}
