//! `hashlib`: md5, sha1, sha224, sha256, sha384, sha512 and `new(name)` over the RustCrypto
//! digests; hash objects (`_hashlib.HASH`) with update, digest, hexdigest, copy, name,
//! digest_size and block_size.
//!
//! A hash object's state is a list `[name, chunk, chunk, ...]` of the bytes fed so far;
//! digest() hashes the chunks (the RustCrypto cores do not export their midstate); chunks
//! merge like a binary counter, so a long stream keeps O(log n) of them.

use super::{add_property, receiver, set_state, state};
use crate::builtins::{arity, kwarg, only_kw};
use crate::heap::{self, has_layout};
use crate::layout::LayoutId;
use crate::objects::seq::list_items;
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};
use sha2::Digest;

/// The algorithms: name, digest size, block size.
const ALGORITHMS: &[(&str, usize, usize)] = &[
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
];

fn feed<D: Digest>(chunks: &[&[u8]]) -> Vec<u8> {
    let mut h = D::new();
    for c in chunks {
        h.update(c);
    }
    h.finalize().to_vec()
}

/// The digest of the concatenated chunks under algorithm `name` (one of ALGORITHMS).
pub fn digest_of(name: &str, chunks: &[&[u8]]) -> Vec<u8> {
    match name {
        "md5" => feed::<md5::Md5>(chunks),
        "sha1" => feed::<sha1::Sha1>(chunks),
        "sha224" => feed::<sha2::Sha224>(chunks),
        "sha256" => feed::<sha2::Sha256>(chunks),
        "sha384" => feed::<sha2::Sha384>(chunks),
        _ => feed::<sha2::Sha512>(chunks),
    }
}

fn hash_cls(vm: &mut Vm) -> Value {
    super::class_of_module(vm, "_hashlib", "HASH")
}

/// Check and return the bytes of data passed to a hash.
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if has_layout(v, LayoutId::Bytes) {
        return Ok(v);
    }
    if is_str(v) {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    Err(vm.type_error("object supporting the buffer API required"))
}

fn make(vm: &mut Vm, name: &str, data: Option<Value>) -> PyResult {
    let c = hash_cls(vm);
    let obj = vm.new_instance(c);
    let n = vm.new_str(name);
    let l = vm.new_list(&[n]);
    if let Some(d) = data {
        let d = data_arg(vm, d)?;
        vm.list_push(l, d);
    }
    set_state(vm, obj, l);
    Ok(obj)
}

/// The data argument of a constructor: positional `data` or keyword `data`/`string`.
fn ctor_data(vm: &mut Vm, fname: &str, args: &[Value], kw: Kwargs) -> PyResult<Option<Value>> {
    for (k, _) in kw {
        let k = text(*k);
        if k != "string" && k != "usedforsecurity" {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for openssl_{fname}()"
            )));
        }
    }
    Ok(args.first().copied().or(kwarg(kw, "string")))
}

macro_rules! constructors {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
            arity(vm, $name, args, 0, 1)?;
            let d = ctor_data(vm, $name, args, kw)?;
            make(vm, $name, d)
        })*
        const CONSTRUCTORS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

constructors! {
    h_md5 => "md5",
    h_sha1 => "sha1",
    h_sha224 => "sha224",
    h_sha256 => "sha256",
    h_sha384 => "sha384",
    h_sha512 => "sha512",
}

fn h_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity(vm, "new", args, 0, 2)?;
    only_kw(
        vm,
        "new",
        kw,
        &["name", "data", "string", "usedforsecurity"],
    )?;
    let Some(n) = args.first().copied().or(kwarg(kw, "name")) else {
        return Err(vm.type_error("new() missing required argument 'name' (pos 1)"));
    };
    if !is_str(n) {
        return Err(vm.type_error(format!(
            "new() argument 'name' must be str, not {}",
            vm.type_name(n)
        )));
    }
    let name = text(n).to_ascii_lowercase();
    if !ALGORITHMS.iter().any(|a| a.0 == name) {
        let shown = text(n).to_string();
        return Err(vm.value_error(format!("unsupported hash type {shown}")));
    }
    let d = args
        .get(1)
        .copied()
        .or(kwarg(kw, "data"))
        .or(kwarg(kw, "string"));
    make(vm, &name, d)
}

