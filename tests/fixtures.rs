//! Whole-article fixtures: every `tests/fixtures/NAME.txt` is parsed and
//! compared with the hand-written `NAME.json` beside it (the JSON shape of
//! ARTICLE.md), and the claims of the parsed article are checked: every
//! non-blank line is claimed, no two claims overlap, every claim lies on
//! char boundaries inside the input.
//!
//! All fixtures are checked before the test fails, and the failure lists
//! every broken fixture with a per-field diff.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::KEYS;
use newswire::{Field, Span};
use serde_json::Value;

/// Fields whose value is a list, diffed item by item.
const LISTS: [&str; 4] = ["captions", "body", "end_notes", "boilerplate"];

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture_inputs() -> Vec<PathBuf> {
    let dir = fixture_dir();
    let mut inputs: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    inputs.sort();
    inputs
}

/// True when `got` has every key of `expected` with a matching value
/// (extra keys in `got`, such as spans, are ignored at every level).
fn matches(expected: &Value, got: &Value) -> bool {
    match (expected, got) {
        (Value::Object(e), Value::Object(g)) => e
            .iter()
            .all(|(key, ev)| g.get(key).is_some_and(|gv| matches(ev, gv))),
        (Value::Array(e), Value::Array(g)) => {
            e.len() == g.len() && e.iter().zip(g).all(|(ev, gv)| matches(ev, gv))
        }
        _ => expected == got,
    }
}

/// `got` cut down to the keys of `expected`, so that diffs do not show
/// extra keys.
fn project(expected: &Value, got: &Value) -> Value {
    match (expected, got) {
        (Value::Object(e), Value::Object(g)) => Value::Object(
            g.iter()
                .filter(|(key, _)| e.contains_key(*key))
                .map(|(key, gv)| (key.clone(), project(&e[key], gv)))
                .collect(),
        ),
        (Value::Array(e), Value::Array(g)) => Value::Array(
            g.iter()
                .enumerate()
                .map(|(i, gv)| {
                    e.get(i)
                        .or(e.first())
                        .map_or(gv.clone(), |ev| project(ev, gv))
                })
                .collect(),
        ),
        _ => got.clone(),
    }
}

fn compact(value: &Value) -> String {
    serde_json::to_string(value).expect("JSON values serialise")
}

