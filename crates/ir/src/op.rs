//! The op table: every IR operation defined once (name, result type, operand types, flags).

use crate::types::Type;

/// Operation flags (a bit set derived from the op table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Flags(pub u32);

impl Flags {
    /// No side effects; the result depends only on the operands (and descr): CSE-able, foldable.
    pub const PURE: Flags = Flags(1 << 0);
    /// A guard: leaves the trace through its snapshot when its condition does not hold.
    pub const GUARD: Flags = Flags(1 << 1);
    /// Overflow-checked arithmetic; must be followed by guard_no_overflow / guard_overflow.
    pub const OVF: Flags = Flags(1 << 2);
    /// Carries a descr (field, array, size or call descriptor).
    pub const DESCR: Flags = Flags(1 << 3);
    /// Allocates a fresh object.
    pub const ALLOC: Flags = Flags(1 << 4);
    /// A call; its effect is in its CallDescr.
    pub const CALL: Flags = Flags(1 << 5);
    /// May run arbitrary Python code (followed by guard_not_forced).
    pub const MAY_FORCE: Flags = Flags(1 << 6);
    /// Reads the heap.
    pub const READ: Flags = Flags(1 << 7);
    /// Writes the heap.
    pub const WRITE: Flags = Flags(1 << 8);
    /// Operands may be swapped.
    pub const COMM: Flags = Flags(1 << 9);
    /// Ends a trace (jump, finish).
    pub const FINAL: Flags = Flags(1 << 10);
    /// Produces no code and has no semantics (debug_merge_point).
    pub const NOP: Flags = Flags(1 << 11);
    /// Comparison producing 0/1.
    pub const CMP: Flags = Flags(1 << 12);