fn st(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Value> {
    let c = hash_cls(vm);
    let r = receiver(vm, args, c, method)?;
    let s = state(vm, r);
    if s.is_empty() || !has_layout(s, LayoutId::List) {
        return Err(vm.value_error("hash object is not initialized"));
    }
    Ok(s)
}

fn algo(s: Value) -> (&'static str, usize, usize) {
    let n = text(list_items(s)[0]);
    ALGORITHMS
        .iter()
        .copied()
        .find(|a| a.0 == n)
        .unwrap_or(ALGORITHMS[5])
}

fn compute(s: Value) -> Vec<u8> {
    let items = list_items(s);
    let chunks: Vec<&[u8]> = items[1..].iter().map(|&c| &*heap::bytes_data(c)).collect();
    digest_of(algo(s).0, &chunks)
}

fn m_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "update")?;
    arity(vm, "update", &args[1..], 1, 1)?;
    let d = data_arg(vm, args[1])?;
    vm.list_push(s, d);
    // Binary-counter merging: a chunk no bigger than the one after it absorbs it, so a
    // stream of n bytes keeps O(log n) chunks and copies O(n log n) bytes in all.
    loop {
        let items = list_items(s);
        let n = items.len();
        if n < 3 {
            break;
        }
        let (a, b) = (items[n - 2], items[n - 1]);
        if heap::bytes_data(b).len() < heap::bytes_data(a).len() {
            break;
        }
        let mut joined = heap::bytes_data(a).to_vec();
        joined.extend_from_slice(heap::bytes_data(b));
        let j = vm.new_bytes(&joined);
        vm.list_truncate(s, n - 2);
        vm.list_push(s, j);
    }
    Ok(Value::none())
}

fn m_digest(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "digest")?;
    arity(vm, "digest", &args[1..], 0, 0)?;
    let d = compute(s);
    Ok(vm.new_bytes(&d))
}

fn m_hexdigest(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "hexdigest")?;
    arity(vm, "hexdigest", &args[1..], 0, 0)?;
    let d = compute(s);
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(&hex))
}

fn m_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "copy")?;
    arity(vm, "copy", &args[1..], 0, 0)?;
    let c = hash_cls(vm);
    let obj = vm.new_instance(c);
    let items = list_items(s).to_vec();
    let l = vm.new_list(&items);
    set_state(vm, obj, l);
    Ok(obj)
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "__repr__")?;
    let r = format!(
        "<{} _hashlib.HASH object @ {:#x}>",
        algo(s).0,
        args[0].addr()
    );
    Ok(vm.new_str(&r))
}

fn p_name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "name")?;
    Ok(list_items(s)[0])
}

fn p_digest_size(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "digest_size")?;
    Ok(Value::small(algo(s).1 as i64))
}

fn p_block_size(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = st(vm, args, "block_size")?;
    Ok(Value::small(algo(s).2 as i64))
}

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "hashlib").is_some() {
        return;
    }
    let (_, hd) = super::new_module(vm, "_hashlib");
    let methods: &[(&'static str, NativeFn)] = &[
        ("update", m_update),
        ("digest", m_digest),
        ("hexdigest", m_hexdigest),
        ("copy", m_copy),
        ("__repr__", m_repr),
    ];
    let c = super::new_class(vm, hd, "_hashlib", "HASH", methods);
    add_property(vm, c, "name", p_name);
    add_property(vm, c, "digest_size", p_digest_size);
    add_property(vm, c, "block_size", p_block_size);
    let (_, d) = super::new_module(vm, "hashlib");
    for &(n, f) in CONSTRUCTORS {
        vm.def_fn(d, n, f);
    }
    vm.def_fn(d, "new", h_new);
    for set_name in ["algorithms_guaranteed", "algorithms_available"] {
        let s = vm.new_set(false);
        for a in ALGORITHMS {
            let v = vm.new_str(a.0);
            let _ = vm.set_add(s, v);
        }
        vm.def_value(d, set_name, s);
    }
}

#[cfg(test)]
mod tests {
    use super::digest_of;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        assert_eq!(
            hex(&digest_of("md5", &[b"abc"])),
            "900150983cd24fb0d6963f7d28e17f72"
        );
        assert_eq!(
            hex(&digest_of("sha1", &[b"a", b"bc"])),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(&digest_of("sha256", &[b""])),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert!(hex(&digest_of("sha512", &[b"abc"])).starts_with("ddaf35a193617aba"));
    }
}
