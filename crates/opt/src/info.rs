//! What the optimizer knows about a value: integer ranges and pointer facts.

/// A closed integer interval `[lo, hi]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntBound {
    /// Lower bound (inclusive).
    pub lo: i64,
    /// Upper bound (inclusive).
    pub hi: i64,
}

impl Default for IntBound {
    fn default() -> Self {
        IntBound::FULL
    }
}

fn clamp(lo: i128, hi: i128) -> Option<IntBound> {
    if lo < i64::MIN as i128 || hi > i64::MAX as i128 {
        None
    } else {
        Some(IntBound {
            lo: lo as i64,
            hi: hi as i64,
        })
    }
}

impl IntBound {
    /// Every i64.
    pub const FULL: IntBound = IntBound {
        lo: i64::MIN,
        hi: i64::MAX,
    };
    /// `[0, 1]`, the result of a comparison.
    pub const BOOL: IntBound = IntBound { lo: 0, hi: 1 };

    /// `[v, v]`.
    pub fn konst(v: i64) -> IntBound {
        IntBound { lo: v, hi: v }
    }
    /// `[lo, hi]`.
    pub fn new(lo: i64, hi: i64) -> IntBound {
        IntBound { lo, hi }
    }
    /// `[0, MAX]`.
    pub fn nonneg() -> IntBound {
        IntBound {
            lo: 0,
            hi: i64::MAX,
        }
    }
    /// The single value, if the interval has one.
    pub fn as_const(self) -> Option<i64> {
        (self.lo == self.hi).then_some(self.lo)
    }
    /// Is every value of `self` in `other`.
    pub fn within(self, other: IntBound) -> bool {
        self.lo >= other.lo && self.hi <= other.hi
    }
    /// Intersection; `None` if empty.
    pub fn meet(self, other: IntBound) -> Option<IntBound> {
        let b = IntBound {
            lo: self.lo.max(other.lo),
            hi: self.hi.min(other.hi),
        };
        (b.lo <= b.hi).then_some(b)
    }
    /// Smallest interval holding both.
    pub fn join(self, other: IntBound) -> IntBound {
        IntBound {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
    /// Exact sum range, `None` if the sum may overflow.
    pub fn add_exact(self, o: IntBound) -> Option<IntBound> {
        clamp(
            self.lo as i128 + o.lo as i128,
            self.hi as i128 + o.hi as i128,
        )
    }
    /// Exact difference range, `None` if it may overflow.
    pub fn sub_exact(self, o: IntBound) -> Option<IntBound> {
        clamp(
            self.lo as i128 - o.hi as i128,
            self.hi as i128 - o.lo as i128,
        )
    }
    /// Exact product range, `None` if it may overflow.
    pub fn mul_exact(self, o: IntBound) -> Option<IntBound> {
        let c = [
            self.lo as i128 * o.lo as i128,
            self.lo as i128 * o.hi as i128,
            self.hi as i128 * o.lo as i128,
            self.hi as i128 * o.hi as i128,
        ];
        clamp(*c.iter().min().unwrap_or(&0), *c.iter().max().unwrap_or(&0))
    }
    /// Range after an overflow-checked op whose guard passed: the exact range cut to i64.
    pub fn add_checked(self, o: IntBound) -> IntBound {
        let lo = (self.lo as i128 + o.lo as i128).clamp(i64::MIN as i128, i64::MAX as i128);
        let hi = (self.hi as i128 + o.hi as i128).clamp(i64::MIN as i128, i64::MAX as i128);
        IntBound {
            lo: lo as i64,
            hi: hi as i64,
        }
    }
    /// See [`IntBound::add_checked`].
    pub fn sub_checked(self, o: IntBound) -> IntBound {
        let lo = (self.lo as i128 - o.hi as i128).clamp(i64::MIN as i128, i64::MAX as i128);
        let hi = (self.hi as i128 - o.lo as i128).clamp(i64::MIN as i128, i64::MAX as i128);
        IntBound {
            lo: lo as i64,
            hi: hi as i64,
        }
    }
    /// See [`IntBound::add_checked`].
    pub fn mul_checked(self, o: IntBound) -> IntBound {
        let c = [
            self.lo as i128 * o.lo as i128,
            self.lo as i128 * o.hi as i128,
            self.hi as i128 * o.lo as i128,
            self.hi as i128 * o.hi as i128,
        ];
        let lo = c
            .iter()
            .min()
            .copied()
            .unwrap_or(0)
            .clamp(i64::MIN as i128, i64::MAX as i128);
        let hi = c
            .iter()
            .max()
            .copied()
            .unwrap_or(0)
            .clamp(i64::MIN as i128, i64::MAX as i128);
        IntBound {
            lo: lo as i64,
            hi: hi as i64,
        }
    }
    /// Known `self < o` (Some(true)), known `self >= o` (Some(false)), or unknown.
    pub fn lt(self, o: IntBound) -> Option<bool> {
        if self.hi < o.lo {
            Some(true)
        } else if self.lo >= o.hi {
            Some(false)
        } else {
            None
        }
    }
    /// Known `self <= o` / `self > o`, or unknown.
    pub fn le(self, o: IntBound) -> Option<bool> {
        if self.hi <= o.lo {
            Some(true)
        } else if self.lo > o.hi {
            Some(false)
        } else {
            None
        }
    }
    /// Known equality / inequality, or unknown.
    pub fn eq(self, o: IntBound) -> Option<bool> {
        if self.as_const().is_some() && self.as_const() == o.as_const() {
            Some(true)
        } else if self.hi < o.lo || o.hi < self.lo {
            Some(false)
        } else {
            None
        }
    }
    /// Is the interval all non-negative.
    pub fn is_nonneg(self) -> bool {
        self.lo >= 0
    }
    /// Widens `self` (an assumption) so that it also holds `other` (what is known at a
    /// loop's end): bounds that moved are dropped entirely so that loops converge fast.
    pub fn widen(self, other: IntBound) -> IntBound {
        IntBound {
            lo: if other.lo >= self.lo {
                self.lo
            } else {
                i64::MIN
            },
            hi: if other.hi <= self.hi {
                self.hi
            } else {
                i64::MAX
            },
        }
    }
    /// The range of an integer field of `size` bytes.
    pub fn of_size(size: u8, signed: bool) -> IntBound {
        if size >= 8 || size == 0 {
            return IntBound::FULL;
        }
        let bits = 8 * size as u32;
        if signed {
            IntBound {
                lo: -(1i64 << (bits - 1)),
                hi: (1i64 << (bits - 1)) - 1,
            }
        } else {
            IntBound {
                lo: 0,
                hi: (1i64 << bits) - 1,
            }
        }
    }
}

impl std::fmt::Display for IntBound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let end = |v: i64, minf: bool| match v {
            i64::MIN if minf => "-inf".to_string(),
            i64::MAX if !minf => "inf".to_string(),
            v => v.to_string(),
        };
        write!(f, "[{}, {}]", end(self.lo, true), end(self.hi, false))
    }
}

/// Facts about a reference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PtrInfo {
    /// Known not to be null.
    pub nonnull: bool,
    /// Known class (what guard_class compares with).
    pub class: Option<i64>,
    /// Position in the emitted list of the last guard on this value, for strengthening.
    pub last_guard: Option<usize>,
    /// A tagged small int (its low bit is 1), not an object: set on loop-label values
    /// that were tagged on every way into the label.
    pub tagged: bool,
}
