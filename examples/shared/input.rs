//! Reading an article for the example programs: a file, or standard input
//! for `-`, as UTF-8 text.

use std::io::{self, Read};

/// The text of `path` (`-` reads standard input); the error is one line
/// that names the file.
pub fn read(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}
