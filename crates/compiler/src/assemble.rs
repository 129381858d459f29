//! Assembler: pending instructions with labels -> final instruction array, positions,
//! exception table, inline-cache numbering and maximum stack depth.
//!
//! Steps: resolve labels; drop unreachable instructions (flow from pc 0 plus exception
//! edges) and jumps to the next instruction; turn `JUMP_FORWARD` into `JUMP_BACKWARD`
//! when the target is behind; number cache slots; compute stack depths by flow (an
//! exception edge enters its handler at `depth + lasti + 1`); group consecutive
//! instructions with the same handler into exception-table rows.

use crate::code::{CacheSlot, ExceptionEntry, Instr, Position};
use crate::opcode::{Flow, Opcode};

/// A jump target inside one code unit, bound to a position by `Emitter::bind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// An exception handler: where to go, and the stack depth to unwind to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandlerDef {
    pub target: Label,
    pub depth: u32,
    pub lasti: bool,
}

/// Index into `Emitter::handlers`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HandlerId(pub u32);

#[derive(Clone, Copy, Debug)]
pub struct PendingInstr {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<Label>,
    pub pos: Position,
    pub handler: Option<HandlerId>,
}

/// The instruction stream of one code unit under construction.
#[derive(Default)]
pub struct Emitter {
    pub instrs: Vec<PendingInstr>,
    labels: Vec<Option<u32>>,
    pub handlers: Vec<HandlerDef>,
}

pub struct Assembled {
    pub code: Vec<Instr>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
    pub num_caches: u32,
}

impl Emitter {
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len() as u32);
    }

    pub fn new_handler(&mut self, h: HandlerDef) -> HandlerId {
        self.handlers.push(h);
        HandlerId(self.handlers.len() as u32 - 1)
    }

    fn resolve(&self, l: Label) -> usize {
        self.labels[l.0 as usize].expect("label bound before assembly") as usize
    }

    pub fn assemble(self) -> Assembled {
        let n = self.instrs.len();
        // Jump threading: a jump to an unconditional forward jump goes straight to its
        // target (never turning a conditional jump into a backward one).
        let direct: Vec<Option<usize>> = self
            .instrs
            .iter()
            .map(|ins| ins.target.map(|l| self.resolve(l)))
            .collect();
        let threaded: Vec<Option<usize>> = (0..n)
            .map(|i| {
                let mut t = direct[i]?;
                for _ in 0..8 {
                    match self.instrs.get(t) {
                        Some(next) if next.op == Opcode::JUMP_FORWARD => {
                            let t2 = direct[t].unwrap_or(t);
                            let conditional = self.instrs[i].op.flow() == Flow::Branch;
                            if t2 == t || (conditional && t2 <= i) {
                                break;
                            }
                            t = t2;
                        }
                        _ => break,
                    }
                }
                Some(t)
            })
            .collect();
        let target_of = |i: usize| threaded[i];
        let handler_target = |h: HandlerId| self.resolve(self.handlers[h.0 as usize].target);

        // 1. Reachability.
        let mut live = vec![false; n];
        let mut work = vec![0usize];
        while let Some(i) = work.pop() {
            if i >= n || live[i] {
                continue;
            }
            live[i] = true;
            let ins = &self.instrs[i];
            match ins.op.flow() {
                Flow::Next => work.push(i + 1),
                Flow::Branch => {
                    work.push(i + 1);
                    work.extend(target_of(i));
                }
                Flow::Jump => work.extend(target_of(i)),
                Flow::Exit => {}
            }
            if let Some(h) = ins.handler {
                work.push(handler_target(h));
            }
        }
        // 2. Jumps to the next live instruction are dead too (iterate: removing one may
        //    expose another).
        loop {
            let mut changed = false;
            let mut next_live = n;
            for i in (0..n).rev() {
                if !live[i] {
                    continue;
                }
                let ins = &self.instrs[i];
                if matches!(ins.op, Opcode::JUMP_FORWARD | Opcode::NOP) {
                    let t = if ins.op == Opcode::NOP {
                        next_live
                    } else {
                        target_of(i).unwrap_or(n)
                    };
                    let mut t = t;
                    while t < n && !live[t] {
                        t += 1;
                    }
                    if t == next_live && (ins.op == Opcode::NOP || t < n) {
                        live[i] = false;
                        changed = true;
                        continue;
                    }
                }
                next_live = i;
            }
            if !changed {
                break;
            }
        }
        // 3. Renumber: new index of the first live instruction at or after each old one.
        let mut new_index = vec![0u32; n + 1];
        let mut count = 0u32;
        for (slot, &l) in new_index.iter_mut().zip(live.iter()) {
            *slot = count;
            if l {
                count += 1;
            }
        }
        new_index[n] = count;
        let mut code = Vec::with_capacity(count as usize);
        let mut positions = Vec::with_capacity(count as usize);
        let mut handlers = Vec::with_capacity(count as usize);
        let mut num_caches = 0u32;
        for (i, ins) in self.instrs.iter().enumerate() {
            if !live[i] {
                continue;
            }
            let mut op = ins.op;
            let mut arg = ins.arg;
            if let Some(t) = target_of(i) {
                arg = new_index[t];
                if op == Opcode::JUMP_FORWARD && arg <= code.len() as u32 {
                    op = Opcode::JUMP_BACKWARD;
                }
            }
            let cache = if op.uses_cache() {
                num_caches += 1;
                CacheSlot(num_caches - 1)
            } else {
                CacheSlot::NONE
            };
            code.push(Instr { op, arg, cache });
            positions.push(ins.pos);
            handlers.push(ins.handler);
        }

        // 4. Exception table.
        let mut exception_table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < code.len() {
            let Some(h) = handlers[i] else {
                i += 1;
                continue;
            };
            let start = i;
            while i < code.len() && handlers[i] == Some(h) {
                i += 1;
            }
            let def = self.handlers[h.0 as usize];
            let target = new_index[self.resolve(def.target)];
            // Merge with the previous row when it continues the same handler.
            if let Some(last) = exception_table.last_mut() {
                if last.end == start as u32
                    && last.target == target
                    && last.depth == def.depth
                    && last.lasti == def.lasti
                {
                    last.end = i as u32;
                    continue;
                }
            }
            exception_table.push(ExceptionEntry {
                start: start as u32,
                end: i as u32,
                target,
                depth: def.depth,
                lasti: def.lasti,
            });
        }

        // 5. Stack depth.
        let max_stack = stack_depth(&code, &exception_table);
        Assembled {
            code,
            positions,
            exception_table,
            max_stack,
            num_caches,
        }
    }
}

