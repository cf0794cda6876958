//! The field grammars through the public API: a short single line put in
//! the places where each field is looked for (kicker and headline, header,
//! dateline, body, trailer, caption after an image), with every invariant
//! checked.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // One short line: the grammars of single fields, not the document.
    let line = text.split(['\n', '\r']).next().unwrap_or("");
    let line = match line.char_indices().nth(300) {
        Some((at, _)) => &line[..at],
        None => line,
    };
    for doc in newswire_fuzz::documents(line) {
        newswire_fuzz::check(&doc);
    }
});
