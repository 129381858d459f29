//! Optimizer tests in PyPy's style: trace in, expected trace out (log syntax), compared
//! up to renaming, with a side-by-side diff on failure; every runnable case is also run
//! through the reference evaluator before and after optimization (same exit, same resume
//! values). `COIL_BLESS=1` rewrites the expected sections. `COIL_CASE=substr` filters.
//!
//! Case file format (`tests/cases/*.test`, several cases per file):
//! ```text
//! === name of the case
//! opts: intbounds:rewrite        (optional; default: all passes)
//! stats: guards_removed=1 ...    (optional; counters that must match)
//! norun                          (optional; skip the evaluator comparison)
//! [input]
//! ...trace...
//! [expected]
//! ...trace, or INVALID...
//! ```

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use coil_ir::{
    equivalent, parse, verify, Descr, ExitKind, Machine, Opcode, Opnd, Trace, Type, Val,
};
use coil_opt::{optimize_with, OptError, DEFAULT_ENABLE_OPTS};

struct Case {
    name: String,
    opts: String,
    stats: Vec<(String, u64)>,
    norun: bool,
    input: String,
    expected: String,
    /// Line range of the expected text in the file (for blessing).
    exp_start: usize,
    exp_end: usize,
}

fn parse_cases(text: &str) -> Vec<Case> {
    let lines: Vec<&str> = text.lines().collect();
    let mut cases = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(name) = lines[i].strip_prefix("===") else {
            i += 1;
            continue;
        };
        let mut c = Case {
            name: name.trim().to_string(),
            opts: DEFAULT_ENABLE_OPTS.to_string(),
            stats: vec![],
            norun: false,
            input: String::new(),
            expected: String::new(),
            exp_start: 0,
            exp_end: 0,
        };
        i += 1;
        let mut section = "";
        while i < lines.len() && !lines[i].starts_with("===") {
            let l = lines[i];
            match l.trim() {
                "[input]" => section = "input",
                "[expected]" => {
                    section = "expected";
                    c.exp_start = i + 1;
                }
                t if section.is_empty() => {
                    if let Some(o) = t.strip_prefix("opts:") {
                        c.opts = o.trim().to_string();
                    } else if let Some(s) = t.strip_prefix("stats:") {
                        for kv in s.split_whitespace() {
                            if let Some((k, v)) = kv.split_once('=') {
                                c.stats
                                    .push((k.to_string(), v.parse().expect("stats value")));
                            }
                        }
                    } else if t == "norun" {
                        c.norun = true;
                    }
                }
                _ if section == "input" => {
                    c.input += l;
                    c.input.push('\n');
                }
                _ => {
                    c.expected += l;
                    c.expected.push('\n');
                }
            }
            i += 1;
        }
        c.exp_end = i;
        cases.push(c);
    }
    cases
}

/// Canonical form: value names, guard descrs and target tokens renumbered by first
/// appearance; blank lines and surrounding spaces dropped.
fn canon(text: &str) -> Vec<String> {
    let mut names: std::collections::HashMap<String, String> = Default::default();
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut s = String::new();
        let b: Vec<char> = line.chars().collect();
        let mut k = 0;
        while k < b.len() {
            let c = b[k];
            if c.is_ascii_alphabetic() || c == '_' {
                let st = k;
                while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == '_') {
                    k += 1;
                }
                let w: String = b[st..k].iter().collect();
                let prev_ok = st == 0 || !(b[st - 1] == '.' || b[st - 1].is_ascii_alphanumeric());
                let is_val = w.len() > 1
                    && matches!(w.as_bytes()[0], b'i' | b'p' | b'f')
                    && w[1..].bytes().all(|x| x.is_ascii_digit())
                    && prev_ok;
                if is_val || w.starts_with("Guard0x") {
                    let kind = if is_val {
                        w[..1].to_string()
                    } else {
                        "Guard0x".to_string()
                    };
                    let n = names.len();
                    let r = names
                        .entry(format!("{kind}:{w}"))
                        .or_insert_with(|| format!("{kind}#{n}"))
                        .clone();
                    s += &r;
                } else if w == "TargetToken" && k < b.len() && b[k] == '(' {
                    let st2 = k + 1;
                    let mut e = st2;
                    while e < b.len() && b[e].is_ascii_digit() {
                        e += 1;
                    }
                    let num: String = b[st2..e].iter().collect();
                    let n = names.len();
                    let r = names
                        .entry(format!("T:{num}"))
                        .or_insert_with(|| format!("T#{n}"))
                        .clone();
                    s += &format!("TargetToken({r}");
                    k = e;
                } else {
                    s += &w;
                }
            } else {
                s.push(c);
                k += 1;
            }
        }
        out.push(s);
    }
    out
}

