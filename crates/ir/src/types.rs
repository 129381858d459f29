//! Value types, typed indices (IrRef, ConstId, SnapId, ...) and constants.

/// The type of an IR value: PyPy's `i`, `f`, `r` (printed `p`), or void.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// A machine integer (i64).
    Int,
    /// An unboxed f64.
    Float,
    /// A GC reference (u64 address; 0 is null).
    Ref,
    /// No value.
    Void,
}

impl Type {
    /// The name prefix used when printing values of this type (`i5`, `f2`, `p0`).
    pub fn prefix(self) -> &'static str {
        match self {
            Type::Int => "i",
            Type::Float => "f",
            Type::Ref => "p",
            Type::Void => "v",
        }
    }
    /// PyPy's one-letter kind for call descrs (`i`, `f`, `r`, `n`).
    pub fn letter(self) -> char {
        match self {
            Type::Int => 'i',
            Type::Float => 'f',
            Type::Ref => 'r',
            Type::Void => 'n',
        }
    }
    /// Inverse of [`Type::letter`].
    pub fn from_letter(c: char) -> Option<Type> {
        Some(match c {
            'i' => Type::Int,
            'f' => Type::Float,
            'r' | 'p' => Type::Ref,
            'n' | 'v' => Type::Void,
            _ => return None,
        })
    }
}

macro_rules! typed_index {
    ($($(#[$m:meta])* $name:ident;)*) => {$(
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            /// The index as usize.
            pub fn index(self) -> usize { self.0 as usize }
            /// From a usize index.
            pub fn new(i: usize) -> Self { $name(i as u32) }
        }
    )*};
}

typed_index! {
    /// An op of a trace (its position in `Trace::ops`); names the op's result.
    IrRef;
    /// A constant in `Trace::consts`.
    ConstId;
    /// A snapshot in `Trace::snaps`.
    SnapId;
    /// A virtual object description inside one snapshot.
    VirtId;
    /// A field descr in `Descrs::fields`.
    FieldId;
    /// An array descr in `Descrs::arrays`.
    ArrayId;
    /// A size descr in `Descrs::sizes`.
    SizeId;
    /// A call descr in `Descrs::calls`.
    CallId;
    /// A loop target token (labels and jumps), printed `TargetToken(N)`.
    TargetId;
    /// A text in `Trace::texts` (debug_merge_point locations).
    TextId;
}

/// A constant value. Floats are stored as their bits so constants compare and hash exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    /// `ConstInt`.
    Int(i64),
    /// `ConstFloat`: the f64 bits.
    Float(u64),
    /// `ConstPtr`: an address (0 is null).
    Ptr(u64),
}

impl Const {
    /// The type of the constant.
    pub fn ty(self) -> Type {
        match self {
            Const::Int(_) => Type::Int,
            Const::Float(_) => Type::Float,
            Const::Ptr(_) => Type::Ref,
        }
    }
    /// A float constant.
    pub fn float(v: f64) -> Const {
        Const::Float(v.to_bits())
    }
    /// The raw 64-bit word of the constant.
    pub fn bits(self) -> u64 {
        match self {
            Const::Int(v) => v as u64,
            Const::Float(b) | Const::Ptr(b) => b,
        }
    }
    /// The integer, if an int constant.
    pub fn as_int(self) -> Option<i64> {
        match self {
            Const::Int(v) => Some(v),
            _ => None,
        }
    }
    /// The float, if a float constant.
    pub fn as_float(self) -> Option<f64> {
        match self {
            Const::Float(b) => Some(f64::from_bits(b)),
            _ => None,
        }
    }
    /// The zero value of a type (what a fresh object's fields hold).
    pub fn zero(ty: Type) -> Const {
        match ty {
            Type::Float => Const::Float(0f64.to_bits()),
            Type::Ref => Const::Ptr(0),
            _ => Const::Int(0),
        }
    }
    /// Rebuilds a constant of type `ty` from a raw word.
    pub fn from_bits(ty: Type, bits: u64) -> Const {
        match ty {
            Type::Float => Const::Float(bits),
            Type::Ref => Const::Ptr(bits),
            _ => Const::Int(bits as i64),
        }
    }
}

/// An operand: the result of an op, or a constant from the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opnd {
    /// The result of the op at this position.
    Ref(IrRef),
    /// A pooled constant.
    Const(ConstId),
}

impl Opnd {
    /// The op reference, if not a constant.
    pub fn as_ref(self) -> Option<IrRef> {
        match self {
            Opnd::Ref(r) => Some(r),
            Opnd::Const(_) => None,
        }
    }
}
