//! The backtracking machine over a loaded [`Prog`]: one match attempt at a position
//! (`run`), the search loop with its literal-prefix and first-character fast paths
//! (`search`). An explicit stack of choice points and mark restores; Rust recursion only
//! one level per nested lookaround or atomic group (bounded by the pattern, not the
//! subject). Semantics are lib/re.py's `_run`, instruction for instruction.
//!
//! Subjects are slices of code points: `&[u8]` (ASCII str, bytes, bytearray) or `&[u32]`.

use super::chars::{eq_icase, is_word};
use super::prog::{op, Prog, *};
use std::sync::atomic::Ordering;

/// A character of a subject.
pub trait Ch: Copy + Eq {
    fn u(self) -> u32;
    /// Append a slice of a subject to `out` as the subject's own encoding (bytes for
    /// bytes and ASCII str subjects, UTF-8 for code points).
    fn put(s: &[Self], out: &mut Vec<u8>);
}
impl Ch for u8 {
    #[inline(always)]
    fn u(self) -> u32 {
        self as u32
    }
    fn put(s: &[u8], out: &mut Vec<u8>) {
        out.extend_from_slice(s);
    }
}
impl Ch for u32 {
    #[inline(always)]
    fn u(self) -> u32 {
        self
    }
    fn put(s: &[u32], out: &mut Vec<u8>) {
        let mut b = [0; 4];
        for &c in s {
            let c = coil_syntax::strings::code_point_char(c).unwrap_or(char::REPLACEMENT_CHARACTER);
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
    }
}

/// A match attempt was cut short by Ctrl-C or the run's time limit (the VM's cancel flag).
pub struct Interrupted;

/// Steps between two looks at the interrupt flag.
const CHECK_EVERY: u32 = 1 << 16;

/// A backtracking entry.
enum Bt {
    /// Resume at `pc` with position `pos` (an alternative).
    Alt { pc: usize, pos: usize },
    /// Put `old` back into mark slot `slot`.
    Restore { slot: usize, old: i64 },
    /// A greedy single-character repeat at `pc` can give back down to `base`.
    Greedy { pc: usize, base: usize, pos: usize },
    /// A lazy single-character repeat at `pc` can take one more, up to `limit`.
    Lazy { pc: usize, limit: usize, pos: usize },
}

/// One matcher: a program, a subject and its end.
pub struct Machine<'a, T: Ch> {
    pub prog: &'a Prog,
    pub s: &'a [T],
    pub end: usize,
    steps: u32,
    buf: Vec<u32>,
    /// The backtracking stack, kept between runs (nested runs use the part above
    /// the length they found).
    stack: Vec<Bt>,
    /// The VM's cancel flag (a run's time limit), looked at with the interrupt flag.
    pub cancel: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

impl<'a, T: Ch> Machine<'a, T> {
    pub fn new(prog: &'a Prog, s: &'a [T], end: usize) -> Self {
        Machine {
            prog,
            s,
            end,
            steps: 0,
            buf: Vec::new(),
            stack: Vec::new(),
            cancel: None,
        }
    }

    #[inline(always)]
    fn c(&self, i: usize) -> u32 {
        self.s[i].u()
    }

    #[inline(always)]
    fn w(&self, i: usize) -> u32 {
        self.prog.code[i]
    }

    fn tick(&mut self) -> Result<(), Interrupted> {
        self.steps += 1;
        if self.steps >= CHECK_EVERY {
            self.steps = 0;
            let cancelled = self
                .cancel
                .as_ref()
                .is_some_and(|c| c.load(Ordering::Relaxed));
            if cancelled || crate::interp::eval::INTERRUPTED.load(Ordering::Relaxed) {
                return Err(Interrupted);
            }
        }
        Ok(())
    }

    /// Does one character of kind `kind` (operand `data`) match `c`?
    #[inline(always)]
    fn single_ok(&self, kind: u32, data: u32, c: u32) -> bool {
        match kind {
            K_LIT => c == data,
            K_SET => self.prog.set_test(data as usize, c),
            K_ANY => c != b'\n' as u32,
            _ => true,
        }
    }

    fn at(&self, kind: u32, pos: usize) -> bool {
        let end = self.end;
        match kind {
            AT_BOS => pos == 0,
            AT_EOL => pos == end || (pos + 1 == end && self.c(pos) == b'\n' as u32),
            AT_EOS => pos == end,
            AT_BOL_M => pos == 0 || self.c(pos - 1) == b'\n' as u32,
            AT_EOL_M => pos == end || self.c(pos) == b'\n' as u32,
            AT_B | AT_NB | AT_B_A | AT_NB_A => {
                let ascii = kind == AT_B_A || kind == AT_NB_A;
                let before = pos > 0 && is_word(self.c(pos - 1), ascii);
                let after = pos < end && is_word(self.c(pos), ascii);
                if kind == AT_B || kind == AT_B_A {
                    before != after
                } else {
                    before == after && end > 0
                }
            }
            _ => false,
        }
    }

