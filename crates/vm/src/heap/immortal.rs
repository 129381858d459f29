//! The immortal static objects: None, False, True, NotImplemented, Ellipsis.
//!
//! They live in one static array (16 bytes each, header + one word) so that `is`
//! against them is a word compare and the GC never touches them (flag IMMORTAL).

use crate::layout::{flags, LayoutId};
use crate::value::Value;

#[repr(C, align(16))]
struct Statics([[u64; 2]; 5]);

const fn hdr(l: LayoutId) -> u64 {
    (l as u32 as u64) | ((flags::IMMORTAL as u64) << 32)
}

static STATICS: Statics = Statics([
    [hdr(LayoutId::NoneType), 0],
    [hdr(LayoutId::Bool), 0],
    [hdr(LayoutId::Bool), 1],
    [hdr(LayoutId::NotImplementedType), 0],
    [hdr(LayoutId::EllipsisType), 0],
]);

#[inline(always)]
fn at(i: usize) -> Value {
    Value::from_addr(&STATICS.0[i] as *const [u64; 2] as usize)
}

impl Value {
    #[inline(always)]
    pub fn none() -> Value {
        at(0)
    }
    #[inline(always)]
    pub fn false_() -> Value {
        at(1)
    }
    #[inline(always)]
    pub fn true_() -> Value {
        at(2)
    }
    #[inline(always)]
    pub fn not_implemented() -> Value {
        at(3)
    }
    #[inline(always)]
    pub fn ellipsis() -> Value {
        at(4)
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        at(1 + b as usize)
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == at(0)
    }
    #[inline(always)]
    pub fn is_true_obj(self) -> bool {
        self == at(2)
    }
    #[inline(always)]
    pub fn is_false_obj(self) -> bool {
        self == at(1)
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self == at(1) || self == at(2)
    }
    #[inline(always)]
    pub fn is_not_implemented(self) -> bool {
        self == at(3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{header, layout_of};

    #[test]
    fn immortals_are_distinct_aligned_and_flagged() {
        let all = [
            Value::none(),
            Value::false_(),
            Value::true_(),
            Value::not_implemented(),
            Value::ellipsis(),
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(a.is_ptr());
            assert_eq!(a.addr() % 8, 0);
            assert_ne!(header(*a).flags & flags::IMMORTAL, 0);
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(layout_of(Value::true_()), LayoutId::Bool);
        assert_eq!(Value::bool(true), Value::true_());
    }
}
