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
    vm.def_fn(d, "sub", sub);
    vm.def_fn(d, "findall", findall);
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
    Chars(std::rc::Rc<Vec<u32>>),
}

thread_local! {
    /// The last non-ASCII str subject decoded to code points, keyed by (address, heap
    /// epoch): lib/re.py's finditer, sub with a function and scanners call in once per
    /// match on the same string, which would otherwise be decoded again each time.
    static DECODED: std::cell::RefCell<(usize, u64, std::rc::Rc<Vec<u32>>)> =
        std::cell::RefCell::new((0, 0, std::rc::Rc::new(Vec::new())));
}

fn subject<'a>(vm: &mut Vm, v: Value) -> PyResult<Subject<'a>> {
    if pystr::is_str(v) {
        if pystr::is_ascii(v) {
            return Ok(Subject::Bytes(crate::heap::str_bytes(v)));
        }
        let epoch = crate::heap::epoch();
        let chars = DECODED.with(|d| {
            let mut d = d.borrow_mut();
            if d.0 != v.addr() || d.1 != epoch {
                let c: Vec<u32> = pystr::text(v)
                    .chars()
                    .map(coil_syntax::strings::char_code_point)
                    .collect();
                *d = (v.addr(), epoch, std::rc::Rc::new(c));
            }
            d.2.clone()
        });
        return Ok(Subject::Chars(chars));
    }
    match bytes_like(v) {
        Some(b) => Ok(Subject::Bytes(b)),
        None => Err(vm.type_error("_coil_re: expected str or bytes")),
    }
}

/// The exception the interpreter's safepoint would raise: SystemExit when the run was
/// cancelled, else KeyboardInterrupt.
fn interrupted(vm: &mut Vm, _: Interrupted) -> crate::vm::Raised {
    use std::sync::atomic::Ordering;
    if vm.cancel.load(Ordering::Relaxed) {
        let cls = vm.exc_type("SystemExit");
        let m = vm.new_str("coil: cancelled (time limit)");
        let e = vm.new_exception(cls, &[m]);
        return vm.raise(e);
    }
    crate::interp::eval::INTERRUPTED.store(false, Ordering::Relaxed);
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
    Match {
        full: bool,
        forbid: i64,
    },
    Search {
        forbid: i64,
    },
    Scan {
        forbid: i64,
        limit: usize,
    },
    Sub {
        template: Vec<Piece>,
        count: usize,
        is_str: bool,
    },
    FindAll {
        groups: usize,
        is_str: bool,
    },
}

/// A slice of the subject as a new str (str subjects) or bytes.
fn slice_value<T: Ch>(vm: &mut Vm, s: &[T], a: i64, b: i64, is_str: bool) -> Value {
    let mut out = Vec::new();
    if a >= 0 && b >= a {
        T::put(&s[a as usize..b as usize], &mut out);
    }
    if is_str {
        match std::str::from_utf8(&out) {
            Ok(t) => vm.new_str(t),
            Err(_) => vm.new_str(""),
        }
    } else {
        vm.new_bytes(&out)
    }
}

/// A piece of a replacement template: literal text (a str or bytes value) or a group.
#[derive(Clone, Copy)]
enum Piece {
    Lit(Value),
    Group(usize),
}

fn piece_bytes<'a>(v: Value) -> &'a [u8] {
    if pystr::is_str(v) {
        return crate::heap::str_bytes(v);
    }
    bytes_like(v).unwrap_or(&[])
}

