//! The compiled program of a pattern: lib/re.py's instruction list (flattened by its
//! `_flatten` into tuples of ints) turned into one word array, stored on the Pattern as a
//! bytes object and read back by [`Prog::load`] before each scan.
//!
//! Word layout: a header ([`H_LEN`] words: magic, main program address, number of mark
//! slots, anchored flag, prefix offset and length, first-character union offset), then
//! the instructions (each an opcode word and its operands; jump targets are word
//! addresses) and the set records they point to. A set record is `flags, nchars,
//! nranges, category mask`, a 256-bit map answering every character below 256, then the
//! sorted characters and the (lo, hi) ranges for the characters above.

use super::chars::{case_variants, cat_test};
use crate::heap;
use crate::objects::int::{as_int, Int};
use crate::objects::seq::{is_list, is_tuple, list_items};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The opcodes (lib/re.py's `_CHAR`.. `_NOPROGRESS`, same numbers).
pub mod op {
    pub const CHAR: u32 = 0;
    pub const SET: u32 = 1;
    pub const ANY: u32 = 2;
    pub const ANYALL: u32 = 3;
    pub const SPLIT: u32 = 4;
    pub const JMP: u32 = 5;
    pub const SAVE: u32 = 6;
    pub const MATCH: u32 = 7;
    pub const AT: u32 = 8;
    pub const REF: u32 = 9;
    pub const STAR: u32 = 10;
    pub const MARK: u32 = 11;
    pub const PROGRESS: u32 = 12;
    pub const LOOK: u32 = 13;
    pub const ATOMIC: u32 = 14;
    pub const COND: u32 = 15;
    pub const NOPROGRESS: u32 = 16;
}

/// Operand count of each opcode (words after the opcode word).
const ARITY: [usize; 17] = [1, 1, 0, 0, 2, 1, 1, 0, 1, 2, 6, 1, 2, 4, 1, 2, 2];

/// Kinds of a single-character repeat (`STAR`).
pub const K_LIT: u32 = 0;
pub const K_SET: u32 = 1;
pub const K_ANY: u32 = 2;
pub const K_ANYALL: u32 = 3;

/// Anchors (`AT` operand), lib/re.py's kind strings in this order.
pub const AT_BOS: u32 = 0;
pub const AT_EOL: u32 = 1;
pub const AT_EOS: u32 = 2;
pub const AT_BOL_M: u32 = 3;
pub const AT_EOL_M: u32 = 4;
pub const AT_B: u32 = 5;
pub const AT_NB: u32 = 6;
pub const AT_B_A: u32 = 7;
pub const AT_NB_A: u32 = 8;

/// "No value" in an operand (a repeat's next literal, a missing first-character test).
pub const NONE: u32 = u32::MAX;
/// An unbounded repeat's maximum (CPython's MAXREPEAT).
pub const MAXREPEAT: u32 = u32::MAX;

const MAGIC: u32 = 0x5245_3031;
const H_MAIN: usize = 1;
const H_NSLOTS: usize = 2;
const H_ANCHORED: usize = 3;
const H_PREFIX: usize = 4;
const H_PREFIX_LEN: usize = 5;
const H_FIRST: usize = 6;
const H_LEN: usize = 7;

/// Set record flags.
pub const S_NEG: u32 = 1;
pub const S_ICASE: u32 = 2;
pub const S_ASCII: u32 = 4;
/// Words before a set record's characters: flags, nchars, nranges, cats, 8 map words.
const SET_HEAD: usize = 12;

/// A loaded program: the word array and its header facts.
pub struct Prog {
    pub code: Vec<u32>,
    pub main: usize,
    pub nslots: usize,
    pub anchored: bool,
    pub prefix: (usize, usize),
    pub first: Option<usize>,
}

impl Prog {
    /// Read a program back from the bytes object `compile` made.
    pub fn load(vm: &mut Vm, v: Value) -> PyResult<Prog> {
        let ok = heap::has_layout(v, crate::layout::LayoutId::Bytes);
        let b: &[u8] = if ok { heap::bytes_data(v) } else { &[] };
        let code: Vec<u32> = b
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if code.len() < H_LEN || code[0] != MAGIC {
            return Err(vm.type_error("_coil_re: not a compiled program"));
        }
        Ok(Prog {
            main: code[H_MAIN] as usize,
            nslots: code[H_NSLOTS] as usize,
            anchored: code[H_ANCHORED] != 0,
            prefix: (code[H_PREFIX] as usize, code[H_PREFIX_LEN] as usize),
            first: (code[H_FIRST] != NONE).then_some(code[H_FIRST] as usize),
            code,
        })
    }

    pub fn prefix(&self) -> &[u32] {
        &self.code[self.prefix.0..self.prefix.0 + self.prefix.1]
    }

    /// Does character `c` pass the set record at `at`?
    #[inline]
    pub fn set_test(&self, at: usize, c: u32) -> bool {
        if c < 256 {
            return self.code[at + 4 + (c as usize >> 5)] & (1 << (c & 31)) != 0;
        }
        set_slow(&self.code, at, c)
    }

    /// Does character `c` pass the first-character union?
    #[inline]
    pub fn first_test(&self, at: usize, c: u32) -> bool {
        if c < 256 {
            return self.code[at + (c as usize >> 5)] & (1 << (c & 31)) != 0;
        }
        let n = self.code[at + 8] as usize;
        (0..n).any(|k| set_slow(&self.code, self.code[at + 9 + k] as usize, c))
    }
}

/// The raw membership of `c` in a set record (before case variants and negation).
fn set_raw(code: &[u32], at: usize, c: u32) -> bool {
    let flags = code[at];
    let nchars = code[at + 1] as usize;
    let nranges = code[at + 2] as usize;
    let cats = code[at + 3];
    let chars = &code[at + SET_HEAD..at + SET_HEAD + nchars];
    if chars.binary_search(&c).is_ok() {
        return true;
    }
    let r0 = at + SET_HEAD + nchars;
    for k in 0..nranges {
        if code[r0 + 2 * k] <= c && c <= code[r0 + 2 * k + 1] {
            return true;
        }
    }
    cats != 0 && cat_test(cats, c, flags & S_ASCII != 0)
}

/// The full test of a set record, case variants and negation included.
fn set_slow(code: &[u32], at: usize, c: u32) -> bool {
    let flags = code[at];
    let mut r = set_raw(code, at, c);
    if !r && flags & S_ICASE != 0 {
        let mut vs = Vec::new();
        case_variants(c, flags & S_ASCII != 0, &mut vs);
        r = vs[1..].iter().any(|&v| set_raw(code, at, v));
    }
    r != (flags & S_NEG != 0)
}

/// Builds the word array.
struct Builder<'a> {
    vm: &'a mut Vm,
    code: Vec<u32>,
}

