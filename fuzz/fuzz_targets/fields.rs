//! The field grammars through the public API: a short single line put in
//! the places where each field is looked for (kicker and headline, header,
//! dateline, body, trailer, caption after an image), with every invariant
//! checked.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Builds the documents that put `line` in each position.
fn documents(line: &str) -> [String; 7] {
    [
        format!("{line}\n\nHarbour talks resume after strike\n\nTalks resumed on Monday.\n"),
        format!("Harbour talks resume after strike\n\n{line}\n\nTalks resumed on Monday.\n"),
        format!(
            "Harbour talks resume after strike\n\nBy Ana Lind\n{line}\n\nTalks resumed on Monday.\n"
        ),
        format!("Harbour talks resume after strike\n\n{line} Talks resumed on Monday.\n"),
        format!(
            "Harbour talks resume after strike\n\nTalks resumed on Monday.\n\n{line}\n\nThe port reopened.\n"
        ),
        format!(
            "Harbour talks resume after strike\n\nTalks resumed on Monday.\n\n{line}\n\nCopyright Example Times 2023.\n"
        ),
        format!(
            "# Harbour talks resume after strike\n\n![A photograph](p.jpg)\n\n{line}\n\nTalks resumed on Monday.\n"
        ),
    ]
}

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
    for doc in documents(line) {
        newswire_fuzz::check(&doc);
    }
});
