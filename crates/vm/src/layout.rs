//! Heap object layouts: the one-word header, the layout table, and every `#[repr(C)]` object.
//!
//! Every heap object starts with a [`Header`]:
//!
//! ```text
//!   0               4               8
//!  +---------------+---------------+------------------------------
//!  | layout id u32 | GC flags u32  | fields at fixed offsets ...
//!  +---------------+---------------+------------------------------
//! ```
//!
//! The layouts the JIT touches (int, float, str, tuple, list, instance, cell,
//! function, range iterator) have their field offsets asserted in the tests at the
//! bottom of this file; the JIT reads the `OFF_*` constants, never guesses.
//! Rust-owned side data (dict tables, type dictionaries, code) hangs off a
//! pointer field and is freed by the object's finalizer when the object dies.

use crate::value::Value;
use dashu_int::IBig;

/// The one-word object header.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Header {
    pub layout: u32,
    pub flags: u32,
}

/// Header GC flags.
pub mod flags {
    /// Lives in the old space (or the large-object space): never moves.
    pub const OLD: u32 = 1;
    /// Marked live by the current major collection.
    pub const MARK: u32 = 2;
    /// Old object already in the remembered set.
    pub const REMEMBERED: u32 = 4;
    /// Nursery object already copied; word 1 holds the new address.
    pub const FORWARDED: u32 = 8;
    /// Static object (None, True, ...): never collected, never moved.
    pub const IMMORTAL: u32 = 16;
    /// Allocated outside the size classes (large-object space).
    pub const LARGE: u32 = 32;
    /// Young object whose identity was taken: an old-space block is reserved for it
    /// (`Heap::shadows`) and the minor GC copies it exactly there.
    pub const SHADOW: u32 = 64;
    /// Old and not in the remembered set (PyPy's TRACK_YOUNG_PTRS): a store of a pointer
    /// into it must run the write barrier's slow path, which clears this flag and sets
    /// REMEMBERED. Set with OLD and again when a minor collection empties the remembered
    /// set, so the JIT's inline barrier tests this one bit.
    pub const TRACK: u32 = 128;
}

impl Header {
    pub const fn new(layout: LayoutId) -> Header {
        Header {
            layout: layout as u32,
            flags: 0,
        }
    }
}

macro_rules! define_layouts {
    ($( $name:ident : $ty:ty, finalize = $fin:expr, var = $var:expr ;)*) => {
        /// Which layout a heap object has (the header's first word).
        #[repr(u32)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum LayoutId { Free = 0, $($name),* }

        impl LayoutId {
            pub const ALL: &'static [LayoutId] = &[$(LayoutId::$name),*];
            pub fn from_u32(n: u32) -> Option<LayoutId> {
                LayoutId::ALL.get((n as usize).wrapping_sub(1)).copied()
            }
            /// Size of the fixed part of the object in bytes.
            pub const fn fixed_size(self) -> usize {
                match self { LayoutId::Free => 16, $(LayoutId::$name => std::mem::size_of::<$ty>()),* }
            }
            /// Does the object own Rust memory that must be freed when it dies?
            pub const fn needs_finalizer(self) -> bool {
                match self { LayoutId::Free => false, $(LayoutId::$name => $fin),* }
            }
            /// Does the object have a variable-size tail?
            pub const fn is_var(self) -> bool {
                match self { LayoutId::Free => false, $(LayoutId::$name => $var),* }
            }
            pub const fn name(self) -> &'static str {
                match self { LayoutId::Free => "free", $(LayoutId::$name => stringify!($name)),* }
            }
        }
        $( impl crate::heap::HeapObj for $ty { const LAYOUT: LayoutId = LayoutId::$name; } )*
    };
}

