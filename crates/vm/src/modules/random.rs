//! `_random`: the Mersenne Twister core (`Random`: seed, random, getrandbits, getstate,
//! setstate) bit-identical with CPython's Modules/_randommodule.c.
//!
//! The state of an instance is a value array of 625 small ints (the 624 words, then the
//! index) in its hidden state attribute, so it lives on the GC heap with the instance.

use super::{int_arg, receiver, set_state, state};
use crate::builtins::arity;
use crate::heap::{self, has_layout};
use crate::layout::LayoutId;
use crate::objects::float::is_float;
use crate::objects::int::{as_int, Int};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};
use dashu_int::{IBig, UBig};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Storage of the 624 state words plus the index (word 624).
pub trait Words {
    fn get(&self, i: usize) -> u32;
    fn set(&mut self, i: usize, v: u32);
}

impl Words for [u32] {
    fn get(&self, i: usize) -> u32 {
        self[i]
    }
    fn set(&mut self, i: usize, v: u32) {
        self[i] = v
    }
}

impl Words for [Value] {
    #[inline(always)]
    fn get(&self, i: usize) -> u32 {
        self[i].small_value() as u32
    }
    #[inline(always)]
    fn set(&mut self, i: usize, v: u32) {
        self[i] = Value::small(v as i64)
    }
}

/// init_genrand(s).
pub fn init_genrand<W: Words + ?Sized>(mt: &mut W, s: u32) {
    mt.set(0, s);
    for i in 1..N {
        let p = mt.get(i - 1);
        mt.set(
            i,
            1_812_433_253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32),
        );
    }
    mt.set(N, N as u32);
}