fn side_by_side(exp: &str, got: &str) -> String {
    let e: Vec<&str> = exp.lines().filter(|l| !l.trim().is_empty()).collect();
    let g: Vec<&str> = got.lines().filter(|l| !l.trim().is_empty()).collect();
    let ce = canon(exp);
    let cg = canon(got);
    let w = e.iter().map(|l| l.len()).max().unwrap_or(8).min(70);
    let mut s = format!("{:<w$} | {}\n", "EXPECTED", "GOT");
    for k in 0..e.len().max(g.len()) {
        let l = e.get(k).copied().unwrap_or("");
        let r = g.get(k).copied().unwrap_or("");
        let same = ce.get(k) == cg.get(k);
        let l: String = l.chars().take(w).collect();
        let _ = writeln!(s, "{:<w$} {} {}", l, if same { "|" } else { "*" }, r);
    }
    s
}

/// Builds identical heaps and inputs for input set `k`.
fn setup(t: &Trace, m: &mut Machine, k: usize) -> Vec<Val> {
    let n = t.num_inputs();
    let mut vals = Vec::new();
    for i in 0..n {
        let ty = t.ops[i].ty;
        let me = Opnd::Ref(coil_ir::IrRef::new(i));
        vals.push(match ty {
            Type::Int => Val::Int(match k {
                0 => 0,
                1 => i as i64 + 1,
                2 => 10 * (i as i64 + 1) - 37,
                _ => i64::MAX - i as i64,
            }),
            Type::Float => Val::float(1.5 * (i as f64 + 1.0) + k as f64),
            _ => {
                // Shape the object after what the trace does with it.
                let mut layout = 0u32;
                let mut array = None;
                for op in &t.ops {
                    if op.args.first() != Some(&me) {
                        continue;
                    }
                    match op.opcode {
                        Opcode::GuardClass | Opcode::GuardNonnullClass if layout == 0 => {
                            if let Some(c) = t.as_const(op.args[1]) {
                                layout = c.bits() as u32;
                            }
                        }
                        Opcode::GetarrayitemGcI
                        | Opcode::GetarrayitemGcR
                        | Opcode::GetarrayitemGcF
                        | Opcode::SetarrayitemGc
                        | Opcode::ArraylenGc => {
                            if let Descr::Array(a) = op.descr {
                                array = Some(t.descrs.a(a).clone());
                            }
                        }
                        _ => {}
                    }
                }
                let is_array = array.is_some();
                let addr = match array {
                    Some(a) => {
                        let p = m.heap.alloc_array(a.layout, a.item_ty, 8);
                        if a.item_ty == Type::Int {
                            if let Some(Some(items)) = m.heap.get_mut(p).map(|o| o.items.as_mut()) {
                                for (j, it) in items.iter_mut().enumerate() {
                                    *it = Val::Int(j as i64 + k as i64);
                                }
                            }
                        }
                        p
                    }
                    None => m.heap.alloc(layout),
                };
                if k == 3 && !is_array {
                    // Objects pointing at each other.
                    if let Some(o) = m.heap.get_mut(addr) {
                        o.fields.insert(8, Val::Int(7));
                    }
                }
                Val::Ref(addr)
            }
        });
    }
    vals
}