/// A line diff of two lists (longest common subsequence): `-` for an
/// expected item the parser did not give, `+` for an item it gave that was
/// not expected.
fn diff_list(expected: &[Value], got: &[Value], out: &mut String) {
    let (n, m) = (expected.len(), got.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if matches(&expected[i], &got[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && matches(&expected[i], &got[j]) {
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let shown = expected
                .first()
                .map_or(got[j].clone(), |e| project(e, &got[j]));
            let _ = writeln!(out, "      + [{j}] {}", compact(&shown));
            j += 1;
        } else {
            let _ = writeln!(out, "      - [{i}] {}", compact(&expected[i]));
            i += 1;
        }
    }
}

/// Per-field differences between the expected and the parsed JSON.
fn compare(expected: &Value, got: &Value, problems: &mut Vec<String>) {
    for key in KEYS {
        let Some(ev) = expected.get(key) else {
            problems.push(format!("  fixture JSON lacks the key `{key}`"));
            continue;
        };
        let Some(gv) = got.get(key) else {
            problems.push(format!("  {key}: missing from the parser's JSON"));
            continue;
        };
        if matches(ev, gv) {
            continue;
        }
        let mut report = format!("  {key}:\n");
        match (ev, gv) {
            (Value::Array(e), Value::Array(g)) if LISTS.contains(&key) => {
                let _ = writeln!(
                    report,
                    "    ({} expected, {} got; - missing, + unexpected)",
                    e.len(),
                    g.len()
                );
                diff_list(e, g, &mut report);
            }
            _ => {
                let _ = writeln!(report, "    expected: {}", compact(ev));
                let _ = writeln!(report, "    got:      {}", compact(&project(ev, gv)));
            }
        }
        problems.push(report.trim_end().to_owned());
    }
}

/// The content of each non-blank line: its byte range without the line end
/// and without surrounding white space (a BOM counts as white space).
fn content_lines(text: &str) -> Vec<Span> {
    let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start_matches(is_space).len();
        let body = line.trim_matches(is_space);
        if !body.is_empty() {
            lines.push(Span::new(start + lead, start + lead + body.len()));
        }
        start += line.len();
    }
    lines
}

fn excerpt(text: &str, span: Span) -> String {
    let s = &text[span.range()];
    match s.char_indices().nth(60) {
        Some((cut, _)) => format!("{:?}...", &s[..cut]),
        None => format!("{s:?}"),
    }
}

fn line_number(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// The claims of the article: inside the input, on char boundaries, not
/// overlapping, and meeting every non-blank line.
fn check_claims(text: &str, claims: &[(Field, Span)], problems: &mut Vec<String>) {
    let mut valid: Vec<(Field, Span)> = Vec::new();
    for &(field, span) in claims {
        if span.start > span.end || span.end > text.len() {
            problems.push(format!(
                "  claims: {} span {}..{} lies outside the input ({} bytes)",
                field.as_str(),
                span.start,
                span.end,
                text.len()
            ));
        } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            problems.push(format!(
                "  claims: {} span {}..{} is not on char boundaries",
                field.as_str(),
                span.start,
                span.end
            ));
        } else {
            valid.push((field, span));
        }
    }
    for (i, &(fa, a)) in valid.iter().enumerate() {
        for &(fb, b) in &valid[i + 1..] {
            if a.overlaps(b) {
                problems.push(format!(
                    "  claims: {} {}..{} {} overlaps {} {}..{} {}",
                    fa.as_str(),
                    a.start,
                    a.end,
                    excerpt(text, a),
                    fb.as_str(),
                    b.start,
                    b.end,
                    excerpt(text, b)
                ));
            }
        }
    }
    for line in content_lines(text) {
        if !valid.iter().any(|&(_, span)| span.overlaps(line)) {
            problems.push(format!(
                "  claims: line {} is claimed by no value: {}",
                line_number(text, line.start),
                excerpt(text, line)
            ));
        }
    }
}

/// Every problem with one fixture (empty when it passes).
fn check_fixture(input: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let text = match fs::read_to_string(input) {
        Ok(text) => text,
        Err(e) => return vec![format!("  cannot read the input: {e}")],
    };
    let json_path = input.with_extension("json");
    let expected: Value = match fs::read_to_string(&json_path)
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(value) => value,
        Err(e) => return vec![format!("  cannot load {}: {e}", json_path.display())],
    };
    let article = match newswire::parse(&text) {
        Ok(article) => article,
        Err(e) => return vec![format!("  parse failed: {e}")],
    };
    let got = serde_json::to_value(&article).expect("articles serialise");
    compare(&expected, &got, &mut problems);
    check_claims(&text, &article.claims(), &mut problems);
    problems
}

#[test]
fn fixtures_parse_to_their_expected_json() {
    let inputs = fixture_inputs();
    assert!(
        !inputs.is_empty(),
        "no fixtures in {}",
        fixture_dir().display()
    );
    let mut failures = Vec::new();
    for input in &inputs {
        let name = input
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let problems = check_fixture(input);
        if !problems.is_empty() {
            failures.push(format!("{name}:\n{}", problems.join("\n")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed:\n\n{}\n",
        failures.len(),
        inputs.len(),
        failures.join("\n\n")
    );
}

/// The claims check itself reports what it should: an unclaimed line, an
/// overlap, a span off a char boundary and a span past the end.
#[test]
fn claims_check_reports_every_kind_of_problem() {
    let text = "\u{feff}Title\n\n  \t\nétude one\r\nlast\n";
    let lines = content_lines(text);
    let shown: Vec<&str> = lines.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(shown, ["Title", "étude one", "last"]);

    let title = Span::new(3, 8);
    let etude = lines[1];
    let mut problems = Vec::new();
    check_claims(
        text,
        &[
            (Field::Headline, title),
            (Field::Body, etude),
            (Field::Boilerplate, Span::new(etude.start + 3, etude.end)),
            (Field::Body, Span::new(etude.start + 1, etude.start + 2)),
            (Field::EndNote, Span::new(0, text.len() + 1)),
        ],
        &mut problems,
    );
    let all = problems.join("\n");
    assert!(all.contains("overlaps"), "{all}");
    assert!(all.contains("not on char boundaries"), "{all}");
    assert!(all.contains("outside the input"), "{all}");
    assert!(all.contains("line 5 is claimed by no value"), "{all}");
    assert!(!all.contains("line 1 "), "{all}");
    assert_eq!(problems.len(), 4, "{all}");
}
