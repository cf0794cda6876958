//! Replays the fuzzing corpus (`tests/fuzz-corpus/`, minimised from the
//! `fuzz/` targets) through `parse` and the invariants the fuzz targets
//! check, so that `cargo test` keeps what the fuzzers found:
//!
//! - `parse` gives an article, or an error exactly when the input is blank;
//! - every span any value reports lies on char boundaries inside the input;
//! - a borrowed (zero-copy) value lies inside the spans it claims;
//! - no two claimed spans overlap;
//! - every non-blank line meets a claimed span.
//!
//! Files under `parse/` are whole inputs of the `parse` target; files under
//! `fields/` are single lines that the `fields` target puts in each place
//! where a field is looked for.

use std::path::{Path, PathBuf};

// The fuzz targets' own invariant checks and documents, shared rather
// than copied.
#[path = "../fuzz/src/lib.rs"]
mod invariants;

use invariants::{check, documents};

/// The files of one corpus directory, sorted.
fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `check` on every file, reporting every file that fails.
fn replay(target: &str, check_one: impl Fn(&str) + std::panic::RefUnwindSafe) {
    let files = corpus(target);
    assert!(!files.is_empty(), "the {target} corpus is empty");
    let mut failures = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("a corpus file can be read");
        // The targets skip input that is not UTF-8; parse its lossy
        // decoding instead, which is UTF-8 with the same shape.
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = std::panic::catch_unwind(|| check_one(&text)) {
            let message = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            failures.push(format!("{}: {message}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} {target} corpus files fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn parse_corpus_keeps_the_invariants() {
    replay("parse", check);
}

#[test]
fn fields_corpus_keeps_the_invariants() {
    replay("fields", |text| {
        let line = text.split(['\n', '\r']).next().unwrap_or("");
        let line = match line.char_indices().nth(300) {
            Some((at, _)) => &line[..at],
            None => line,
        };
        for doc in documents(line) {
            check(&doc);
        }
    });
}