    /// Last index `j` in `[lo, hi)` with `s[j] == c`.
    fn rfind(&self, c: u32, lo: usize, hi: usize) -> Option<usize> {
        (lo..hi).rev().find(|&j| self.c(j) == c)
    }

    /// Run the program starting at word `pc0` at `pos`: the end of the first match, or
    /// None. `marks` (group slots, loop registers, lastindex last) are updated on success
    /// and left as they were on failure.
    pub fn run(
        &mut self,
        pc0: usize,
        pos: usize,
        marks: &mut [i64],
        full: bool,
        forbid: i64,
    ) -> Result<Option<usize>, Interrupted> {
        let mut stack = std::mem::take(&mut self.stack);
        stack.clear();
        let r = self.nested(&mut stack, pc0, pos, marks, full, forbid);
        self.stack = stack;
        r
    }

    /// A run using `stack` above its current length (left as it was found).
    fn nested(
        &mut self,
        stack: &mut Vec<Bt>,
        pc0: usize,
        pos: usize,
        marks: &mut [i64],
        full: bool,
        forbid: i64,
    ) -> Result<Option<usize>, Interrupted> {
        let base = stack.len();
        let r = self.run_on(stack, base, pc0, pos, marks, full, forbid);
        stack.truncate(base);
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn run_on(
        &mut self,
        stack: &mut Vec<Bt>,
        base: usize,
        pc0: usize,
        mut pos: usize,
        marks: &mut [i64],
        full: bool,
        forbid: i64,
    ) -> Result<Option<usize>, Interrupted> {
        let end = self.end;
        let last = marks.len() - 1;
        let mut pc = pc0;
        'outer: loop {
            self.tick()?;
            let o = self.w(pc);
            let ok = match o {
                op::CHAR => {
                    if pos < end && self.c(pos) == self.w(pc + 1) {
                        pos += 1;
                        pc += 2;
                        continue;
                    }
                    false
                }
                op::SET => {
                    if pos < end && self.prog.set_test(self.w(pc + 1) as usize, self.c(pos)) {
                        pos += 1;
                        pc += 2;
                        continue;
                    }
                    false
                }
                op::ANY => {
                    if pos < end && self.c(pos) != b'\n' as u32 {
                        pos += 1;
                        pc += 1;
                        continue;
                    }
                    false
                }
                op::ANYALL => {
                    if pos < end {
                        pos += 1;
                        pc += 1;
                        continue;
                    }
                    false
                }
                op::SPLIT => {
                    stack.push(Bt::Alt {
                        pc: self.w(pc + 2) as usize,
                        pos,
                    });
                    pc = self.w(pc + 1) as usize;
                    continue;
                }
                op::JMP => {
                    pc = self.w(pc + 1) as usize;
                    continue;
                }
                op::SAVE => {
                    let slot = self.w(pc + 1) as usize;
                    stack.push(Bt::Restore {
                        slot,
                        old: marks[slot],
                    });
                    marks[slot] = pos as i64;
                    if slot & 1 == 1 {
                        stack.push(Bt::Restore {
                            slot: last,
                            old: marks[last],
                        });
                        marks[last] = (slot >> 1) as i64;
                    }
                    pc += 2;
                    continue;
                }
                op::STAR => {
                    if let Some(p) = self.star(pc, pos, stack) {
                        pos = p;
                        pc += 7;
                        continue;
                    }
                    false
                }
                op::MATCH => {
                    if !((full && pos != end) || pos as i64 == forbid) {
                        return Ok(Some(pos));
                    }
                    false
                }
                op::AT => {
                    if self.at(self.w(pc + 1), pos) {
                        pc += 2;
                        continue;
                    }
                    false
                }
                op::MARK => {
                    let r = self.w(pc + 1) as usize;
                    stack.push(Bt::Restore {
                        slot: r,
                        old: marks[r],
                    });
                    marks[r] = pos as i64;
                    pc += 2;
                    continue;
                }
                op::PROGRESS => {
                    let r = self.w(pc + 1) as usize;
                    pc = if marks[r] != pos as i64 {
                        self.w(pc + 2) as usize
                    } else {
                        pc + 3
                    };
                    continue;
                }
                op::NOPROGRESS => {
                    let r = self.w(pc + 1) as usize;
                    pc = if marks[r] == pos as i64 {
                        self.w(pc + 2) as usize
                    } else {
                        pc + 3
                    };
                    continue;
                }
                op::REF => {
                    if let Some(p) = self.backref(pc, pos, marks) {
                        pos = p;
                        pc += 3;
                        continue;
                    }
                    false
                }
                op::COND => {
                    let g = self.w(pc + 1) as usize;
                    pc = if marks[2 * g] >= 0 && marks[2 * g + 1] >= 0 {
                        pc + 3
                    } else {
                        self.w(pc + 2) as usize
                    };
                    continue;
                }
                op::LOOK => {
                    let sub = self.w(pc + 1) as usize;
                    let behind = self.w(pc + 2) != 0;
                    let neg = self.w(pc + 3) != 0;
                    let width = self.w(pc + 4) as usize;
                    let saved = marks.to_vec();
                    let r = if behind {
                        if pos < width {
                            None
                        } else {
                            let r = self.nested(stack, sub, pos - width, marks, false, -1)?;
                            if r.is_some() && r != Some(pos) {
                                marks.copy_from_slice(&saved);
                                None
                            } else {
                                r
                            }
                        }
                    } else {
                        self.nested(stack, sub, pos, marks, false, -1)?
                    };
                    if neg {
                        if r.is_none() {
                            pc += 5;
                            continue;
                        }
                        marks.copy_from_slice(&saved);
                        false
                    } else if r.is_some() {
                        push_changes(stack, marks, &saved);
                        pc += 5;
                        continue;
                    } else {
                        false
                    }
                }
                op::ATOMIC => {
                    let sub = self.w(pc + 1) as usize;
                    let saved = marks.to_vec();
                    match self.nested(stack, sub, pos, marks, false, -1)? {
                        Some(r) => {
                            push_changes(stack, marks, &saved);
                            pos = r;
                            pc += 2;
                            continue;
                        }
                        None => false,
                    }
                }
                _ => false,
            };
            debug_assert!(!ok);
            // failure: backtrack
            loop {
                if stack.len() == base {
                    return Ok(None);
                }
                let Some(e) = stack.pop() else {
                    return Ok(None);
                };
                match e {
                    Bt::Restore { slot, old } => marks[slot] = old,
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        continue 'outer;
                    }
                    Bt::Lazy {
                        pc: rpc,
                        limit,
                        pos: v,
                    } => {
                        self.tick()?;
                        if v < limit && self.single_ok(self.w(rpc + 1), self.w(rpc + 2), self.c(v))
                        {
                            stack.push(Bt::Lazy {
                                pc: rpc,
                                limit,
                                pos: v + 1,
                            });
                            pc = rpc + 7;
                            pos = v + 1;
                            continue 'outer;
                        }
                    }
                    Bt::Greedy {
                        pc: rpc,
                        base,
                        pos: v,
                    } => {
                        self.tick()?;
                        if v > base {
                            let nl = self.w(rpc + 6);
                            let v = if nl == NONE {
                                v - 1
                            } else {
                                match self.rfind(nl, base, v) {
                                    Some(j) => j,
                                    None => continue,
                                }
                            };
                            if v > base {
                                stack.push(Bt::Greedy {
                                    pc: rpc,
                                    base,
                                    pos: v,
                                });
                            }
                            pc = rpc + 7;
                            pos = v;
                            continue 'outer;
                        }
                    }
                }
            }
        }
    }