/// init_by_array(key): CPython's seeding from 32-bit words.
pub fn init_by_array<W: Words + ?Sized>(mt: &mut W, key: &[u32]) {
    init_genrand(mt, 19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    let klen = key.len().max(1);
    for _ in 0..N.max(klen) {
        let p = mt.get(i - 1);
        let kj = key.get(j).copied().unwrap_or(0);
        let v = (mt.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
            .wrapping_add(kj)
            .wrapping_add(j as u32);
        mt.set(i, v);
        i += 1;
        j += 1;
        if i >= N {
            mt.set(0, mt.get(N - 1));
            i = 1;
        }
        if j >= klen {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let p = mt.get(i - 1);
        let v = (mt.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        mt.set(i, v);
        i += 1;
        if i >= N {
            mt.set(0, mt.get(N - 1));
            i = 1;
        }
    }
    mt.set(0, 0x8000_0000);
}

/// genrand_uint32().
#[inline]
pub fn genrand<W: Words + ?Sized>(mt: &mut W) -> u32 {
    let mut idx = mt.get(N) as usize;
    if idx >= N {
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for kk in 0..N - M {
            let y = (mt.get(kk) & UPPER_MASK) | (mt.get(kk + 1) & LOWER_MASK);
            mt.set(kk, mt.get(kk + M) ^ (y >> 1) ^ mag(y));
        }
        for kk in N - M..N - 1 {
            let y = (mt.get(kk) & UPPER_MASK) | (mt.get(kk + 1) & LOWER_MASK);
            mt.set(kk, mt.get(kk + M - N) ^ (y >> 1) ^ mag(y));
        }
        let y = (mt.get(N - 1) & UPPER_MASK) | (mt.get(0) & LOWER_MASK);
        mt.set(N - 1, mt.get(M - 1) ^ (y >> 1) ^ mag(y));
        idx = 0;
    }
    let mut y = mt.get(idx);
    mt.set(N, idx as u32 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^= y >> 18;
    y
}

/// random(): a float in [0, 1) with 53 random bits.
#[inline]
pub fn random_f64<W: Words + ?Sized>(mt: &mut W) -> f64 {
    let a = genrand(mt) >> 5;
    let b = genrand(mt) >> 6;
    (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
}

/// The 32-bit little-endian words of a non-negative big int (at least one word).
pub fn key_words(n: &UBig) -> Vec<u32> {
    let bytes = n.to_le_bytes();
    let mut out: Vec<u32> = bytes
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(w)
        })
        .collect();
    while out.len() > 1 && out.last() == Some(&0) {
        out.pop();
    }
    if out.is_empty() {
        out.push(0);
    }
    out
}

fn cls(vm: &mut Vm) -> Value {
    super::class_of_module(vm, "_random", "Random")
}

/// The state array of a Random instance, seeded from the OS on first use.
fn mt_state(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Value> {
    let c = cls(vm);
    let r = receiver(vm, args, c, method)?;
    let s = state(vm, r);
    if !s.is_empty() && has_layout(s, LayoutId::ValueArray) {
        return Ok(s);
    }
    let arr = fresh(vm, r);
    seed_os(arr);
    Ok(arr)
}

fn fresh(vm: &mut Vm, r: Value) -> Value {
    let arr = vm.new_value_array(N + 1);
    for v in heap::items(arr).iter_mut() {
        *v = Value::small(0);
    }
    set_state(vm, r, arr);
    arr
}

fn seed_os(arr: Value) {
    let mut buf = [0u8; N * 4];
    super::os_random(&mut buf);
    let key: Vec<u32> = buf
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    init_by_array(heap::items(arr), &key);
}

/// The init_by_array key for a seed value (None: seed from the OS).
///
/// Computed before the state array is fetched: hashing may run Python code.
fn seed_key(vm: &mut Vm, a: Value) -> PyResult<Option<Vec<u32>>> {
    if a.is_none() {
        return Ok(None);
    }
    let n: UBig = match as_int(a) {
        Some(Int::S(n)) => UBig::from(n.unsigned_abs()),
        Some(Int::B(b)) => dashu_int::ops::UnsignedAbs::unsigned_abs(b.clone()),
        None => {
            let h = vm.hash(a)?;
            UBig::from(h as u64)
        }
    };
    Ok(Some(key_words(&n)))
}

fn seed_with(arr: Value, key: Option<Vec<u32>>) {
    match key {
        Some(k) => init_by_array(heap::items(arr), &k),
        None => seed_os(arr),
    }
}

fn r_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let c = cls(vm);
    let r = receiver(vm, args, c, "__init__")?;
    if !kw.is_empty() && vm.type_of(r) == c {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let key = seed_key(vm, args.get(1).copied().unwrap_or(Value::none()))?;
    let arr = fresh(vm, r);
    seed_with(arr, key);
    Ok(Value::none())
}

fn r_seed(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    mt_state(vm, args, "seed")?;
    arity(vm, "seed", &args[1..], 0, 1)?;
    let key = seed_key(vm, args.get(1).copied().unwrap_or(Value::none()))?;
    let arr = mt_state(vm, args, "seed")?;
    seed_with(arr, key);
    Ok(Value::none())
}

fn r_random(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let arr = mt_state(vm, args, "random")?;
    arity(vm, "random", &args[1..], 0, 0)?;
    let f = random_f64(heap::items(arr));
    Ok(vm.new_float(f))
}

fn r_getrandbits(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let arr = mt_state(vm, args, "getrandbits")?;
    arity(vm, "getrandbits", &args[1..], 1, 1)?;
    if is_float(args[1]) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let k = int_arg(vm, args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let mt = heap::items(arr);
    if k == 0 {
        return Ok(Value::small(0));
    }
    if k <= 32 {
        return Ok(Value::small((genrand(mt) >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut bytes = Vec::with_capacity(words * 4);
    let mut left = k;
    for _ in 0..words {
        let mut r = genrand(mt);
        if left < 32 {
            r >>= 32 - left;
        }
        bytes.extend_from_slice(&r.to_le_bytes());
        left -= 32;
    }
    let n = UBig::from_le_bytes(&bytes);
    Ok(vm.new_big(IBig::from(n)))
}

fn r_getstate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let arr = mt_state(vm, args, "getstate")?;
    arity(vm, "getstate", &args[1..], 0, 0)?;
    let items: Vec<Value> = heap::items(arr).to_vec();
    Ok(vm.new_tuple(&items))
}

fn r_setstate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let arr = mt_state(vm, args, "setstate")?;
    arity(vm, "setstate", &args[1..], 1, 1)?;
    let st = args[1];
    if !has_layout(st, LayoutId::Tuple) {
        return Err(vm.type_error("state vector must be a tuple"));
    }
    let items: Vec<Value> = heap::items(st).to_vec();
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N + 1];
    for (i, &v) in items.iter().enumerate() {
        let n = match as_int(v) {
            Some(Int::S(n)) if i < N && n < 0 => {
                return Err(vm.overflow_error("can't convert negative int to unsigned"))
            }
            Some(Int::S(n)) if i < N && n > u32::MAX as i64 => {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
            }
            Some(Int::S(n)) => n,
            Some(Int::B(_)) => {
                return Err(vm.overflow_error("Python int too large to convert to C long"))
            }
            None => {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        };
        if i == N && !(0..=N as i64).contains(&n) {
            return Err(vm.value_error("invalid state"));
        }
        words[i] = n as u32;
    }
    let mt = heap::items(arr);
    for (i, w) in words.iter().enumerate() {
        mt.set(i, *w);
    }
    Ok(Value::none())
}

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "_random").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "_random");
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", r_init),
        ("seed", r_seed),
        ("random", r_random),
        ("getrandbits", r_getrandbits),
        ("getstate", r_getstate),
        ("setstate", r_setstate),
    ];
    super::new_class(vm, d, "_random", "Random", methods);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: u64) -> Vec<u32> {
        let mut mt = vec![0u32; N + 1];
        init_by_array(&mut mt[..], &key_words(&UBig::from(n)));
        mt
    }

    #[test]
    fn reference_mt19937_init_by_array() {
        // The reference mt19937ar.c test: init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut mt = vec![0u32; N + 1];
        init_by_array(&mut mt[..], &[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| genrand(&mut mt[..])).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn cpython_seed_42_random() {
        // random.seed(42); random.random() in CPython 3.11.
        let mut mt = seeded(42);
        assert_eq!(random_f64(&mut mt[..]), 0.6394267984578837);
        assert_eq!(random_f64(&mut mt[..]), 0.025010755222666936);
    }

    #[test]
    fn key_words_split_little_endian() {
        assert_eq!(key_words(&UBig::from(0u8)), vec![0]);
        assert_eq!(key_words(&UBig::from(1u64 << 32)), vec![0, 1]);
        assert_eq!(key_words(&UBig::from(0xdead_beefu64)), vec![0xdead_beef]);
    }
}
