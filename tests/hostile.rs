//! Linear time and bounded recursion on pathological inputs.
//!
//! Each family of hostile input is parsed at a small and a large size (8x
//! apart) on a thread with a 256 KiB stack, so that recursion that grows
//! with the input overflows the stack, and the large time must be less than
//! 16x the small one (linear time with slack; quadratic time gives ~64x).
//!
//! Sizes: in an optimised build (`cargo test --release --test hostile`) the
//! sizes are 1 MiB and 8 MiB and the 8 MiB parse must also take under 2 s.
//! A debug build (`cargo test`) is 10-30x slower, so it uses 32 KiB and
//! 256 KiB and checks the ratio only. `HOSTILE_FULL=1` forces the full sizes
//! (and the 2 s bound) in any build. Run with `--nocapture` to see times.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use newswire::{ErrorKind, Parser};

const KIB: usize = 1 << 10;
const MIB: usize = 1 << 20;
/// The stack of the parsing thread.
const STACK: usize = 256 * KIB;
/// Largest allowed ratio of the large time to the small one (sizes 8x apart).
const MAX_RATIO: f64 = 16.0;
/// Below this the large time is too small to measure a ratio reliably (the
/// small input fits in the CPU caches and the large one does not, which
/// alone can double the time per byte of a fast family).
fn noise_floor() -> Duration {
    if full_sizes() {
        Duration::from_millis(50)
    } else {
        Duration::from_millis(100)
    }
}
/// Bound on the 8 MiB parse in an optimised build.
const MAX_LARGE: Duration = Duration::from_secs(2);

/// Timing tests run one at a time, so that they do not slow each other.
static SERIAL: Mutex<()> = Mutex::new(());

fn full_sizes() -> bool {
    !cfg!(debug_assertions) || std::env::var_os("HOSTILE_FULL").is_some()
}

/// The small and large input sizes in bytes.
fn sizes() -> (usize, usize) {
    if full_sizes() {
        (MIB, 8 * MIB)
    } else {
        (MIB / 32, MIB / 4)
    }
}

/// Repeats `unit` until the text is `len` bytes (give or take one unit).
fn fill(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()).max(1))
}

/// Parses `input` on a thread with a small stack; returns the time taken by
/// the parse (and dropping its result).
fn timed_parse(input: &Arc<String>) -> Duration {
    let input = Arc::clone(input);
    std::thread::Builder::new()
        .name("parse-small-stack".into())
        .stack_size(STACK)
        .spawn(move || {
            let start = Instant::now();
            let result = newswire::parse(&input);
            match &result {
                Ok(_) => {}
                Err(e) => assert_eq!(e.kind(), ErrorKind::Empty, "unexpected error {e}"),
            }
            drop(result);
            start.elapsed()
        })
        .expect("spawn the parsing thread")
        .join()
        .expect("the parse panicked or overflowed its stack")
}

fn check_family(name: &str, build: impl Fn(usize) -> String) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let (small, large) = sizes();
    let small_input = Arc::new(build(small));
    let large_input = Arc::new(build(large));
    let mut report = Vec::new();
    for attempt in 1..=3 {
        // The best of three small runs and two large ones, to damp the noise
        // of a shared machine.
        let t_small = (0..3).map(|_| timed_parse(&small_input)).min().unwrap();
        let runs = if attempt == 1 { 1 } else { 2 };
        let t_large = (0..runs).map(|_| timed_parse(&large_input)).min().unwrap();
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
        let line = format!(
            "{name}: {} bytes in {t_small:?}, {} bytes in {t_large:?}, ratio {ratio:.1}",
            small_input.len(),
            large_input.len()
        );
        eprintln!("{line}");
        report.push(line);
        let linear = ratio < MAX_RATIO || t_large < noise_floor();
        let fast = !full_sizes() || t_large < MAX_LARGE;
        if linear && fast {
            return;
        }
    }
    panic!(
        "{name} is not linear (ratio >= {MAX_RATIO}) or too slow (>= {MAX_LARGE:?} at 8 MiB in \
         an optimised build):\n{}",
        report.join("\n")
    );
}

#[test]
fn one_long_line() {
    check_family("one long line of words", |n| fill("word ", n));
}

#[test]
fn one_long_line_without_spaces() {
    check_family("one long line without spaces", |n| "x".repeat(n));
}

#[test]
fn blank_lines() {
    check_family("blank lines", |n| "\n".repeat(n));
}

#[test]
fn blank_lines_with_white_space() {
    check_family("blank lines of white space", |n| fill(" \t\u{a0}\r\n", n));
}

#[test]
fn one_character_lines() {
    check_family("one-character lines", |n| fill("a\n", n));
}

