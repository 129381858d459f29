//! libFuzzer target: source decoding, lexing, parsing and error rendering of arbitrary
//! bytes (`coil_syntax::fuzz::check_one`) must never panic, hang or overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    coil_syntax::fuzz::check_one(data);
});