/// Run `job`: a mark list or None (Match, Search), a list of mark lists (Scan).
fn run_job<T: Ch>(vm: &mut Vm, prog: &Prog, s: &[T], pos: usize, end: usize, job: Job) -> PyResult {
    let mut m = Machine::new(prog, s, end);
    m.cancel = Some(vm.cancel.clone());
    let mut marks = vec![-1i64; prog.nslots.max(3)];
    let r = match job {
        Job::Match { full, forbid } => m
            .run(prog.main, pos, &mut marks, full, forbid)
            .map(|r| r.map(|e| (pos, e))),
        Job::Search { forbid } => m.search(pos, &mut marks, forbid),
        Job::Scan { forbid, limit } => {
            let mut out = Vec::new();
            let r = m.each(pos, forbid, limit, &mut marks, |mk| {
                out.push(marks_list(vm, mk))
            });
            r.map_err(|e| interrupted(vm, e))?;
            return Ok(vm.new_list(&out));
        }
        Job::FindAll { groups, is_str } => {
            let mut out = Vec::new();
            let r = m.each(pos, -1, usize::MAX, &mut marks, |mk| {
                let v = match groups {
                    0 => slice_value(vm, s, mk[0], mk[1], is_str),
                    1 => slice_value(vm, s, mk[2], mk[3], is_str),
                    g => {
                        let items: Vec<Value> = (1..=g)
                            .map(|k| slice_value(vm, s, mk[2 * k], mk[2 * k + 1], is_str))
                            .collect();
                        vm.new_tuple(&items)
                    }
                };
                out.push(v);
            });
            r.map_err(|e| interrupted(vm, e))?;
            return Ok(vm.new_list(&out));
        }
        Job::Sub {
            template,
            count,
            is_str,
        } => {
            let mut out = Vec::new();
            let mut last = 0;
            let mut n = 0i64;
            let r = m.each(pos, -1, count, &mut marks, |mk| {
                let a = mk[0] as usize;
                T::put(&s[last..a], &mut out);
                for piece in &template {
                    match *piece {
                        Piece::Lit(v) => out.extend_from_slice(piece_bytes(v)),
                        Piece::Group(g) => {
                            let (x, y) = (mk[2 * g], mk[2 * g + 1]);
                            if x >= 0 && y >= x {
                                T::put(&s[x as usize..y as usize], &mut out);
                            }
                        }
                    }
                }
                last = mk[1] as usize;
                n += 1;
            });
            r.map_err(|e| interrupted(vm, e))?;
            T::put(&s[last..], &mut out);
            let res = if is_str {
                match String::from_utf8(out) {
                    Ok(t) => vm.new_str(&t),
                    Err(_) => return Err(vm.value_error("_coil_re.sub: bad text")),
                }
            } else {
                vm.new_bytes(&out)
            };
            return Ok(vm.new_tuple(&[res, Value::small(n)]));
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

/// `sub(prog, s, template, count)`: (result, number of replacements). The template is a
/// list of literal parts (str for a str subject, bytes for bytes) and group numbers.
fn sub(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let [prog, s, template, count] = args else {
        return Err(vm.type_error("_coil_re.sub() takes 4 arguments"));
    };
    let n = match subject(vm, *s)? {
        Subject::Bytes(b) => b.len(),
        Subject::Chars(c) => c.len(),
    };
    let is_str = pystr::is_str(*s);
    let nslots = Prog::load(vm, *prog)?.nslots;
    let items: Vec<Value> = if crate::objects::seq::is_list(*template) {
        crate::objects::seq::list_items(*template).to_vec()
    } else {
        return Err(vm.type_error("_coil_re.sub: template must be a list"));
    };
    let mut pieces = Vec::with_capacity(items.len());
    for v in items {
        if let Some(Int::S(g)) = as_int(v) {
            if g < 0 || (2 * g as usize + 1) >= nslots {
                return Err(vm.value_error("_coil_re.sub: bad group"));
            }
            pieces.push(Piece::Group(g as usize));
        } else if pystr::is_str(v) == is_str && (is_str || bytes_like(v).is_some()) {
            pieces.push(Piece::Lit(v));
        } else {
            return Err(vm.type_error("_coil_re.sub: bad template part"));
        }
    }
    let count = match int(vm, *count)? {
        0 => usize::MAX,
        c => c.max(0) as usize,
    };
    let a = [*prog, *s, Value::small(0), Value::small(n as i64)];
    dispatch(vm, &a, |_| {
        Ok(Job::Sub {
            template: pieces,
            count,
            is_str,
        })
    })
}

/// `findall(prog, s, pos, end, groups)`: Pattern.findall's list.
fn findall(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let is_str = args.get(1).is_some_and(|&v| pystr::is_str(v));
    dispatch(vm, args, |vm| {
        let Some(&g) = args.get(4) else {
            return Err(vm.type_error("_coil_re.findall: missing arguments"));
        };
        let groups = int(vm, g)?.max(0) as usize;
        let nslots = Prog::load(vm, args[0])?.nslots;
        if 2 * groups + 1 >= nslots.max(3) && groups > 0 {
            return Err(vm.value_error("_coil_re.findall: bad group count"));
        }
        Ok(Job::FindAll { groups, is_str })
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
