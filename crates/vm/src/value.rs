//! The tagged value word: 63-bit small ints inline, everything else a heap pointer.
//!
//! ```text
//!  63                                                        1   0
//! +-----------------------------------------------------------+---+
//! |        63-bit two's complement integer n                   | 1 |  small int: (n << 1) | 1
//! +-----------------------------------------------------------+---+
//! |        address of a heap object (8-byte aligned)     | 0 | 0 |  pointer (never null)
//! +-----------------------------------------------------------+---+
//! |                          0                                    |  EMPTY: "no value"
//! +---------------------------------------------------------------+  (unbound local, dict hole)
//! ```
//!
//! None, True, False, NotImplemented and Ellipsis are immortal static objects
//! (see `heap::immortal`), so `is` on them is a word compare.

/// One Python value in one machine word.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

/// Smallest integer representable inline.
pub const SMALL_MIN: i64 = -(1 << 62);
/// Largest integer representable inline.
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// The "no value" word (never visible to Python code).
    pub const EMPTY: Value = Value(0);

    /// A small int; the caller guarantees `SMALL_MIN <= n <= SMALL_MAX`.
    #[inline(always)]
    pub const fn small(n: i64) -> Value {
        Value(((n << 1) | 1) as u64)
    }

    /// A small int if `n` fits in 63 bits.
    #[inline(always)]
    pub fn try_small(n: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&n) {
            Some(Value::small(n))
        } else {
            None
        }
    }

    #[inline(always)]
    pub const fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    /// The integer of a small int (meaningless for other values).
    #[inline(always)]
    pub const fn small_value(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline(always)]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small() {
            Some(self.small_value())
        } else {
            None
        }
    }

    /// True for a heap pointer (not a small int, not EMPTY).
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        self.0 & 1 == 0 && self.0 != 0
    }

    #[inline(always)]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The raw address of a heap pointer.
    #[inline(always)]
    pub const fn addr(self) -> usize {
        self.0 as usize
    }

    #[inline(always)]
    pub const fn from_addr(a: usize) -> Value {
        Value(a as u64)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_small() {
            write!(f, "Int({})", self.small_value())
        } else if self.is_empty() {
            write!(f, "EMPTY")
        } else {
            write!(f, "Ptr({:#x})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for n in [0, 1, -1, 42, SMALL_MAX, SMALL_MIN, -12345678901] {
            let v = Value::small(n);
            assert!(v.is_small());
            assert!(!v.is_ptr());
            assert_eq!(v.small_value(), n);
        }
        assert!(Value::try_small(SMALL_MAX + 1).is_none());
        assert!(Value::try_small(SMALL_MIN - 1).is_none());
        assert!(Value::EMPTY.is_empty() && !Value::EMPTY.is_ptr());
        assert!(Value::from_addr(0x1000).is_ptr());
    }
}