#[test]
fn one_character_paragraphs() {
    check_family("one-character paragraphs", |n| fill("a\n\n", n));
}

#[test]
fn open_brackets() {
    check_family("[ run", |n| "[".repeat(n));
}

#[test]
fn backslashes() {
    check_family("\\ run", |n| "\\".repeat(n));
}

#[test]
fn unclosed_links() {
    check_family("[text]( repeated", |n| fill("[text](", n));
}

#[test]
fn unclosed_links_on_lines() {
    check_family("[text]( lines", |n| fill("[text](\n", n));
}

#[test]
fn nested_links() {
    check_family("[[[x](y)](z)] nesting", |n| {
        let depth = 64;
        let unit = format!("{}x{}\n", "[".repeat(depth), "](u)".repeat(depth));
        fill(&unit, n)
    });
}

#[test]
fn candidate_bylines() {
    check_family("By Jane Roe lines", |n| fill("By Jane Roe\n", n));
}

#[test]
fn candidate_bylines_as_paragraphs() {
    check_family("By Jane Roe paragraphs", |n| fill("By Jane Roe\n\n", n));
}

#[test]
fn long_byline() {
    check_family("By A and B and ... line", |n| {
        let mut s = String::from("By A");
        s.push_str(&fill(" and B", n));
        s
    });
}

#[test]
fn long_byline_with_commas() {
    check_family("By A, B, C ... line", |n| {
        let mut s = String::from("By Jane Roe");
        s.push_str(&fill(", Ali Khan", n));
        s
    });
}

#[test]
fn asterisks() {
    check_family("* run", |n| "*".repeat(n));
}

#[test]
fn emphasis_runs() {
    check_family("*a* _b_ runs", |n| fill("*a* _b_ **c** ", n));
}

#[test]
fn image_openers() {
    check_family("![ run", |n| fill("![", n));
}

#[test]
fn open_parens() {
    check_family("( run", |n| "(".repeat(n));
}

#[test]
fn open_parens_after_link_text() {
    check_family("[x]((((( line", |n| format!("[x]{}", "(".repeat(n)));
}

#[test]
fn markdown_structure_lines() {
    check_family("# / > / - lines", |n| {
        fill("# Heading\n> quote\n- item\n1. item\n![a](b)\n", n)
    });
}

#[test]
fn header_like_lines() {
    check_family("timestamps, credits, copyright lines", |n| {
        fill(
            "6 HOURS AGO\nPhotograph: Jane Roe/Reuters\n© 2023 Example Ltd\nShare\n",
            n,
        )
    });
}

#[test]
fn page_break_chain() {
    // Every paragraph continues the one before (no terminal punctuation,
    // lower-case start).
    check_family("page-break chain", |n| {
        let mut s = String::from("Harbour talks resume after strike\n\nThe port said");
        s.push_str(&fill("\n\nthat the talks", n));
        s
    });
}

#[test]
fn no_headline_many_paragraphs() {
    check_family("no headline, many paragraphs", |n| {
        let mut s = "word ".repeat(45);
        s.push_str("\n\n");
        s.push_str(&fill("Short sentence here.\n\n", n));
        s
    });
}

#[test]
fn hard_wrapped_text() {
    check_family("hard-wrapped paragraph", |n| {
        fill(
            "The harbour authority said on Monday that the eastern\nquay would reopen next week after repairs to the\n",
            n,
        )
    });
}

#[test]
fn wide_characters() {
    check_family("multi-byte characters", |n| fill("日本語 é😀 ", n));
}

#[test]
fn size_limit_gives_too_large() {
    let input = "x".repeat(8 * MIB);
    let start = Instant::now();
    let err = Parser::new()
        .with_max_input_len(MIB)
        .parse(&input)
        .unwrap_err();
    let took = start.elapsed();
    assert_eq!(
        err.kind(),
        ErrorKind::TooLarge {
            len: 8 * MIB,
            limit: MIB
        }
    );
    assert_eq!((err.offset(), err.line(), err.column()), (0, 1, 1));
    assert!(
        took < Duration::from_millis(50),
        "the size check read the input ({took:?})"
    );
    // Exactly at the limit is accepted.
    assert!(Parser::new()
        .with_max_input_len(8 * MIB)
        .parse(&input)
        .is_ok());
}

#[test]
fn default_size_limit_is_64_mib() {
    let input = " ".repeat(newswire::DEFAULT_MAX_INPUT_LEN + 1);
    let err = newswire::parse(&input).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::TooLarge {
            len: newswire::DEFAULT_MAX_INPUT_LEN + 1,
            limit: newswire::DEFAULT_MAX_INPUT_LEN
        }
    );
}
