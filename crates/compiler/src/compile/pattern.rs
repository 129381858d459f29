//! `match` statements: patterns compiled as CPython 3.11 does (`compiler_pattern_*`).
//!
//! A pattern consumes the subject on top of the stack. On success the captured values are
//! left on the stack (in `stores` order, under anything still `on_top`) and stored into
//! their names once the whole case pattern matched; on failure control jumps to
//! `fail_pop[n]`, where `n` is the number of values to pop (the labels are bound in a
//! POP_TOP ladder after the case body).

use super::{CResult, Compiler, Ctx};
use crate::assemble::Label;
use crate::code::Const;
use crate::fold;
use crate::opcode::{CompareOp, Opcode};
use coil_syntax::ast::*;

pub(crate) struct PatternCtx<'a> {
    stores: Vec<&'a str>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern<'_>) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern<'_>) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(
        &mut self,
        s: &'a Stmt<'a>,
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    ) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1
            && cases
                .last()
                .is_some_and(|c| is_wildcard(c.pattern) && c.guard.is_none());
        let last_tested = n - has_default as usize;
        for (i, case) in cases[..last_tested].iter().enumerate() {
            self.u().loc = case.pattern.loc;
            let last = i + 1 == last_tested;
            if !last {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.name_op(name, Ctx::Store)?;
            }
            if let Some(g) = case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(g, fail, false)?;
            }
            if !last {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(case.body)?;
            self.emit_jump(Opcode::JUMP_FORWARD, end);
            self.u().loc = case.pattern.loc;
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &cases[n - 1];
            self.u().loc = case.pattern.loc;
            if n == 1 {
                self.emit(Opcode::POP_TOP, 0);
            }
            if let Some(g) = case.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(case.body)?;
        }
        self.u().loc = s.loc;
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx<'a>, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps (with `op`) to the label that pops everything this pattern pushed.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx<'a>, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx<'a>) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, count: usize) {
        let mut count = count;
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&'a str>, pc: &mut PatternCtx<'a>) -> CResult {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return self.error("cannot assign to __debug__");
        }
        if pc.stores.contains(&name) {
            return self.error(format!("multiple assignments to name '{name}' in pattern"));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(rotations);
        pc.stores.push(name);
        Ok(())
    }

    /// Compiles a (sub)pattern. As CPython's `compiler_pattern`, the location is left
    /// at the last pattern visited (error locations depend on it).
    fn pattern(&mut self, p: &'a Pattern<'a>, pc: &mut PatternCtx<'a>) -> CResult {
        self.u().loc = p.loc;
        self.pattern_inner(p, pc)
    }

    fn subpattern(&mut self, p: &'a Pattern<'a>, pc: &mut PatternCtx<'a>) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern<'a>, pc: &mut PatternCtx<'a>) -> CResult {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.expr(v)?;
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(fold::constant(c));
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence(patterns) => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, *rest, pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar(name) => self.store_capture(*name, pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match name {
                            Some(n) => self.error(format!(
                                "name capture '{n}' makes remaining patterns unreachable"
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        };
                    }
                    self.store_capture(*name, pc)?;
                }
                Some(sub) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(*name, pc)?;
                }
            },
            PatternKind::MatchOr(alts) => self.pattern_or(alts, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        patterns: &'a [Pattern<'a>],
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(_) = p.kind {
                if star.is_some() {
                    return self.error("multiple starred names in sequence pattern");
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Const::Int(size as i64));
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            let star = star.unwrap_or(size);
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) || i == star {
                    continue;
                }
                self.emit(Opcode::COPY, 1);
                if i < star {
                    self.load_const(Const::Int(i as i64));
                } else {
                    self.emit(Opcode::GET_LEN, 0);
                    self.load_const(Const::Int((size - i) as i64));
                    self.emit(Opcode::BINARY_OP, crate::opcode::BinaryOp::Subtract as u32);
                }
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
        } else {
            match star {
                Some(i) => {
                    let after = size - i - 1;
                    if i >= 256 || after >= (1 << 24) {
                        return self.error("too many expressions in star-unpacking assignment");
                    }
                    self.emit(Opcode::UNPACK_EX, (i | (after << 8)) as u32);
                }
                None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            }
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<&'a str>,
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return self.error(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                patterns.len()
            ));
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<Const> = Vec::new();
        for k in keys {
            match &k.kind {
                ExprKind::Attribute { .. } => {}
                _ => {
                    match fold::fold(k) {
                        Some(c) => {
                            if seen.iter().any(|s| fold::py_eq(s, &c)) {
                                return self.error(format!(
                                    "mapping pattern checks duplicate key ({})",
                                    crate::dis::const_repr(&c)
                                ));
                            }
                            seen.push(c);
                        }
                        None => return self.error_at(
                            "mapping pattern keys may only match literals and attribute lookups",
                            k.loc,
                        ),
                    }
                }
            }
        }
        self.tuple_of(keys)?;
        self.emit(Opcode::MATCH_KEYS, 0);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                self.emit(Opcode::BUILD_MAP, 0);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::DICT_UPDATE, 2);
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
                let mut n = size;
                while n > 0 {
                    self.emit(Opcode::COPY, 1 + n as u32);
                    n -= 1;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::DELETE_SUBSCR, 0);
                }
                self.store_capture(Some(name), pc)?;
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern<'a>,
        cls: &'a Expr<'a>,
        patterns: &'a [Pattern<'a>],
        kwd_attrs: &'a [&'a str],
        kwd_patterns: &'a [Pattern<'a>],
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return self.error(format!(
                "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                kwd_patterns.len()
            ));
        }
        for (i, a) in kwd_attrs.iter().enumerate() {
            if *a == "__debug__" {
                return self.error_at("cannot assign to __debug__", kwd_patterns[i].loc);
            }
            if kwd_attrs[i + 1..].contains(a) {
                let j = i + 1 + kwd_attrs[i + 1..].iter().position(|x| x == a).unwrap_or(0);
                return self.error_at(
                    format!("attribute name repeated in class pattern: {a}"),
                    kwd_patterns[j].loc,
                );
            }
        }
        self.u().loc = p.loc;
        self.expr(cls)?;
        let names = kwd_attrs
            .iter()
            .map(|a| Const::Str(a.to_string()))
            .collect();
        self.load_const(Const::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns.iter()) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern<'a>], pc: &mut PatternCtx<'a>) -> CResult {
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<&'a str>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.u().loc = alt.loc;
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alts.len() && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() || ctl.iter().any(|n| !pc.stores.contains(n)) {
                        return self.error("alternative patterns bind different names");
                    }
                    self.permute_captures(&mut pc.stores, ctl);
                }
            }
            self.emit_jump(Opcode::JUMP_FORWARD, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Opcode::JUMP_FORWARD);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return self.error(format!("multiple assignments to name '{name}' in pattern"));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    /// Reorders the captures on top of the stack (in `stores` order) into `target`
    /// order, exchanging two slots at a time.
    fn permute_captures(&mut self, stores: &mut [&'a str], target: &[&'a str]) {
        let n = stores.len();
        for pos in 0..n {
            if stores[pos] == target[pos] {
                continue;
            }
            let Some(from) = stores.iter().position(|s| *s == target[pos]) else {
                continue;
            };
            // Depth from the top (1 = TOS) of both slots.
            let (a, b) = ((n - pos) as u32, (n - from) as u32);
            if a == 1 || b == 1 {
                self.emit(Opcode::SWAP, a.max(b));
            } else {
                self.emit(Opcode::SWAP, a);
                self.emit(Opcode::SWAP, b);
                self.emit(Opcode::SWAP, a);
            }
            stores.swap(pos, from);
        }
    }
}