    /// True when every bit of `other` is set.
    pub const fn has(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

const fn fl(bits: &[Flags]) -> Flags {
    let mut acc = 0;
    let mut i = 0;
    while i < bits.len() {
        acc |= bits[i].0;
        i += 1;
    }
    Flags(acc)
}

macro_rules! define_ops {
    ($( $variant:ident = $name:literal, $res:ident, $sig:literal, [$($flag:ident),*]; )*) => {
        /// An IR opcode. Names are PyPy's (`int_add_ovf`, `guard_class`, ...).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode { $($variant,)* }

        /// Every opcode, in table order.
        pub const ALL_OPCODES: &[Opcode] = &[$(Opcode::$variant,)*];

        const INFO: &[OpInfo] = &[$(OpInfo {
            name: $name,
            result: Type::$res,
            sig: $sig,
            flags: fl(&[$(Flags::$flag),*]),
        },)*];
    };
}

/// Static facts about an opcode.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    /// PyPy spelling.
    pub name: &'static str,
    /// Result type (`input` and `same_as` are typed per op; see [`crate::trace::Op::ty`]).
    pub result: Type,
    /// Operand types: `i` int, `f` float, `r` ref, `*` any, and a trailing `.` for
    /// "any number more of any type".
    pub sig: &'static str,
    /// Flags.
    pub flags: Flags,
}

// Signature letters: i=int f=float r=ref *=any; a trailing '.' = variadic (any types).
define_ops! {
    Input           = "input",              Void,  "",    [];
    Label           = "label",              Void,  ".",   [];
    Jump            = "jump",               Void,  ".",   [FINAL];
    Finish          = "finish",             Void,  ".",   [FINAL];
    DebugMergePoint = "debug_merge_point",  Void,  ".",   [NOP];
    SameAsI         = "same_as_i",          Int,   "i",   [PURE];
    SameAsR         = "same_as_r",          Ref,   "r",   [PURE];
    SameAsF         = "same_as_f",          Float, "f",   [PURE];

    IntAdd          = "int_add",            Int,   "ii",  [PURE, COMM];
    IntSub          = "int_sub",            Int,   "ii",  [PURE];
    IntMul          = "int_mul",            Int,   "ii",  [PURE, COMM];
    IntFloorDiv     = "int_floordiv",       Int,   "ii",  [PURE];
    IntMod          = "int_mod",            Int,   "ii",  [PURE];
    IntAnd          = "int_and",            Int,   "ii",  [PURE, COMM];
    IntOr           = "int_or",             Int,   "ii",  [PURE, COMM];
    IntXor          = "int_xor",            Int,   "ii",  [PURE, COMM];
    IntLshift       = "int_lshift",         Int,   "ii",  [PURE];
    IntRshift       = "int_rshift",         Int,   "ii",  [PURE];
    UintRshift      = "uint_rshift",        Int,   "ii",  [PURE];
    IntNeg          = "int_neg",            Int,   "i",   [PURE];
    IntInvert       = "int_invert",         Int,   "i",   [PURE];
    IntIsZero       = "int_is_zero",        Int,   "i",   [PURE, CMP];
    IntIsTrue       = "int_is_true",        Int,   "i",   [PURE, CMP];
    IntForceGeZero  = "int_force_ge_zero",  Int,   "i",   [PURE];
    IntLt           = "int_lt",             Int,   "ii",  [PURE, CMP];
    IntLe           = "int_le",             Int,   "ii",  [PURE, CMP];
    IntEq           = "int_eq",             Int,   "ii",  [PURE, CMP, COMM];
    IntNe           = "int_ne",             Int,   "ii",  [PURE, CMP, COMM];
    IntGt           = "int_gt",             Int,   "ii",  [PURE, CMP];
    IntGe           = "int_ge",             Int,   "ii",  [PURE, CMP];
    UintLt          = "uint_lt",            Int,   "ii",  [PURE, CMP];
    UintLe          = "uint_le",            Int,   "ii",  [PURE, CMP];
    UintGt          = "uint_gt",            Int,   "ii",  [PURE, CMP];
    UintGe          = "uint_ge",            Int,   "ii",  [PURE, CMP];
    IntAddOvf       = "int_add_ovf",        Int,   "ii",  [OVF, COMM];
    IntSubOvf       = "int_sub_ovf",        Int,   "ii",  [OVF];
    IntMulOvf       = "int_mul_ovf",        Int,   "ii",  [OVF, COMM];

    FloatAdd        = "float_add",          Float, "ff",  [PURE, COMM];
    FloatSub        = "float_sub",          Float, "ff",  [PURE];
    FloatMul        = "float_mul",          Float, "ff",  [PURE, COMM];
    FloatTrueDiv    = "float_truediv",      Float, "ff",  [PURE];
    FloatNeg        = "float_neg",          Float, "f",   [PURE];
    FloatAbs        = "float_abs",          Float, "f",   [PURE];
    FloatLt         = "float_lt",           Int,   "ff",  [PURE, CMP];
    FloatLe         = "float_le",           Int,   "ff",  [PURE, CMP];
    FloatEq         = "float_eq",           Int,   "ff",  [PURE, CMP, COMM];
    FloatNe         = "float_ne",           Int,   "ff",  [PURE, CMP, COMM];
    FloatGt         = "float_gt",           Int,   "ff",  [PURE, CMP];
    FloatGe         = "float_ge",           Int,   "ff",  [PURE, CMP];
    CastIntToFloat  = "cast_int_to_float",  Float, "i",   [PURE];
    CastFloatToInt  = "cast_float_to_int",  Int,   "f",   [PURE];
    CastPtrToInt    = "cast_ptr_to_int",    Int,   "r",   [PURE];
    CastIntToPtr    = "cast_int_to_ptr",    Ref,   "i",   [PURE];
    PtrEq           = "ptr_eq",             Int,   "rr",  [PURE, CMP, COMM];
    PtrNe           = "ptr_ne",             Int,   "rr",  [PURE, CMP, COMM];

    GuardTrue       = "guard_true",         Void,  "i",   [GUARD];
    GuardFalse      = "guard_false",        Void,  "i",   [GUARD];
    GuardValue      = "guard_value",        Void,  "**",  [GUARD];
    GuardClass      = "guard_class",        Void,  "ri",  [GUARD];
    GuardNonnull    = "guard_nonnull",      Void,  "r",   [GUARD];
    GuardIsnull     = "guard_isnull",       Void,  "r",   [GUARD];
    GuardNonnullClass = "guard_nonnull_class", Void, "ri", [GUARD];
    GuardNoOverflow = "guard_no_overflow",  Void,  "",    [GUARD];
    GuardOverflow   = "guard_overflow",     Void,  "",    [GUARD];
    GuardNotInvalidated = "guard_not_invalidated", Void, "", [GUARD];
    GuardNoException = "guard_no_exception", Void, "",    [GUARD];
    GuardNotForced  = "guard_not_forced",   Void,  "",    [GUARD];

    GetfieldGcI     = "getfield_gc_i",      Int,   "r",   [DESCR, READ];
    GetfieldGcR     = "getfield_gc_r",      Ref,   "r",   [DESCR, READ];
    GetfieldGcF     = "getfield_gc_f",      Float, "r",   [DESCR, READ];
    SetfieldGc      = "setfield_gc",        Void,  "r*",  [DESCR, WRITE];
    GetfieldRawI    = "getfield_raw_i",     Int,   "i",   [DESCR, READ];
    GetfieldRawF    = "getfield_raw_f",     Float, "i",   [DESCR, READ];
    SetfieldRaw     = "setfield_raw",       Void,  "i*",  [DESCR, WRITE];
    GetarrayitemGcI = "getarrayitem_gc_i",  Int,   "ri",  [DESCR, READ];
    GetarrayitemGcR = "getarrayitem_gc_r",  Ref,   "ri",  [DESCR, READ];
    GetarrayitemGcF = "getarrayitem_gc_f",  Float, "ri",  [DESCR, READ];
    SetarrayitemGc  = "setarrayitem_gc",    Void,  "ri*", [DESCR, WRITE];
    ArraylenGc      = "arraylen_gc",        Int,   "r",   [DESCR, READ];

    New             = "new",                Ref,   "",    [DESCR, ALLOC];
    NewWithVtable   = "new_with_vtable",    Ref,   "",    [DESCR, ALLOC];
    NewArray        = "new_array",          Ref,   "i",   [DESCR, ALLOC];
    NewArrayClear   = "new_array_clear",    Ref,   "i",   [DESCR, ALLOC];

    CallI           = "call_i",             Int,   ".",   [DESCR, CALL];
    CallR           = "call_r",             Ref,   ".",   [DESCR, CALL];
    CallF           = "call_f",             Float, ".",   [DESCR, CALL];
    CallN           = "call_n",             Void,  ".",   [DESCR, CALL];
    CallMayForceI   = "call_may_force_i",   Int,   ".",   [DESCR, CALL, MAY_FORCE];
    CallMayForceR   = "call_may_force_r",   Ref,   ".",   [DESCR, CALL, MAY_FORCE];
    CallMayForceF   = "call_may_force_f",   Float, ".",   [DESCR, CALL, MAY_FORCE];
    CallMayForceN   = "call_may_force_n",   Void,  ".",   [DESCR, CALL, MAY_FORCE];
}

impl Opcode {
    /// Static facts from the op table.
    pub fn info(self) -> &'static OpInfo {
        &INFO[self as usize]
    }
    /// PyPy spelling.
    pub fn name(self) -> &'static str {
        self.info().name
    }
    /// Flags from the table.
    pub fn flags(self) -> Flags {
        self.info().flags
    }
    /// Looks an opcode up by its PyPy name.
    pub fn from_name(name: &str) -> Option<Opcode> {
        ALL_OPCODES.iter().copied().find(|o| o.name() == name)
    }
    /// Result type as given by the table.
    pub fn result(self) -> Type {
        self.info().result
    }
    /// Is a guard.
    pub fn is_guard(self) -> bool {
        self.flags().has(Flags::GUARD)
    }
    /// Pure: no side effects, result determined by operands.
    pub fn is_pure(self) -> bool {
        self.flags().has(Flags::PURE)
    }
    /// Overflow-checked arithmetic.
    pub fn is_ovf(self) -> bool {
        self.flags().has(Flags::OVF)
    }
    /// A call op.
    pub fn is_call(self) -> bool {
        self.flags().has(Flags::CALL)
    }
    /// An allocation.
    pub fn is_alloc(self) -> bool {
        self.flags().has(Flags::ALLOC)
    }
    /// Ends the trace.
    pub fn is_final(self) -> bool {
        self.flags().has(Flags::FINAL)
    }
    /// Needs a descr.
    pub fn has_descr(self) -> bool {
        self.flags().has(Flags::DESCR)
    }
    /// Comparison producing 0/1.
    pub fn is_cmp(self) -> bool {
        self.flags().has(Flags::CMP)
    }
    /// Operands may be swapped.
    pub fn is_commutative(self) -> bool {
        self.flags().has(Flags::COMM)
    }
    /// Writes memory, calls, allocates or ends the trace: anything that must not be
    /// dropped or reordered across a guard's resume point.
    pub fn has_side_effect(self) -> bool {
        let f = self.flags();
        f.has(Flags::WRITE) || f.has(Flags::CALL) || f.has(Flags::FINAL)
    }
    /// The non-overflow-checked variant of an `_ovf` op.
    pub fn without_ovf(self) -> Option<Opcode> {
        match self {
            Opcode::IntAddOvf => Some(Opcode::IntAdd),
            Opcode::IntSubOvf => Some(Opcode::IntSub),
            Opcode::IntMulOvf => Some(Opcode::IntMul),
            _ => None,
        }
    }
    /// The call opcode with the given result type.
    pub fn call_for(ty: Type, may_force: bool) -> Opcode {
        match (ty, may_force) {
            (Type::Int, false) => Opcode::CallI,
            (Type::Ref, false) => Opcode::CallR,
            (Type::Float, false) => Opcode::CallF,
            (Type::Void, false) => Opcode::CallN,
            (Type::Int, true) => Opcode::CallMayForceI,
            (Type::Ref, true) => Opcode::CallMayForceR,
            (Type::Float, true) => Opcode::CallMayForceF,
            (Type::Void, true) => Opcode::CallMayForceN,
        }
    }
    /// The getfield opcode reading a field of type `ty`.
    pub fn getfield_for(ty: Type) -> Opcode {
        match ty {
            Type::Ref => Opcode::GetfieldGcR,
            Type::Float => Opcode::GetfieldGcF,
            _ => Opcode::GetfieldGcI,
        }
    }
    /// The getarrayitem opcode reading an item of type `ty`.
    pub fn getarrayitem_for(ty: Type) -> Opcode {
        match ty {
            Type::Ref => Opcode::GetarrayitemGcR,
            Type::Float => Opcode::GetarrayitemGcF,
            _ => Opcode::GetarrayitemGcI,
        }
    }
    /// The same_as opcode for a type.
    pub fn same_as_for(ty: Type) -> Opcode {
        match ty {
            Type::Ref => Opcode::SameAsR,
            Type::Float => Opcode::SameAsF,
            _ => Opcode::SameAsI,
        }
    }
    /// For a comparison, the opcode computing its negation on the same operands
    /// (none for ordered float comparisons, which NaN makes non-negatable).
    pub fn negated_cmp(self) -> Option<Opcode> {
        use Opcode::*;
        Some(match self {
            IntLt => IntGe,
            IntGe => IntLt,
            IntLe => IntGt,
            IntGt => IntLe,
            IntEq => IntNe,
            IntNe => IntEq,
            UintLt => UintGe,
            UintGe => UintLt,
            UintLe => UintGt,
            UintGt => UintLe,
            FloatEq => FloatNe,
            FloatNe => FloatEq,
            PtrEq => PtrNe,
            PtrNe => PtrEq,
            _ => return None,
        })
    }
    /// For a comparison `a OP b`, the opcode `b OP' a` computing the same result.
    pub fn swapped_cmp(self) -> Option<Opcode> {
        use Opcode::*;
        Some(match self {
            IntLt => IntGt,
            IntLe => IntGe,
            IntGt => IntLt,
            IntGe => IntLe,
            IntEq => IntEq,
            IntNe => IntNe,
            UintLt => UintGt,
            UintLe => UintGe,
            UintGt => UintLt,
            UintGe => UintLe,
            FloatLt => FloatGt,
            FloatLe => FloatGe,
            FloatGt => FloatLt,
            FloatGe => FloatLe,
            FloatEq => FloatEq,
            FloatNe => FloatNe,
            PtrEq => PtrEq,
            PtrNe => PtrNe,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Opcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