/// Maximum stack depth by flow over the final code. Inconsistent depths at a merge point
/// are a compiler bug; debug builds assert on them.
pub fn stack_depth(code: &[Instr], table: &[ExceptionEntry]) -> u32 {
    let n = code.len();
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut max = 0i32;
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let handler_of = |pc: usize| {
        let i = table.partition_point(|e| (e.end as usize) <= pc);
        table
            .get(i)
            .filter(|e| e.start as usize <= pc && pc < e.end as usize)
    };
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            continue;
        }
        if let Some(seen) = depth[pc] {
            if cfg!(debug_assertions) && seen != d && std::env::var_os("COIL_DIS_NOCHECK").is_none()
            {
                panic!("stack depth mismatch at {pc}: {seen} vs {d}");
            }
            continue;
        }
        depth[pc] = Some(d);
        max = max.max(d);
        let ins = code[pc];
        if let Some(e) = handler_of(pc) {
            let hd = e.depth as i32 + e.lasti as i32 + 1;
            max = max.max(hd);
            work.push((e.target as usize, hd));
        }
        let next = d + ins.op.stack_effect(ins.arg, false);
        max = max.max(next);
        match ins.op.flow() {
            Flow::Next => work.push((pc + 1, next)),
            Flow::Branch => {
                work.push((pc + 1, next));
                let j = d + ins.op.stack_effect(ins.arg, true);
                max = max.max(j);
                work.push((ins.arg as usize, j));
            }
            Flow::Jump => work.push((ins.arg as usize, next)),
            Flow::Exit => {}
        }
    }
    max.max(0) as u32
}
