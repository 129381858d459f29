//! `time` additions to the VM's core time module: time_ns, monotonic_ns, struct_time,
//! gmtime, localtime (TZif zone files), mktime, strftime, asctime, ctime, timezone names.
//!
//! Local time follows `TZ` (a zone name under /usr/share/zoneinfo, `:path`, or `UTC`) or
//! /etc/localtime, read as TZif; instants past the last transition use its offset.

use super::exec_source;
use crate::builtins::arity;
use crate::heap::has_layout;
use crate::layout::LayoutId;
use crate::objects::float::{float_value, is_float};
use crate::objects::int::{as_int, Int};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

const STRUCT_TIME: &str = r#"
_names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
          'tm_wday', 'tm_yday', 'tm_isdst')


def _check(seq):
    n = len(seq)
    if n < 9:
        raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
    if n > 11:
        raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
    return seq[9:] + (None, None)


def _repr(self):
    return 'time.struct_time(' + ', '.join(
        '%s=%r' % (n, v) for n, v in zip(_names, self)) + ')'


try:
    class struct_time(tuple):
        def __new__(cls, sequence, dict=None):
            seq = tuple(sequence)
            extra = _check(seq)
            self = tuple.__new__(cls, seq[:9])
            self._zone = extra[0]
            self._gmtoff = extra[1]
            return self
except NotImplementedError:
    # Until the VM subclasses tuple: a sequence-like class over a 9-tuple.
    class struct_time:
        __hash__ = None

        def __init__(self, sequence, dict=None):
            seq = tuple(sequence)
            extra = _check(seq)
            self._t = seq[:9]
            self._zone = extra[0]
            self._gmtoff = extra[1]

        def __len__(self):
            return 9

        def __getitem__(self, i):
            return self._t[i]

        def __iter__(self):
            return iter(self._t)

        def __eq__(self, other):
            if isinstance(other, struct_time):
                other = other._t
            return self._t == other

        def __ne__(self, other):
            return not self == other

        def __lt__(self, other):
            return self._t < tuple(other)

        def __hash__(self):
            return hash(self._t)

        def count(self, x):
            return self._t.count(x)

        def index(self, x):
            return self._t.index(x)

struct_time.n_sequence_fields = 9
struct_time.n_fields = 11
struct_time.n_unnamed_fields = 0
for _i, _n in enumerate(_names):
    setattr(struct_time, _n, property(lambda self, _i=_i: self[_i]))
struct_time.tm_zone = property(lambda self: self._zone)
struct_time.tm_gmtoff = property(lambda self: self._gmtoff)
struct_time.__repr__ = _repr
struct_time.__reduce__ = lambda self: (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))
struct_time.__module__ = 'time'
del _i, _n
"#;

/// One broken-down time (what struct_time holds).
#[derive(Clone, Debug, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday == 0.
    pub wday: i64,
    /// 1-based.
    pub yday: i64,
    pub isdst: i64,
    pub zone: String,
    pub gmtoff: i64,
}

/// Days since 1970-01-01 -> (year, month, day) (proleptic Gregorian).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) -> days since 1970-01-01.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Break down `t` seconds since the epoch shifted by `off` seconds.
pub fn breakdown(t: i64, off: i64, isdst: i64, zone: &str) -> Tm {
    let s = t + off;
    let days = s.div_euclid(86400);
    let rem = s.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    Tm {
        year: y,
        mon: m,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(y, 1, 1) + 1,
        isdst,
        zone: zone.to_string(),
        gmtoff: off,
    }
}

/// A parsed TZif zone: transitions (time, type index) and types (offset, isdst, abbr).
pub struct Zone {
    pub trans: Vec<(i64, usize)>,
    pub types: Vec<(i64, bool, String)>,
}

impl Zone {
    pub fn utc() -> Zone {
        Zone {
            trans: Vec::new(),
            types: vec![(0, false, "UTC".into())],
        }
    }