fn run_compare(orig: &Trace, opt: &Trace) -> Result<usize, String> {
    let mut compared = 0;
    for k in 0..4 {
        let mut ma = Machine::new();
        ma.max_iterations = 100;
        let ia = setup(orig, &mut ma, k);
        let Ok(ea) = ma.run(orig, &ia) else { continue };
        if ea.kind == ExitKind::IterationLimit {
            continue;
        }
        let mut mb = Machine::new();
        mb.max_iterations = 1000;
        let ib = setup(orig, &mut mb, k);
        let eb = mb
            .run(opt, &ib)
            .map_err(|e| format!("input set {k}: optimized trace fails to run: {e}"))?;
        equivalent((&ea, &ma), (&eb, &mb), &ia)
            .map_err(|e| format!("input set {k}: {e}\n  original: {ea:?}\n  optimized: {eb:?}"))?;
        compared += 1;
    }
    Ok(compared)
}

fn main() {
    let bless = std::env::var("COIL_BLESS").is_ok_and(|v| v == "1");
    let filter = std::env::var("COIL_CASE").ok();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "test"))
        .collect();
    files.sort();
    let (mut passed, mut failed, mut ran) = (0, Vec::new(), 0);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read case file");
        let cases = parse_cases(&text);
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        let fname = file
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        for c in &cases {
            if filter
                .as_ref()
                .is_some_and(|f| !c.name.contains(f.as_str()))
            {
                continue;
            }
            let label = format!("{fname}: {}", c.name);
            let input = match parse(&c.input) {
                Ok(t) => t,
                Err(e) => {
                    failed.push(format!("{label}: input does not parse: {e}"));
                    continue;
                }
            };
            if let Err(e) = verify(&input) {
                failed.push(format!("{label}: input does not verify: {e}"));
                continue;
            }
            let result = optimize_with(&input, &c.opts);
            let got = match &result {
                Ok((t, _)) => t.print(),
                Err(OptError::Invalid(_)) => "INVALID\n".to_string(),
                Err(e) => {
                    failed.push(format!("{label}: optimizer error: {e}"));
                    continue;
                }
            };
            let mut ok = true;
            if canon(&got) != canon(&c.expected) {
                if bless {
                    edits.push((c.exp_start, c.exp_end, got.clone()));
                } else {
                    failed.push(format!(
                        "{label}: output differs\n{}",
                        side_by_side(&c.expected, &got)
                    ));
                    ok = false;
                }
            }
            if let Ok((opt, stats)) = &result {
                for (k, v) in &c.stats {
                    match stats.by_name(k) {
                        Some(x) if x == *v => {}
                        Some(x) => {
                            failed.push(format!("{label}: stat {k} is {x}, expected {v}\n{stats}"));
                            ok = false;
                        }
                        None => {
                            failed.push(format!("{label}: unknown stat {k}"));
                            ok = false;
                        }
                    }
                }
                if !c.norun {
                    match run_compare(&input, opt) {
                        Ok(n) => ran += n,
                        Err(e) => {
                            failed.push(format!("{label}: evaluator disagrees: {e}\n{got}"));
                            ok = false;
                        }
                    }
                }
            }
            if ok {
                passed += 1;
            }
        }
        if bless && !edits.is_empty() {
            for (st, en, got) in edits.into_iter().rev() {
                let mut new: Vec<String> = got.lines().map(String::from).collect();
                new.push(String::new());
                lines.splice(st..en, new);
            }
            let mut s = lines.join("\n");
            s.push('\n');
            std::fs::write(&file, s).expect("write blessed file");
        }
    }
    for f in &failed {
        println!("FAIL {f}\n");
    }
    println!(
        "opt cases: {passed} passed, {} failed, {ran} evaluator comparisons",
        failed.len()
    );
    if !failed.is_empty() {
        std::process::exit(1);
    }
}