// The layout table: name, struct, owns Rust memory, has a variable tail.
define_layouts! {
    NoneType: ImmortalObj, finalize = false, var = false;
    Bool: BoolObj, finalize = false, var = false;
    NotImplementedType: ImmortalObj2, finalize = false, var = false;
    EllipsisType: ImmortalObj3, finalize = false, var = false;
    BigInt: BigIntObj, finalize = true, var = false;
    Float: FloatObj, finalize = false, var = false;
    Complex: ComplexObj, finalize = false, var = false;
    Str: StrObj, finalize = false, var = true;
    Bytes: BytesObj, finalize = false, var = true;
    ByteArray: ByteArrayObj, finalize = true, var = false;
    Tuple: TupleObj, finalize = false, var = true;
    ValueArray: ValueArrayObj, finalize = false, var = true;
    List: ListObj, finalize = false, var = false;
    Dict: DictObj, finalize = true, var = false;
    Set: SetObj, finalize = true, var = false;
    FrozenSet: FrozenSetObj, finalize = true, var = false;
    Range: RangeObj, finalize = false, var = false;
    RangeIter: RangeIterObj, finalize = false, var = false;
    Slice: SliceObj, finalize = false, var = false;
    Function: FunctionObj, finalize = false, var = false;
    Native: NativeObj, finalize = false, var = false;
    BoundMethod: BoundMethodObj, finalize = false, var = false;
    Cell: CellObj, finalize = false, var = false;
    Module: ModuleObj, finalize = false, var = false;
    Type: TypeObj, finalize = true, var = false;
    Instance: InstanceObj, finalize = false, var = true;
    Code: CodeObj, finalize = true, var = false;
    Iter: IterObj, finalize = false, var = false;
    Traceback: TracebackObj, finalize = false, var = false;
    Generator: GenObj, finalize = true, var = false;
    Wrapper: WrapperObj, finalize = false, var = false;
    File: FileObj, finalize = true, var = false;
}

/// None.
#[repr(C)]
pub struct ImmortalObj {
    pub header: Header,
    pub pad: u64,
}
/// NotImplemented.
#[repr(C)]
pub struct ImmortalObj2 {
    pub header: Header,
    pub pad: u64,
}
/// Ellipsis.
#[repr(C)]
pub struct ImmortalObj3 {
    pub header: Header,
    pub pad: u64,
}

/// True / False (immortal statics); `value` is 0 or 1 so int fast paths can read it.
#[repr(C)]
pub struct BoolObj {
    pub header: Header,
    pub value: i64,
}

/// An int outside the 63-bit small range.
#[repr(C)]
pub struct BigIntObj {
    pub header: Header,
    pub value: IBig,
}

/// A boxed float.
#[repr(C)]
pub struct FloatObj {
    pub header: Header,
    pub value: f64,
}

#[repr(C)]
pub struct ComplexObj {
    pub header: Header,
    pub re: f64,
    pub im: f64,
}

/// An immutable str; UTF-8 bytes follow inline. `len == byte_len` means ASCII
/// (O(1) indexing). `hash` is -1 until computed.
#[repr(C)]
pub struct StrObj {
    pub header: Header,
    pub hash: i64,
    pub len: u64,
    pub byte_len: u64,
    // u8 data[byte_len] follows
}

#[repr(C)]
pub struct BytesObj {
    pub header: Header,
    pub hash: i64,
    pub len: u64,
    // u8 data[len] follows
}

/// A bytearray; its bytes live in a Rust `Vec<u8>` (`objects::bytes`).
#[repr(C)]
pub struct ByteArrayObj {
    pub header: Header,
    pub data: usize,
}

/// A tuple; the items follow inline.
#[repr(C)]
pub struct TupleObj {
    pub header: Header,
    pub len: u64,
    // Value items[len] follows
}

/// GC-managed backing store of lists and instance overflow slots.
#[repr(C)]
pub struct ValueArrayObj {
    pub header: Header,
    pub len: u64,
    // Value items[len] follows (len is the capacity)
}

/// A list: `len` live items in the ValueArray `items` (EMPTY when capacity 0).
#[repr(C)]
pub struct ListObj {
    pub header: Header,
    pub len: u64,
    pub items: Value,
}

/// A dict; the table lives in Rust memory (`objects::dict::DictData`).
#[repr(C)]
pub struct DictObj {
    pub header: Header,
    pub data: usize,
}

#[repr(C)]
pub struct SetObj {
    pub header: Header,
    pub data: usize,
}

#[repr(C)]
pub struct FrozenSetObj {
    pub header: Header,
    pub data: usize,
}