    /// Parse TZif data (the 64-bit section of v2+ files, else v1).
    pub fn parse(b: &[u8]) -> Option<Zone> {
        fn be32(b: &[u8], i: usize) -> Option<i64> {
            Some(i32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?) as i64)
        }
        fn be64(b: &[u8], i: usize) -> Option<i64> {
            Some(i64::from_be_bytes(b.get(i..i + 8)?.try_into().ok()?))
        }
        if b.get(..4)? != b"TZif" {
            return None;
        }
        let counts = |at: usize| -> Option<[usize; 6]> {
            let mut c = [0usize; 6];
            for (k, slot) in c.iter_mut().enumerate() {
                *slot = be32(b, at + 20 + 4 * k)? as usize;
            }
            Some(c)
        };
        let c1 = counts(0)?;

        // Layout of a data block: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
        let (base, c, tsize) = if b[4] >= b'2' {
            let v1_size = c1[3] * 4 + c1[3] + c1[4] * 6 + c1[5] + c1[2] * 8 + c1[1] + c1[0];
            let at = 44 + v1_size;
            (at, counts(at)?, 8)
        } else {
            (0, c1, 4)
        };
        let [_isut, _isstd, _leap, timecnt, typecnt, charcnt] = c;
        let mut p = base + 44;
        let mut times = Vec::with_capacity(timecnt);
        for _ in 0..timecnt {
            times.push(if tsize == 8 { be64(b, p)? } else { be32(b, p)? });
            p += tsize;
        }
        let mut idx = Vec::with_capacity(timecnt);
        for _ in 0..timecnt {
            idx.push(*b.get(p)? as usize);
            p += 1;
        }
        let mut raw = Vec::with_capacity(typecnt);
        for _ in 0..typecnt {
            let off = be32(b, p)?;
            let dst = *b.get(p + 4)? != 0;
            let ai = *b.get(p + 5)? as usize;
            raw.push((off, dst, ai));
            p += 6;
        }
        let chars = b.get(p..p + charcnt)?;
        let types = raw
            .into_iter()
            .map(|(off, dst, ai)| {
                let s = chars.get(ai..).unwrap_or(&[]);
                let end = s.iter().position(|&c| c == 0).unwrap_or(s.len());
                (off, dst, String::from_utf8_lossy(&s[..end]).into_owned())
            })
            .collect::<Vec<_>>();
        if types.is_empty() || idx.iter().any(|&i| i >= types.len()) {
            return None;
        }
        Some(Zone {
            trans: times.into_iter().zip(idx).collect(),
            types,
        })
    }

    /// The local zone: TZ or /etc/localtime; UTC when neither can be read.
    pub fn local() -> Zone {
        let path = match std::env::var("TZ") {
            Ok(tz) if tz.is_empty() || tz == "UTC" || tz == "UTC0" || tz == "GMT" => {
                return Zone::utc()
            }
            Ok(tz) => {
                let t = tz.trim_start_matches(':');
                if t.starts_with('/') {
                    t.to_string()
                } else {
                    format!("/usr/share/zoneinfo/{t}")
                }
            }
            Err(_) => "/etc/localtime".to_string(),
        };
        std::fs::read(path)
            .ok()
            .and_then(|b| Zone::parse(&b))
            .unwrap_or_else(Zone::utc)
    }

    /// The type in force at `t`.
    pub fn at(&self, t: i64) -> &(i64, bool, String) {
        match self.trans.iter().rposition(|&(tt, _)| tt <= t) {
            Some(i) => &self.types[self.trans[i].1],
            None => {
                // Before the first transition: the first standard-time type.
                self.types.iter().find(|ty| !ty.1).unwrap_or(&self.types[0])
            }
        }
    }

    /// Standard and daylight (offset, name) as time.timezone/tzname report them.
    fn std_dst(&self) -> ((i64, String), Option<(i64, String)>) {
        let mut std = None;
        let mut dst = None;
        for &(_, i) in self.trans.iter().rev() {
            let ty = &self.types[i];
            if ty.1 && dst.is_none() {
                dst = Some((ty.0, ty.2.clone()));
            }
            if !ty.1 && std.is_none() {
                std = Some((ty.0, ty.2.clone()));
            }
        }
        let std = std.unwrap_or_else(|| {
            let t = self.at(i64::MIN);
            (t.0, t.2.clone())
        });
        (std, dst)
    }
}