    /// A single-character repeat at `pc` starting at `pos`: the position after its first
    /// choice (pushing the way to the others), or None when even the minimum fails.
    fn star(&mut self, pc: usize, mut pos: usize, stack: &mut Vec<Bt>) -> Option<usize> {
        let kind = self.w(pc + 1);
        let data = self.w(pc + 2);
        let lo = self.w(pc + 3) as usize;
        let hi = self.w(pc + 4);
        let lazy = self.w(pc + 5) != 0;
        let nl = self.w(pc + 6);
        let end = self.end;
        let start = pos;
        let need = pos.checked_add(lo)?;
        if need > end {
            return None;
        }
        if !self.span_ok(kind, data, pos, need) {
            return None;
        }
        pos = need;
        let limit = if hi == MAXREPEAT {
            end
        } else {
            end.min(start.saturating_add(hi as usize))
        };
        if lazy {
            stack.push(Bt::Lazy { pc, limit, pos });
            return Some(pos);
        }
        let base = pos;
        pos = self.extend(kind, data, pos, limit);
        if nl != NONE && (pos >= end || self.c(pos) != nl) {
            pos = self.rfind(nl, base, pos)?;
        }
        if pos > base {
            stack.push(Bt::Greedy { pc, base, pos });
        }
        Some(pos)
    }

    /// Do all of `s[a..b]` match one character of the kind?
    fn span_ok(&self, kind: u32, data: u32, a: usize, b: usize) -> bool {
        match kind {
            K_ANYALL => true,
            K_LIT => self.s[a..b].iter().all(|x| x.u() == data),
            K_ANY => self.s[a..b].iter().all(|x| x.u() != b'\n' as u32),
            _ => self.s[a..b]
                .iter()
                .all(|x| self.prog.set_test(data as usize, x.u())),
        }
    }