/// range(start, stop, step) over small ints.
#[repr(C)]
pub struct RangeObj {
    pub header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

/// Iterator over a range: next value, step, items left.
#[repr(C)]
pub struct RangeIterObj {
    pub header: Header,
    pub next: i64,
    pub step: i64,
    pub remaining: i64,
}

#[repr(C)]
pub struct SliceObj {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A Python function.
#[repr(C)]
pub struct FunctionObj {
    pub header: Header,
    pub code: Value,
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    /// Tuple of positional defaults or EMPTY.
    pub defaults: Value,
    /// Dict of keyword-only defaults or EMPTY.
    pub kwdefaults: Value,
    /// Tuple of cells or EMPTY.
    pub closure: Value,
    /// Attribute dict or EMPTY.
    pub dict: Value,
    pub module: Value,
}

/// A function implemented in Rust: `index` into the VM's native table.
#[repr(C)]
pub struct NativeObj {
    pub header: Header,
    pub index: u64,
    /// The bound receiver or EMPTY.
    pub self_: Value,
}

#[repr(C)]
pub struct BoundMethodObj {
    pub header: Header,
    pub func: Value,
    pub self_: Value,
}

#[repr(C)]
pub struct CellObj {
    pub header: Header,
    pub value: Value,
}

#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: Value,
    pub dict: Value,
}

/// A class; its Rust side (`objects::types::TypeData`) holds name, mro, dict, version.
#[repr(C)]
pub struct TypeObj {
    pub header: Header,
    pub data: usize,
}

/// An instance of a user class: class, map id, overflow slots, inline slots.
#[repr(C)]
pub struct InstanceObj {
    pub header: Header,
    pub cls: Value,
    pub map: u64,
    /// ValueArray for slots beyond `nslots`, or EMPTY.
    pub overflow: Value,
    pub nslots: u64,
    // Value slots[nslots] follows
}

/// A code object; its Rust side is `interp::code::CodeData`.
#[repr(C)]
pub struct CodeObj {
    pub header: Header,
    pub data: usize,
}

/// Iterators over built-in containers and the lazy builtins (enumerate, zip, map...).
#[repr(C)]
pub struct IterObj {
    pub header: Header,
    pub kind: u64,
    pub src: Value,
    pub aux: Value,
    pub index: i64,
    pub end: i64,
}

/// One traceback entry (outermost first, like CPython's tb_next chain).
#[repr(C)]
pub struct TracebackObj {
    pub header: Header,
    pub next: Value,
    pub code: Value,
    /// The frame's globals dict when the entry was made; replaced by its frame snapshot
    /// (a `Wrapper` of kind `Frame`) the first time `tb_frame` is read.
    pub frame: Value,
    pub lineno: i64,
    /// The instruction that was executing (for its source position).
    pub lasti: i64,
}

/// A generator: its suspended frame lives in Rust memory.
#[repr(C)]
pub struct GenObj {
    pub header: Header,
    pub data: usize,
}

/// property / staticmethod / classmethod / super / dict views: a kind and three values.
#[repr(C)]
pub struct WrapperObj {
    pub header: Header,
    pub kind: u64,
    pub a: Value,
    pub b: Value,
    pub c: Value,
}

#[repr(C)]
pub struct FileObj {
    pub header: Header,
    pub data: usize,
}

/// Field offsets the JIT uses.
pub mod off {
    pub const HEADER_LAYOUT: i32 = 0;
    pub const HEADER_FLAGS: i32 = 4;
    pub const FLOAT_VALUE: i32 = 8;
    pub const BIGINT_VALUE: i32 = 8;
    pub const STR_HASH: i32 = 8;
    pub const STR_LEN: i32 = 16;
    pub const STR_BYTE_LEN: i32 = 24;
    pub const STR_DATA: i32 = 32;
    pub const TUPLE_LEN: i32 = 8;
    pub const TUPLE_ITEMS: i32 = 16;
    pub const ARRAY_LEN: i32 = 8;
    pub const ARRAY_ITEMS: i32 = 16;
    pub const LIST_LEN: i32 = 8;
    pub const LIST_ITEMS: i32 = 16;
    pub const INSTANCE_CLS: i32 = 8;
    pub const INSTANCE_MAP: i32 = 16;
    pub const INSTANCE_OVERFLOW: i32 = 24;
    pub const INSTANCE_NSLOTS: i32 = 32;
    pub const INSTANCE_SLOTS: i32 = 40;
    pub const CELL_VALUE: i32 = 8;
    pub const FUNCTION_CODE: i32 = 8;
    pub const FUNCTION_GLOBALS: i32 = 16;
    pub const FUNCTION_DEFAULTS: i32 = 40;
    pub const FUNCTION_CLOSURE: i32 = 56;
    pub const RANGE_ITER_NEXT: i32 = 8;
    pub const RANGE_ITER_STEP: i32 = 16;
    pub const RANGE_ITER_REMAINING: i32 = 24;
    pub const BOOL_VALUE: i32 = 8;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    #[test]
    fn jit_visible_offsets_match_the_structs() {
        assert_eq!(size_of::<Header>(), 8);
        assert_eq!(offset_of!(Header, layout) as i32, off::HEADER_LAYOUT);
        assert_eq!(offset_of!(Header, flags) as i32, off::HEADER_FLAGS);
        assert_eq!(offset_of!(FloatObj, value) as i32, off::FLOAT_VALUE);
        assert_eq!(offset_of!(BigIntObj, value) as i32, off::BIGINT_VALUE);
        assert_eq!(offset_of!(StrObj, hash) as i32, off::STR_HASH);
        assert_eq!(offset_of!(StrObj, len) as i32, off::STR_LEN);
        assert_eq!(offset_of!(StrObj, byte_len) as i32, off::STR_BYTE_LEN);
        assert_eq!(size_of::<StrObj>() as i32, off::STR_DATA);
        assert_eq!(offset_of!(TupleObj, len) as i32, off::TUPLE_LEN);
        assert_eq!(size_of::<TupleObj>() as i32, off::TUPLE_ITEMS);
        assert_eq!(offset_of!(ValueArrayObj, len) as i32, off::ARRAY_LEN);
        assert_eq!(size_of::<ValueArrayObj>() as i32, off::ARRAY_ITEMS);
        assert_eq!(offset_of!(ListObj, len) as i32, off::LIST_LEN);
        assert_eq!(offset_of!(ListObj, items) as i32, off::LIST_ITEMS);
        assert_eq!(offset_of!(InstanceObj, cls) as i32, off::INSTANCE_CLS);
        assert_eq!(offset_of!(InstanceObj, map) as i32, off::INSTANCE_MAP);
        assert_eq!(
            offset_of!(InstanceObj, overflow) as i32,
            off::INSTANCE_OVERFLOW
        );
        assert_eq!(offset_of!(InstanceObj, nslots) as i32, off::INSTANCE_NSLOTS);
        assert_eq!(size_of::<InstanceObj>() as i32, off::INSTANCE_SLOTS);
        assert_eq!(offset_of!(CellObj, value) as i32, off::CELL_VALUE);
        assert_eq!(offset_of!(FunctionObj, code) as i32, off::FUNCTION_CODE);
        assert_eq!(
            offset_of!(FunctionObj, globals) as i32,
            off::FUNCTION_GLOBALS
        );
        assert_eq!(
            offset_of!(FunctionObj, defaults) as i32,
            off::FUNCTION_DEFAULTS
        );
        assert_eq!(
            offset_of!(FunctionObj, closure) as i32,
            off::FUNCTION_CLOSURE
        );
        assert_eq!(offset_of!(RangeIterObj, next) as i32, off::RANGE_ITER_NEXT);
        assert_eq!(offset_of!(RangeIterObj, step) as i32, off::RANGE_ITER_STEP);
        assert_eq!(
            offset_of!(RangeIterObj, remaining) as i32,
            off::RANGE_ITER_REMAINING
        );
        assert_eq!(offset_of!(BoolObj, value) as i32, off::BOOL_VALUE);
    }

    #[test]
    fn every_object_has_room_for_a_forwarding_word() {
        for &l in LayoutId::ALL {
            assert!(l.fixed_size() >= 16, "{:?} is too small to forward", l);
            assert_eq!(l.fixed_size() % 8, 0, "{:?} is not word-sized", l);
        }
        assert_eq!(
            LayoutId::from_u32(LayoutId::Str as u32),
            Some(LayoutId::Str)
        );
        assert_eq!(LayoutId::from_u32(0), None);
    }
}