fn struct_time_cls(vm: &mut Vm) -> Option<Value> {
    let m = super::existing_module(vm, "time")?;
    let d = vm.module_dict(m);
    let k = vm.intern("struct_time");
    vm.dict_get_str(d, k)
}

fn make_struct(vm: &mut Vm, tm: &Tm) -> PyResult {
    let z = vm.new_str(&tm.zone);
    let vals = [
        Value::small(tm.year),
        Value::small(tm.mon),
        Value::small(tm.mday),
        Value::small(tm.hour),
        Value::small(tm.min),
        Value::small(tm.sec),
        Value::small(tm.wday),
        Value::small(tm.yday),
        Value::small(tm.isdst),
        z,
        Value::small(tm.gmtoff),
    ];
    let t = vm.new_tuple(&vals);
    match struct_time_cls(vm) {
        Some(c) => vm.call(c, &[t]),
        None => Ok(t),
    }
}

/// The seconds argument of gmtime/localtime/ctime (None or absent = now).
fn secs_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        None => Ok(now_secs()),
        Some(v) if v.is_none() => Ok(now_secs()),
        Some(&v) => {
            if is_float(v) {
                let f = float_value(v);
                if f.is_nan() {
                    return Err(vm.value_error("Invalid value NaN (not a number)"));
                }
                if !(-1e18..=1e18).contains(&f) {
                    return Err(vm.overflow_error("timestamp out of range for platform time_t"));
                }
                return Ok(f.floor() as i64);
            }
            match as_int(v) {
                Some(Int::S(n)) if n.abs() < 1 << 55 => Ok(n),
                Some(_) => Err(vm.overflow_error("timestamp out of range for platform time_t")),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
                }
            }
        }
    }
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn local_tm(t: i64) -> Tm {
    let z = Zone::local();
    let (off, dst, name) = z.at(t).clone();
    breakdown(t, off, dst as i64, &name)
}

fn t_gmtime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "gmtime", args, 0, 1)?;
    let t = secs_arg(vm, args)?;
    let tm = breakdown(t, 0, 0, "GMT");
    make_struct(vm, &tm)
}

fn t_localtime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "localtime", args, 0, 1)?;
    let t = secs_arg(vm, args)?;
    let tm = local_tm(t);
    make_struct(vm, &tm)
}

/// A struct_time or 9-tuple argument -> Tm (zone/gmtoff from struct_time when present).
fn tm_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Tm> {
    let st = struct_time_cls(vm).unwrap_or(vm.types.tuple);
    if !has_layout(v, LayoutId::Tuple) && !vm.isinstance(v, vm.types.tuple) && !vm.isinstance(v, st)
    {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("Tuple or struct_time argument required, not {tn}")));
    }
    let items = vm.collect_iterable(v)?;
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (i, &x) in items.iter().enumerate() {
        n[i] = match as_int(x) {
            Some(Int::S(k)) => k,
            _ => {
                let tn = vm.type_name(x);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        };
    }
    let zk = vm.intern("_zone");
    let gk = vm.intern("_gmtoff");
    let (mut zone, mut gmtoff) = (String::new(), 0);
    if has_layout(v, LayoutId::Instance) {
        if let Some(z) = vm.instance_get(v, zk) {
            if crate::objects::str::is_str(z) {
                zone = crate::objects::str::text(z).to_string();
            }
        }
        if let Some(Int::S(g)) = vm.instance_get(v, gk).and_then(as_int) {
            gmtoff = g;
        }
    }
    Ok(Tm {
        year: n[0],
        mon: n[1],
        mday: n[2],
        hour: n[3],
        min: n[4],
        sec: n[5],
        wday: n[6],
        yday: n[7],
        isdst: n[8],
        zone,
        gmtoff,
    })
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}
fn mon_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon - 1).clamp(0, 11) as usize]
}