    /// The end of the longest run from `pos` (below `limit`) matching the kind.
    #[inline]
    fn extend(&self, kind: u32, data: u32, pos: usize, limit: usize) -> usize {
        let s = &self.s[pos..limit];
        let n = match kind {
            K_ANYALL => s.len(),
            K_LIT => s.iter().position(|x| x.u() != data).unwrap_or(s.len()),
            K_ANY => s
                .iter()
                .position(|x| x.u() == b'\n' as u32)
                .unwrap_or(s.len()),
            _ => {
                let p = self.prog;
                let d = data as usize;
                s.iter()
                    .position(|x| !p.set_test(d, x.u()))
                    .unwrap_or(s.len())
            }
        };
        pos + n
    }

    /// A backreference at `pc`: the position after it, or None.
    fn backref(&mut self, pc: usize, pos: usize, marks: &[i64]) -> Option<usize> {
        let g = self.w(pc + 1) as usize;
        let flags = self.w(pc + 2);
        let (a, b) = (marks[2 * g], marks[2 * g + 1]);
        if a < 0 || b < 0 {
            return None;
        }
        let (a, b) = (a as usize, b as usize);
        let n = b.checked_sub(a)?;
        if pos + n > self.end {
            return None;
        }
        if flags & 1 != 0 {
            let ascii = flags & 2 != 0;
            let mut buf = std::mem::take(&mut self.buf);
            let ok = (0..n).all(|k| eq_icase(self.c(a + k), self.c(pos + k), ascii, &mut buf));
            self.buf = buf;
            ok.then_some(pos + n)
        } else {
            (self.s[a..b] == self.s[pos..pos + n]).then_some(pos + n)
        }
    }

    /// The first position in `[i, end)` where a match may start, or None.
    fn next_start(&self, mut i: usize) -> Option<usize> {
        let end = self.end;
        let prefix = self.prog.prefix();
        if let Some((&p0, rest)) = prefix.split_first() {
            loop {
                if i + prefix.len() > end {
                    return None;
                }
                let last = end - prefix.len();
                let j = self.s[i..=last].iter().position(|x| x.u() == p0)? + i;
                if rest
                    .iter()
                    .enumerate()
                    .all(|(k, &c)| self.c(j + 1 + k) == c)
                {
                    return Some(j);
                }
                i = j + 1;
            }
        }
        if let Some(f) = self.prog.first {
            let p = self.prog;
            let j = self.s[i..end].iter().position(|x| p.first_test(f, x.u()))?;
            return Some(i + j);
        }
        Some(i)
    }

    /// Search for a match starting at `pos` or later: its start and end, with `marks` set.
    pub fn search(
        &mut self,
        pos: usize,
        marks: &mut [i64],
        forbid: i64,
    ) -> Result<Option<(usize, usize)>, Interrupted> {
        let end = self.end;
        let anchored = self.prog.anchored;
        if anchored && pos != 0 {
            return Ok(None);
        }
        let mut i = pos;
        let main = self.prog.main;
        while i <= end {
            i = match self.next_start(i) {
                Some(j) => j,
                None => return Ok(None),
            };
            if let Some(r) = self.run(main, i, marks, false, forbid)? {
                return Ok(Some((i, r)));
            }
            if anchored {
                return Ok(None);
            }
            i += 1;
        }
        Ok(None)
    }
}

impl<T: Ch> Machine<'_, T> {
    /// Call `f(marks)` for successive matches from `pos` (at most `limit`; the finditer
    /// rules: after an empty match the next may not be empty at the same place).
    /// `marks[0..2]` hold the match's span; `marks` is reset after each call.
    pub fn each(
        &mut self,
        mut pos: usize,
        mut forbid: i64,
        limit: usize,
        marks: &mut [i64],
        mut f: impl FnMut(&[i64]),
    ) -> Result<(), Interrupted> {
        let mut n = 0;
        while pos <= self.end && n < limit {
            let Some((a, b)) = self.search(pos, marks, forbid)? else {
                break;
            };
            marks[0] = a as i64;
            marks[1] = b as i64;
            f(marks);
            marks.fill(-1);
            n += 1;
            pos = b;
            forbid = if a == b { b as i64 } else { -1 };
        }
        Ok(())
    }
}

/// After a lookaround or atomic group succeeded: restores for every mark it changed.
fn push_changes(stack: &mut Vec<Bt>, marks: &[i64], saved: &[i64]) {
    for (k, (&m, &s)) in marks.iter().zip(saved).enumerate() {
        if m != s {
            stack.push(Bt::Restore { slot: k, old: s });
        }
    }
}