fn bad(vm: &mut Vm) -> crate::vm::Raised {
    vm.type_error("_coil_re: malformed program")
}

fn seq_items<'v>(vm: &mut Vm, v: Value) -> PyResult<&'v [Value]> {
    if is_tuple(v) {
        return Ok(heap::items(v));
    }
    if is_list(v) {
        return Ok(list_items(v));
    }
    Err(bad(vm))
}

fn word(vm: &mut Vm, v: Value) -> PyResult<u32> {
    match as_int(v) {
        Some(Int::S(n)) if (-1..=u32::MAX as i64).contains(&n) => Ok(n as u32),
        _ => Err(bad(vm)),
    }
}

impl Builder<'_> {
    /// Append a set record for the flattened set `(neg, icase, ascii, chars, ranges, cats)`.
    fn set(&mut self, v: Value) -> PyResult<u32> {
        let it = seq_items(self.vm, v)?;
        if it.len() != 6 {
            return Err(bad(self.vm));
        }
        let neg = word(self.vm, it[0])? != 0;
        let icase = word(self.vm, it[1])? != 0;
        let ascii = word(self.vm, it[2])? != 0;
        let mut chars = Vec::new();
        for &c in seq_items(self.vm, it[3])? {
            chars.push(word(self.vm, c)?);
        }
        chars.sort_unstable();
        chars.dedup();
        let mut ranges = Vec::new();
        for &c in seq_items(self.vm, it[4])? {
            ranges.push(word(self.vm, c)?);
        }
        if ranges.len() % 2 != 0 {
            return Err(bad(self.vm));
        }
        let cats = word(self.vm, it[5])?;
        let at = self.code.len();
        let flags = (neg as u32) * S_NEG + (icase as u32) * S_ICASE + (ascii as u32) * S_ASCII;
        self.code
            .extend([flags, chars.len() as u32, (ranges.len() / 2) as u32, cats]);
        self.code.extend([0; 8]);
        self.code.extend(&chars);
        self.code.extend(&ranges);
        for c in 0..256u32 {
            if set_slow(&self.code, at, c) {
                self.code[at + 4 + (c as usize >> 5)] |= 1 << (c & 31);
            }
        }
        Ok(at as u32)
    }

    /// Append a program (a list of instruction tuples); returns its start address.
    /// Sub-programs (lookarounds, atomic groups) and sets go after it.
    fn prog(&mut self, v: Value, depth: usize) -> PyResult<u32> {
        if depth > 200 {
            return Err(self.vm.value_error("_coil_re: pattern nested too deeply"));
        }
        let ins = seq_items(self.vm, v)?.to_vec();
        // addresses of the instructions
        let start = self.code.len();
        let mut addr = Vec::with_capacity(ins.len() + 1);
        let mut a = start;
        for &i in &ins {
            addr.push(a as u32);
            let t = seq_items(self.vm, i)?;
            let o = match t.first() {
                Some(&o) => word(self.vm, o)? as usize,
                None => return Err(bad(self.vm)),
            };
            if o >= ARITY.len() || t.len() != ARITY[o] + 1 {
                return Err(bad(self.vm));
            }
            a += 1 + ARITY[o];
        }
        let n = ins.len();
        addr.push(a as u32);
        self.code.resize(a, 0);
        let target = |vm: &mut Vm, v: Value| -> PyResult<u32> {
            let k = word(vm, v)? as usize;
            addr.get(k)
                .copied()
                .filter(|_| k < n)
                .ok_or_else(|| bad(vm))
        };
        let mut pending = Vec::new();
        for (k, &i) in ins.iter().enumerate() {
            let t = seq_items(self.vm, i)?.to_vec();
            let o = word(self.vm, t[0])?;
            let at = addr[k] as usize;
            self.code[at] = o;
            let mut put = |j: usize, w: u32| self.code[at + j] = w;
            match o {
                op::SET => pending.push((at + 1, t[1], false)),
                op::SPLIT => {
                    let (x, y) = (target(self.vm, t[1])?, target(self.vm, t[2])?);
                    put(1, x);
                    put(2, y);
                }
                op::JMP => put(1, target(self.vm, t[1])?),
                op::PROGRESS | op::NOPROGRESS | op::COND => {
                    let r = word(self.vm, t[1])?;
                    let x = target(self.vm, t[2])?;
                    put(1, r);
                    put(2, x);
                }
                op::STAR => {
                    let kind = word(self.vm, t[1])?;
                    for (j, &x) in t.iter().enumerate().skip(3) {
                        let w = word(self.vm, x)?;
                        self.code[at + j] = w;
                    }
                    self.code[at + 1] = kind;
                    if kind == K_SET {
                        pending.push((at + 2, t[2], false));
                    } else {
                        let w = word(self.vm, t[2])?;
                        self.code[at + 2] = w;
                    }
                }
                op::LOOK => {
                    for (j, &x) in t.iter().enumerate().skip(2) {
                        let w = word(self.vm, x)?;
                        self.code[at + j] = w;
                    }
                    pending.push((at + 1, t[1], true));
                }
                op::ATOMIC => pending.push((at + 1, t[1], true)),
                _ => {
                    for (j, &x) in t.iter().enumerate().skip(1) {
                        let w = word(self.vm, x)?;
                        self.code[at + j] = w;
                    }
                }
            }
        }
        for (slot, v, is_prog) in pending {
            let w = if is_prog {
                self.prog(v, depth + 1)?
            } else {
                self.set(v)?
            };
            self.code[slot] = w;
        }
        Ok(start as u32)
    }
}