/// ISO 8601 week-based year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wday = tm.wday.rem_euclid(7); // Monday 0
    let yday = tm.yday - 1;
    let mut year = tm.year;
    let mut week = (yday - wday + 10) / 7;
    if week < 1 {
        year -= 1;
        let days = if is_leap(year) { 366 } else { 365 };
        week = (yday + days - wday + 10) / 7;
    } else {
        let days = if is_leap(year) { 366 } else { 365 };
        if week == 53 && (yday - wday + 10 - days) / 7 >= 1 {
            year += 1;
            week = 1;
        }
    }
    (year, week)
}

/// strftime over the C locale's directives.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut it = fmt.chars().peekable();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let sunday0 = (tm.wday + 1).rem_euclid(7);
        match d {
            'a' => out.push_str(&day_name(tm)[..3]),
            'A' => out.push_str(day_name(tm)),
            'b' | 'h' => out.push_str(&mon_name(tm)[..3]),
            'B' => out.push_str(mon_name(tm)),
            'c' => out.push_str(&strftime("%a %b %e %H:%M:%S %Y", tm)),
            'C' => out.push_str(&format!("{:02}", tm.year.div_euclid(100))),
            'd' => out.push_str(&format!("{:02}", tm.mday)),
            'D' => out.push_str(&strftime("%m/%d/%y", tm)),
            'e' => out.push_str(&format!("{:2}", tm.mday)),
            'F' => out.push_str(&strftime("%Y-%m-%d", tm)),
            'g' => out.push_str(&format!("{:02}", iso_week(tm).0.rem_euclid(100))),
            'G' => out.push_str(&iso_week(tm).0.to_string()),
            'H' => out.push_str(&format!("{:02}", tm.hour)),
            'I' => out.push_str(&format!("{:02}", (tm.hour + 11) % 12 + 1)),
            'j' => out.push_str(&format!("{:03}", tm.yday)),
            'k' => out.push_str(&format!("{:2}", tm.hour)),
            'l' => out.push_str(&format!("{:2}", (tm.hour + 11) % 12 + 1)),
            'm' => out.push_str(&format!("{:02}", tm.mon)),
            'M' => out.push_str(&format!("{:02}", tm.min)),
            'n' => out.push('\n'),
            'p' => out.push_str(if tm.hour < 12 { "AM" } else { "PM" }),
            'r' => out.push_str(&strftime("%I:%M:%S %p", tm)),
            'R' => out.push_str(&strftime("%H:%M", tm)),
            'S' => out.push_str(&format!("{:02}", tm.sec)),
            't' => out.push('\t'),
            'T' => out.push_str(&strftime("%H:%M:%S", tm)),
            'u' => out.push_str(&(tm.wday.rem_euclid(7) + 1).to_string()),
            'U' => out.push_str(&format!("{:02}", (tm.yday - 1 + 7 - sunday0) / 7)),
            'V' => out.push_str(&format!("{:02}", iso_week(tm).1)),
            'w' => out.push_str(&sunday0.to_string()),
            'W' => out.push_str(&format!(
                "{:02}",
                (tm.yday - 1 + 7 - tm.wday.rem_euclid(7)) / 7
            )),
            'x' => out.push_str(&strftime("%m/%d/%y", tm)),
            'X' => out.push_str(&strftime("%H:%M:%S", tm)),
            'y' => out.push_str(&format!("{:02}", tm.year.rem_euclid(100))),
            'Y' => out.push_str(&tm.year.to_string()),
            'z' => {
                let g = tm.gmtoff;
                let sign = if g < 0 { '-' } else { '+' };
                let a = g.abs();
                out.push_str(&format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60));
            }
            'Z' => out.push_str(&tm.zone),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

