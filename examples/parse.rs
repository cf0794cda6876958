//! Parses articles and prints them as JSON.
//!
//! ```text
//! cargo run --example parse                 # the built-in sample, pretty JSON
//! cargo run --example parse -- FILE...      # one JSON object per line per file
//! cargo run --example parse -- -            # read standard input
//! ```
//!
//! A file that cannot be read, is not UTF-8 or holds no article gets a
//! one-line error on stderr naming it; the other files are still parsed and
//! the exit code is 1.

#[path = "shared/input.rs"]
mod input;

use std::io::{self, Write};
use std::process::ExitCode;

/// A sample article in the shape of a web page copied as text.
const SAMPLE: &str = include_str!("sample.txt");

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        let article = newswire::parse(SAMPLE).expect("the built-in sample holds an article");
        let json = serde_json::to_string_pretty(&article).expect("articles serialise");
        println!("{json}");
        return ExitCode::SUCCESS;
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in &paths {
        let result = input::read(path).and_then(|text| {
            newswire::parse(&text)
                .map_err(|e| format!("{path}: {e}"))
                .and_then(|a| serde_json::to_string(&a).map_err(|e| format!("{path}: {e}")))
        });
        match result {
            Ok(json) => {
                if writeln!(out, "{json}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(message) => {
                eprintln!("parse: {message}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
