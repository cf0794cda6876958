//! `newswire::parse` on arbitrary UTF-8, with every invariant checked.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        newswire_fuzz::check(text);
    }
});
