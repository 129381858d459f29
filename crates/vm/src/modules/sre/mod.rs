//! `_coil_re`: the native half of lib/re.py. `compile` turns the pattern's instruction
//! list into a word program (bytes, kept on the Pattern); `match`, `search` and `scan`
//! run it over a str (ASCII strs and bytes-likes as bytes, other strs as code points) and
//! return mark lists (group slots, loop registers, lastindex last; slot 0/1 the match).

mod chars;
mod engine;
mod prog;

use crate::objects::bytes::bytes_like;
use crate::objects::int::{as_int, Int};
use crate::objects::str as pystr;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};
use engine::{Ch, Interrupted, Machine};
use prog::Prog;

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "_coil_re").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "_coil_re");
    vm.def_fn(d, "compile", compile);
    vm.def_fn(d, "match", match_);
    vm.def_fn(d, "search", search);
    vm.def_fn(d, "scan", scan);
}

fn compile(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    prog::compile(vm, args)
}

fn int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match as_int(v) {
        Some(Int::S(n)) => Ok(n),
        Some(Int::B(b)) => Ok(if *b < dashu_int::IBig::ZERO {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => Err(vm.type_error("_coil_re: expected an int")),
    }
}

/// A position argument, clamped to `[0, n]` (callers pass clamped values already).
fn position(vm: &mut Vm, v: Value, n: usize) -> PyResult<usize> {
    Ok(int(vm, v)?.clamp(0, n as i64) as usize)
}

/// The subject as code points: borrowed bytes or decoded chars.
enum Subject<'a> {
    Bytes(&'a [u8]),
    Chars(Vec<u32>),
}

fn subject<'a>(vm: &mut Vm, v: Value) -> PyResult<Subject<'a>> {
    if pystr::is_str(v) {
        if pystr::is_ascii(v) {
            return Ok(Subject::Bytes(crate::heap::str_bytes(v)));
        }
        return Ok(Subject::Chars(
            pystr::text(v).chars().map(|c| c as u32).collect(),
        ));
    }
    match bytes_like(v) {
        Some(b) => Ok(Subject::Bytes(b)),
        None => Err(vm.type_error("_coil_re: expected str or bytes")),
    }
}

fn interrupted(vm: &mut Vm, _: Interrupted) -> crate::vm::Raised {
    crate::interp::eval::INTERRUPTED.store(false, std::sync::atomic::Ordering::Relaxed);
    let cls = vm.exc_type("KeyboardInterrupt");
    let e = vm.new_exception(cls, &[]);
    vm.raise(e)
}

fn marks_list(vm: &mut Vm, marks: &[i64]) -> Value {
    let items: Vec<Value> = marks.iter().map(|&m| Value::small(m)).collect();
    vm.new_list(&items)
}

/// What to do with a program and a subject (the decoded arguments of a call).
enum Job {
    Match { full: bool, forbid: i64 },
    Search { forbid: i64 },
    Scan { forbid: i64, limit: usize },
}

/// Run `job`: a mark list or None (Match, Search), a list of mark lists (Scan).
fn run_job<T: Ch>(vm: &mut Vm, prog: &Prog, s: &[T], pos: usize, end: usize, job: Job) -> PyResult {
    let mut m = Machine::new(prog, s, end);
    let mut marks = vec![-1i64; prog.nslots.max(3)];
    let r = match job {
        Job::Match { full, forbid } => m
            .run(prog.main, pos, &mut marks, full, forbid)
            .map(|r| r.map(|e| (pos, e))),
        Job::Search { forbid } => m.search(pos, &mut marks, forbid),
        Job::Scan { mut forbid, limit } => {
            let mut out = Vec::new();
            let mut pos = pos;
            while pos <= end && out.len() < limit {
                match m.search(pos, &mut marks, forbid) {
                    Err(e) => return Err(interrupted(vm, e)),
                    Ok(None) => break,
                    Ok(Some((a, b))) => {
                        marks[0] = a as i64;
                        marks[1] = b as i64;
                        out.push(marks_list(vm, &marks));
                        marks.fill(-1);
                        pos = b;
                        forbid = if a == b { b as i64 } else { -1 };
                    }
                }
            }
            return Ok(vm.new_list(&out));
        }
    };
    match r {
        Err(e) => Err(interrupted(vm, e)),
        Ok(None) => Ok(Value::none()),
        Ok(Some((a, b))) => {
            marks[0] = a as i64;
            marks[1] = b as i64;
            Ok(marks_list(vm, &marks))
        }
    }
}

/// Common decoding: (program, subject, pos, end) then the job.
fn dispatch(vm: &mut Vm, args: &[Value], job: impl FnOnce(&mut Vm) -> PyResult<Job>) -> PyResult {
    if args.len() < 4 {
        return Err(vm.type_error("_coil_re: missing arguments"));
    }
    let prog = Prog::load(vm, args[0])?;
    let subj = subject(vm, args[1])?;
    let n = match &subj {
        Subject::Bytes(b) => b.len(),
        Subject::Chars(c) => c.len(),
    };
    let pos = position(vm, args[2], n)?;
    let end = position(vm, args[3], n)?;
    let job = job(vm)?;
    match &subj {
        Subject::Bytes(b) => run_job(vm, &prog, b, pos, end, job),
        Subject::Chars(c) => run_job(vm, &prog, c, pos, end, job),
    }
}

/// `match(prog, s, pos, end, full, forbid)`.
fn match_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dispatch(vm, args, |vm| {
        let (Some(&f), Some(&fb)) = (args.get(4), args.get(5)) else {
            return Err(vm.type_error("_coil_re.match: missing arguments"));
        };
        Ok(Job::Match {
            full: int(vm, f)? != 0,
            forbid: int(vm, fb)?,
        })
    })
}

/// `search(prog, s, pos, end, forbid)`.
fn search(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dispatch(vm, args, |vm| {
        let Some(&fb) = args.get(4) else {
            return Err(vm.type_error("_coil_re.search: missing arguments"));
        };
        Ok(Job::Search {
            forbid: int(vm, fb)?,
        })
    })
}

/// `scan(prog, s, pos, end, forbid, limit)`: up to `limit` successive matches (the
/// finditer rules: after an empty match the next may not be empty at the same place).
fn scan(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    dispatch(vm, args, |vm| {
        let (Some(&fb), Some(&l)) = (args.get(4), args.get(5)) else {
            return Err(vm.type_error("_coil_re.scan: missing arguments"));
        };
        let forbid = int(vm, fb)?;
        let limit = int(vm, l)?.max(0) as usize;
        Ok(Job::Scan { forbid, limit })
    })
}
