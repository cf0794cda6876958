//! Invariants checked by the fuzz targets on every parse.
//!
//! - `parse` gives an article, or an error exactly when the input is blank;
//! - every span any value reports lies on char boundaries inside the input;
//! - a borrowed (zero-copy) value lies inside the spans it claims;
//! - no two claimed spans overlap;
//! - every non-blank line meets a claimed span.
//!
//! Running (from `fuzz/`; without a nightly toolchain, prefix the commands
//! with `RUSTC_BOOTSTRAP=1`):
//!
//! ```text
//! cargo install cargo-fuzz
//! mkdir -p corpus/parse corpus/fields
//! cargo +nightly fuzz run -O parse corpus/parse ../tests/fuzz-corpus/parse -- \
//!     -dict=newswire.dict -max_len=20000 -max_total_time=900
//! cargo +nightly fuzz run -O fields corpus/fields ../tests/fuzz-corpus/fields -- \
//!     -dict=newswire.dict -max_len=400 -max_total_time=900
//! ```
//!
//! `-fork=1 -ignore_crashes=1` keeps fuzzing after a crash and saves each
//! one under `artifacts/`. `tests/fuzz_replay.rs` replays
//! `tests/fuzz-corpus/` under `cargo test`; to refresh it, merge the corpus
//! (`-merge=1`) and keep a small subset (at most ~200 files, < 1 MiB).

use newswire::{Article, ErrorKind, Parser, Span, Text};