/// `compile(prog, nslots, anchored, prefix, first)`: the word array as bytes. `first` is
/// a list of flattened sets (their union) or None.
pub fn compile(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let [prog, nslots, anchored, prefix, first] = args else {
        return Err(vm.type_error("_coil_re.compile() takes 5 arguments"));
    };
    let mut b = Builder {
        vm,
        code: vec![0; H_LEN],
    };
    b.code[0] = MAGIC;
    b.code[H_NSLOTS] = word(b.vm, *nslots)?;
    b.code[H_ANCHORED] = word(b.vm, *anchored)?;
    let main = b.prog(*prog, 0)?;
    b.code[H_MAIN] = main;
    b.code[H_PREFIX] = b.code.len() as u32;
    let mut plen = 0;
    if crate::objects::str::is_str(*prefix) {
        for c in crate::objects::str::text(*prefix).chars() {
            b.code.push(c as u32);
            plen += 1;
        }
    }
    b.code[H_PREFIX_LEN] = plen;
    b.code[H_FIRST] = NONE;
    if !first.is_none() {
        let sets = seq_items(b.vm, *first)?.to_vec();
        let at = b.code.len();
        b.code.extend([0; 8]);
        b.code.push(sets.len() as u32);
        b.code.extend(std::iter::repeat_n(0, sets.len()));
        for (k, &s) in sets.iter().enumerate() {
            let o = b.set(s)?;
            b.code[at + 9 + k] = o;
            for w in 0..8 {
                let m = b.code[o as usize + 4 + w];
                b.code[at + w] |= m;
            }
        }
        b.code[H_FIRST] = at as u32;
    }
    let bytes: Vec<u8> = b.code.iter().flat_map(|w| w.to_le_bytes()).collect();
    Ok(b.vm.new_bytes(&bytes))
}