fn asctime(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &mon_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn checked_tm(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<Tm> {
    match v {
        None => Ok(local_tm(now_secs())),
        Some(v) => {
            let mut tm = tm_arg(vm, v, fname)?;
            if !(1..=12).contains(&tm.mon) && tm.mon != 0 {
                return Err(vm.value_error("month out of range"));
            }
            if !(0..=23).contains(&tm.hour) {
                return Err(vm.value_error("hour out of range"));
            }
            if !(0..=59).contains(&tm.min) {
                return Err(vm.value_error("minute out of range"));
            }
            if !(0..=61).contains(&tm.sec) {
                return Err(vm.value_error("seconds out of range"));
            }
            if tm.wday < 0 {
                return Err(vm.value_error("day of week out of range"));
            }
            if !(0..=366).contains(&tm.yday) {
                return Err(vm.value_error("day of year out of range"));
            }
            tm.mon = tm.mon.max(1);
            tm.mday = tm.mday.max(1);
            tm.yday = tm.yday.max(1);
            Ok(tm)
        }
    }
}

fn t_strftime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "strftime", args, 1, 2)?;
    if !crate::objects::str::is_str(args[0]) {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {tn}")));
    }
    let fmt = crate::objects::str::text(args[0]).to_string();
    let tm = checked_tm(vm, args.get(1).copied(), "strftime")?;
    let s = strftime(&fmt, &tm);
    Ok(vm.new_str(&s))
}

fn t_asctime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "asctime", args, 0, 1)?;
    let tm = checked_tm(vm, args.first().copied(), "asctime")?;
    let s = asctime(&tm);
    Ok(vm.new_str(&s))
}

fn t_ctime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "ctime", args, 0, 1)?;
    let t = secs_arg(vm, args)?;
    let s = asctime(&local_tm(t));
    Ok(vm.new_str(&s))
}

fn t_mktime(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "mktime", args, 1, 1)?;
    let tm = tm_arg(vm, args[0], "mktime")?;
    // Normalise month overflow, then search the offset in force at the local instant.
    let y = tm.year + (tm.mon - 1).div_euclid(12);
    let m = (tm.mon - 1).rem_euclid(12) + 1;
    let local = days_from_civil(y, m, 1) * 86400
        + (tm.mday - 1) * 86400
        + tm.hour * 3600
        + tm.min * 60
        + tm.sec;
    let z = Zone::local();
    let mut t = local - z.at(local).0;
    t = local - z.at(t).0;
    Ok(vm.new_float(t as f64))
}

fn t_time_ns(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(vm.new_int(t))
}

fn t_monotonic_ns(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let t = vm.start_time.elapsed().as_nanos() as i64;
    Ok(vm.new_int(t))
}

fn t_process_time_ns(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(vm.new_int(crate::heap::process_cpu_time_ns()))
}

pub fn install(vm: &mut Vm) {
    let Some(m) = super::existing_module(vm, "time") else {
        return;
    };
    let d = vm.module_dict(m);
    let fns: &[(&'static str, NativeFn)] = &[
        ("time_ns", t_time_ns),
        ("monotonic_ns", t_monotonic_ns),
        ("process_time_ns", t_process_time_ns),
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("mktime", t_mktime),
        ("strftime", t_strftime),
        ("asctime", t_asctime),
        ("ctime", t_ctime),
    ];
    for &(n, f) in fns {
        let k = vm.intern(n);
        if vm.dict_get_str(d, k).is_none() {
            vm.def_fn(d, n, f);
        }
    }
    let z = Zone::local();
    let ((std_off, std_name), dst) = z.std_dst();
    vm.def_value(d, "timezone", Value::small(-std_off));
    let (alt, dst_name, daylight) = match dst {
        Some((o, n)) => (-o, n, 1),
        None => (-std_off, std_name.clone(), 0),
    };
    vm.def_value(d, "altzone", Value::small(alt));
    vm.def_value(d, "daylight", Value::small(daylight));
    let a = vm.new_str(&std_name);
    let b = vm.new_str(&dst_name);
    let names = vm.new_tuple(&[a, b]);
    vm.def_value(d, "tzname", names);
    let _ = exec_source(vm, d, STRUCT_TIME, "<time>");
    super::set_class_module(vm, d, "struct_time", "time");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_weekday() {
        for days in [-800_000i64, -1, 0, 59, 365, 11_016, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        let tm = breakdown(1_000_000_000, 0, 0, "UTC");
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday),
            (2001, 9, 9, 1, 46, 40, 6, 252)
        );
        assert_eq!(asctime(&tm), "Sun Sep  9 01:46:40 2001");
        assert_eq!(
            strftime("%Y-%m-%d %j %U %W %V %%", &tm),
            "2001-09-09 252 36 36 36 %"
        );
    }
}