/// The characters the parser trims from lines.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// The trimmed content of every non-blank line (`\n`, `\r\n` or `\r` end a
/// line).
fn content_lines(input: &str) -> Vec<Span> {
    let bytes = input.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line = &input[start..i];
            let trimmed = line.trim_start_matches(is_space);
            let lead = line.len() - trimmed.len();
            let trimmed = trimmed.trim_end_matches(is_space);
            if !trimmed.is_empty() {
                out.push(Span::new(start + lead, start + lead + trimmed.len()));
            }
            if i < bytes.len() && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

fn check_span(input: &str, what: &str, span: Span) -> Result<(), String> {
    if span.start > span.end || span.end > input.len() {
        return Err(format!(
            "{what}: span {span:?} out of bounds (input is {} bytes)",
            input.len()
        ));
    }
    if !input.is_char_boundary(span.start) || !input.is_char_boundary(span.end) {
        return Err(format!("{what}: span {span:?} splits a character"));
    }
    Ok(())
}

fn check_text(input: &str, what: &str, text: &Text<'_>) -> Result<(), String> {
    for &span in text.spans() {
        check_span(input, what, span)?;
    }
    // A borrowed (zero-copy) value is a slice of the input that lies inside
    // the spans it claims (which may add markers around it).
    let s = text.as_str();
    if text.is_borrowed() && !s.is_empty() && !text.spans().is_empty() {
        let at = (s.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
        let inside = at <= input.len()
            && text
                .spans()
                .iter()
                .any(|sp| sp.start <= at && at + s.len() <= sp.end);
        if !inside {
            return Err(format!(
                "{what}: borrowed text {s:?} (at byte {at}) lies outside its spans {:?}",
                text.spans()
            ));
        }
    }
    Ok(())
}

/// Checks every invariant of a parsed article: the first violation, if
/// any.
pub fn check_article(input: &str, article: &Article<'_>) -> Result<(), String> {
    let claims = article.claims();
    for &(field, span) in &claims {
        check_span(input, field.as_str(), span)?;
    }
    // Sub-values and every top-level text.
    let texts = article
        .kicker()
        .map(|t| ("kicker", t))
        .into_iter()
        .chain(article.headline().map(|t| ("headline", t)))
        .chain(article.standfirst().map(|t| ("standfirst", t)))
        .chain(article.published().map(|t| ("published", t)))
        .chain(article.body().iter().map(|b| ("body", b.text())))
        .chain(article.end_notes().iter().map(|t| ("end_notes", t)))
        .chain(article.boilerplate().iter().map(|t| ("boilerplate", t)));
    for (what, t) in texts {
        check_text(input, what, t)?;
    }
    for c in article.captions() {
        for &s in c.spans() {
            check_span(input, "caption", s)?;
        }
        check_text(input, "caption text", c.text())?;
        if let Some(credit) = c.credit() {
            check_text(input, "caption credit", credit)?;
        }
    }
    if let Some(b) = article.byline() {
        for &s in b.spans() {
            check_span(input, "byline", s)?;
        }
        for a in b.authors() {
            check_text(input, "author name", a.name())?;
            if let Some(r) = a.role() {
                check_text(input, "author role", r)?;
            }
            if let Some(l) = a.location() {
                check_text(input, "author location", l)?;
            }
        }
    }
    if let Some(d) = article.dateline() {
        check_span(input, "dateline", d.span())?;
        for (what, part) in [
            ("dateline location", d.location()),
            ("dateline date", d.date()),
            ("dateline agency", d.agency()),
        ] {
            if let Some(t) = part {
                check_text(input, what, t)?;
            }
        }
    }
    if let Some(c) = article.copyright() {
        check_text(input, "copyright", c.text())?;
        if let Some(h) = c.holder() {
            check_text(input, "copyright holder", h)?;
        }
    }
    // No two claims overlap.
    let mut spans: Vec<(Span, &str)> = claims
        .iter()
        .filter(|(_, s)| !s.is_empty())
        .map(|&(f, s)| (s, f.as_str()))
        .collect();
    spans.sort_by_key(|&(s, _)| (s.start, s.end));
    for pair in spans.windows(2) {
        let ((a, fa), (b, fb)) = (pair[0], pair[1]);
        if a.overlaps(b) {
            return Err(format!(
                "claims overlap: {fa} {a:?} {:?} and {fb} {b:?} {:?}",
                &input[a.range()],
                &input[b.range()]
            ));
        }
    }
    // Every non-blank line meets a claim (claims are disjoint and sorted, so
    // the first one ending after the line's start is the only candidate).
    for line in content_lines(input) {
        let at = spans.partition_point(|&(s, _)| s.end <= line.start);
        let met = spans.get(at).is_some_and(|&(s, _)| s.start < line.end);
        if !met {
            return Err(format!(
                "line {line:?} {:?} is claimed by no value",
                &input[line.range()]
            ));
        }
    }
    Ok(())
}

/// Parses `input` with the default and the strict parser and checks every
/// invariant: the first violation, if any.
pub fn check_input(input: &str) -> Result<(), String> {
    let blank = input.chars().all(is_space);
    match newswire::parse(input) {
        Ok(article) => {
            if blank {
                return Err("blank input gave an article".to_owned());
            }
            check_article(input, &article)?;
        }
        Err(e) if !blank => return Err(format!("non-blank input gave an error: {e}")),
        Err(e) if e.kind() != ErrorKind::Empty => {
            return Err(format!("blank input gave {:?}, not Empty", e.kind()))
        }
        Err(_) => {}
    }
    match Parser::new().with_strict(true).parse(input) {
        Ok(article) => check_article(input, &article).map_err(|e| format!("strict: {e}"))?,
        Err(e) => {
            let placed = e.offset() <= input.len() && input.is_char_boundary(e.offset());
            if !placed || e.line() < 1 || e.column() < 1 {
                return Err(format!("strict: error misplaced: {e:?}"));
            }
            let _ = e.to_string();
        }
    }
    Ok(())
}

/// [`check_input`], panicking on a violation (for the fuzz targets).
pub fn check(input: &str) {
    if let Err(e) = check_input(input) {
        panic!("{e}\ninput: {input:?}");
    }
}

/// The documents that put one `line` where each field is looked for
/// (kicker and headline, header, byline, dateline, body, trailer, caption
/// after an image): the `fields` target and its replay parse all of them.
pub fn documents(line: &str) -> [String; 7] {
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
