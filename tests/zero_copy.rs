//! Measures what `newswire::parse` allocates, with a counting global
//! allocator (this file is its own test binary, so the allocator sees only
//! these tests).
//!
//! - (a) An article that needs no rewriting (blank-line separated
//!   paragraphs, no markup, no hard wraps) copies no text: every value
//!   borrows, and with paragraphs 10 and 100 times longer a parse makes the
//!   same allocations of the same bytes (at 1x a few grammars that only read
//!   short lines still run, so 10x allocates no more than 1x).
//! - (b) The allocations of a parse are bounded by its values:
//!   `allocations <= ALLOCS_PER_VALUE * values + ALLOCS_FIXED` (16 per value
//!   plus 64), where `values` counts every `Text` of the article (see
//!   [`values`]).
//! - (c) Over the benchmark articles, the heap bytes allocated by `parse` at
//!   most half the input bytes: not met yet (about 4.0 bytes per input byte;
//!   the test is ignored and prints where the bytes go:
//!   `cargo test --test zero_copy -- --ignored --nocapture`).
//! - (d) The most heap a parse holds at once stays within a small multiple
//!   of hostile inputs of 1 MiB (a long line, blank lines, paragraphs, a
//!   hard-wrapped paragraph, `[` and `\` runs), and within a bound per line
//!   for one character per line (76x the input, where the article alone
//!   is 24x); for all of them it is within four times the article plus
//!   eight times the input.
//!
//! `cargo test --test zero_copy -- --nocapture` prints the figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use newswire::Article;

/// Counts allocations and the bytes they ask for. A `realloc` counts as one
/// allocation of the bytes it adds (nothing when it shrinks), so a growing
/// `Vec` costs its final capacity, not the sum of its steps.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);
/// Bytes allocated and not yet freed.
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// The most [`LIVE`] has reached since it was last reset.
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Adds `size` bytes to [`LIVE`] and raises [`PEAK`] to match.
fn grow_live(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every method forwards to `System` with the caller's arguments
// unchanged; the counters are plain atomics and never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        grow_live(layout.size());
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        grow_live(layout.size());
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(new_size.saturating_sub(layout.size()), Ordering::Relaxed);
        // Old and new blocks can both be held while the bytes move.
        grow_live(new_size);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Tests in this binary run on several threads; each test holds this lock
/// from start to end (a failing one too, while its message is printed), so
/// that no other test allocates during a measurement.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// What one parse allocated: calls, bytes, and the bytes still held when
/// it returned (by the article).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    allocations: usize,
    bytes: usize,
    retained: usize,
}

/// Parses `text` and returns what the parse allocated (the article's own
/// memory included, since it is dropped after counting), and `check` applied
/// to the article. The figure is the least of a few runs, so that a stray
/// allocation of the test harness (printing a finished test's name) cannot
/// inflate it. The caller holds [`serial`].
fn measure<R>(text: &str, check: impl Fn(&Article<'_>) -> R) -> (Cost, R) {
    let mut best: Option<Cost> = None;
    for _ in 0..5 {
        let (a0, b0, l0) = (
            ALLOCATIONS.load(Ordering::SeqCst),
            BYTES.load(Ordering::SeqCst),
            LIVE.load(Ordering::SeqCst),
        );
        let article = newswire::parse(text).expect("parses");
        let cost = Cost {
            allocations: ALLOCATIONS.load(Ordering::SeqCst) - a0,
            bytes: BYTES.load(Ordering::SeqCst) - b0,
            retained: LIVE.load(Ordering::SeqCst).saturating_sub(l0),
        };
        drop(article);
        best = Some(best.map_or(cost, |b| b.min(cost)));
    }
    let article = newswire::parse(text).expect("parses");
    let r = check(&article);
    (best.expect("measured"), r)
}

/// Number of values in the article: every `Text` it holds (kicker,
/// headline, standfirst, each caption's text and credit, each author's name,
/// role and location, published, the dateline's parts, each body block, end
/// note, copyright and holder, boilerplate line).
fn values(a: &Article<'_>) -> usize {
    let opt = |o: Option<&newswire::Text<'_>>| usize::from(o.is_some());
    opt(a.kicker())
        + opt(a.headline())
        + opt(a.standfirst())
        + a.captions()
            .iter()
            .map(|c| 1 + opt(c.credit()))
            .sum::<usize>()
        + a.authors()
            .map(|x| 1 + opt(x.role()) + opt(x.location()))
            .sum::<usize>()
        + opt(a.published())
        + a.dateline()
            .map_or(0, |d| opt(d.location()) + opt(d.date()) + opt(d.agency()))
        + a.body().len()
        + a.end_notes().len()
        + a.copyright().map_or(0, |c| 1 + opt(c.holder()))
        + a.boilerplate().len()
}

/// The owned values of an article, with their field, for the report.
fn owned(a: &Article<'_>) -> Vec<(&'static str, usize, String)> {
    let mut out = Vec::new();
    let mut add = |field: &'static str, t: &newswire::Text<'_>| {
        if !t.is_borrowed() {
            let head: String = t.as_str().chars().take(50).collect();
            out.push((field, t.len(), head));
        }
    };
    for (field, t) in [
        ("kicker", a.kicker()),
        ("headline", a.headline()),
        ("standfirst", a.standfirst()),
        ("published", a.published()),
    ] {
        if let Some(t) = t {
            add(field, t);
        }
    }
    for c in a.captions() {
        add("caption", c.text());
        if let Some(cr) = c.credit() {
            add("credit", cr);
        }
    }
    for x in a.authors() {
        add("author", x.name());
    }
    for b in a.body() {
        add("body", b.text());
    }
    for t in a.end_notes() {
        add("end_note", t);
    }
    if let Some(c) = a.copyright() {
        add("copyright", c.text());
    }
    for t in a.boilerplate() {
        add("boilerplate", t);
    }
    out
}

const PARAGRAPHS: &[&str] = &[
    "The ferry between Hollen and Aarvik will run every hour from June, the operator said on Monday, after the regional council agreed to pay for a second crew.",
    "Passenger numbers on the route have doubled since the bridge at Skelby closed for repairs in the spring, and queues at the Aarvik terminal have stretched for more than a kilometre on summer weekends.",
    "The operator said it would also add a late sailing on Fridays and Saturdays, leaving Hollen at half past eleven, for the first time since the route opened.",
    "Residents of Hollen welcomed the plan but said the council should have acted a year ago, when the bridge repairs were first announced and the queues began.",
    "The council said the extra crew would cost about four million crowns a year and would be paid for from the budget set aside for the bridge.",
];

/// An article with no markup, one paragraph per line, blank lines between,
/// each paragraph repeated `scale` times on its line.
fn clean_article(scale: usize) -> String {
    let mut s =
        String::from("Ferry to run every hour as bridge repairs drag on\n\nBy Ana Lindqvist\n\n");
    for p in PARAGRAPHS {
        let line = vec![*p; scale].join(" ");
        s.push_str(&line);
        s.push_str("\n\n");
    }
    s
}

#[test]
fn a_clean_article_copies_no_text() {
    let _serial = serial();
    let shape = |a: &Article<'_>| {
        assert_eq!(
            a.headline().unwrap(),
            "Ferry to run every hour as bridge repairs drag on"
        );
        assert_eq!(a.authors().next().unwrap().name(), "Ana Lindqvist");
        let kinds: Vec<_> = a.body().iter().map(|b| b.kind()).collect();
        let body_borrowed = a.body().iter().all(|b| b.text().is_borrowed());
        (kinds, body_borrowed, owned(a).is_empty())
    };
    let mut costs = Vec::new();
    for scale in [1, 10, 100] {
        let text = clean_article(scale);
        let (cost, (kinds, body_borrowed, all_borrowed)) = measure(&text, shape);
        eprintln!(
            "(a) clean article, paragraphs x{scale}: {} bytes in, {} allocations, {} bytes allocated",
            text.len(),
            cost.allocations,
            cost.bytes
        );
        assert_eq!(
            kinds.len(),
            PARAGRAPHS.len(),
            "x{scale}: one block a paragraph"
        );
        assert!(body_borrowed, "x{scale}: every body value borrows");
        assert!(all_borrowed, "x{scale}: every value borrows");
        costs.push(cost);
    }
    // Paragraphs 10 and 100 times longer: exactly the same allocations.
    assert_eq!(costs[1], costs[2], "x10 and x100 allocate the same");
    // At x1, a few grammars that only look at short lines (a byline or a
    // timestamp is never long) still run, on the stack or with small
    // tables; x10 allocates no more than x1.
    assert!(
        costs[1].bytes <= costs[0].bytes + SLACK_BYTES,
        "x10 allocates {} bytes more than x1",
        costs[1].bytes - costs[0].bytes
    );
}

/// Bytes a parse of the clean article may allocate at x10 beyond x1: far
/// less than one paragraph (a copy of the text would cost 9 times it).
const SLACK_BYTES: usize = 1024;

/// Allocations allowed per value of the article. Each unit of the text (a
/// paragraph, a header line, a chrome line) costs a few: its pieces, its
/// spans, its plain text when rewritten, a grammar's scratch list; the
/// benchmark articles need 6 to 12 per value.
const ALLOCS_PER_VALUE: usize = 16;
/// Allocations allowed whatever the article (the line, unit and role lists).
const ALLOCS_FIXED: usize = 64;

const ARTICLES: &[(&str, &str)] = &[
    ("small", include_str!("../benches/data/small.txt")),
    ("medium", include_str!("../benches/data/medium.txt")),
    ("large", include_str!("../benches/data/large.txt")),
    ("wire", include_str!("../benches/data/wire.txt")),
    ("web", include_str!("../benches/data/web.txt")),
    ("brief", include_str!("../benches/data/brief.txt")),
    ("plain", include_str!("../benches/data/plain.txt")),
    ("french", include_str!("../benches/data/french.txt")),
    ("explainer", include_str!("../benches/data/explainer.txt")),
    ("pdf", include_str!("../benches/data/pdf.txt")),
];

#[test]
fn allocations_are_bounded_by_the_values() {
    let _serial = serial();
    let mut worst: f64 = 0.0;
    for &(name, text) in ARTICLES {
        let (cost, n) = measure(text, values);
        let per = cost.allocations as f64 / n as f64;
        worst = worst.max(per);
        eprintln!(
            "(b) {name:10} {:6} bytes in, {:3} values, {:5} allocations ({per:.1} per value)",
            text.len(),
            n,
            cost.allocations
        );
        assert!(
            cost.allocations <= ALLOCS_PER_VALUE * n + ALLOCS_FIXED,
            "{name}: {} allocations for {n} values",
            cost.allocations
        );
    }
    eprintln!("(b) worst: {worst:.1} allocations per value");
}

#[test]
#[ignore = "not met yet: about 4 heap bytes per input byte (see the module docs)"]
fn the_benchmark_articles_allocate_at_most_half_their_size() {
    let _serial = serial();
    let (mut input, mut allocated, mut retained, mut copied) = (0, 0, 0, 0);
    for &(name, text) in ARTICLES {
        let (cost, owned) = measure(text, owned);
        let owned_bytes: usize = owned.iter().map(|(_, len, _)| len).sum();
        input += text.len();
        allocated += cost.bytes;
        retained += cost.retained;
        copied += owned_bytes;
        eprintln!(
            "(c) {name:10} {:6} bytes in, {:6} allocated ({:5.2} per input byte), {:6} kept by the article, {:3} owned values holding {:6} bytes",
            text.len(),
            cost.bytes,
            cost.bytes as f64 / text.len() as f64,
            cost.retained,
            owned.len(),
            owned_bytes,
        );
        for (field, len, head) in owned {
            eprintln!("      owned {field} {len}B {head:?}");
        }
    }
    eprintln!(
        "(c) total: {input} bytes in, {allocated} allocated ({:.2} per input byte), {retained} kept by the articles, {copied} in owned values",
        allocated as f64 / input as f64
    );
    assert!(
        allocated * 2 <= input,
        "{allocated} bytes allocated for {input} bytes of input"
    );
}

/// The most heap a parse of `text` held at once, article included, and the
/// heap the article it returned holds.
fn peak_heap(text: &str) -> (usize, usize) {
    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let article = newswire::parse(text).expect("parses");
    // The test harness's own threads may free memory meanwhile.
    let peak = PEAK.load(Ordering::SeqCst).saturating_sub(before);
    let kept = LIVE.load(Ordering::SeqCst).saturating_sub(before);
    drop(article);
    (peak, kept)
}

/// Peak heap on hostile inputs of 1 MiB, as a multiple of the input: within
/// a small multiple for text of any shape, and bounded per line for the
/// degenerate case of one character per line, where every two-byte line is
/// a value of its own: the article alone holds 48 bytes per line there
/// (24x the input). For every family the peak is also within four times
/// the article the parse returns plus eight times the input: what a parse
/// holds on the way is a small multiple of what it gives back.
#[test]
fn peak_heap_is_a_small_multiple_of_the_input() {
    let _guard = serial();
    const MIB: usize = 1 << 20;
    let fill = |unit: &str| unit.repeat(MIB / unit.len());
    let paragraphs =
        fill("The harbour reopened on Monday after a week of strikes, officials said.\n\n");
    let wrapped = fill("The harbour reopened on Monday after a week of strikes and the\n");
    let families: [(&str, String, usize); 7] = [
        ("one long line", "word ".repeat(MIB / 5), 4),
        (
            "blank lines",
            format!("Head\n\nBody.\n{}End.\n", "\n".repeat(MIB)),
            4,
        ),
        ("paragraphs", paragraphs, 8),
        ("hard-wrapped paragraph", wrapped, 8),
        ("[ run", "[".repeat(MIB), 4),
        ("\\ run", "\\".repeat(MIB), 4),
        ("one-character lines", "a\n".repeat(MIB / 2), 96),
    ];
    let mut report = String::new();
    for (name, text, bound) in families {
        let (peak, kept) = peak_heap(&text);
        let ratio = peak as f64 / text.len() as f64;
        report.push_str(&format!(
            "{name}: peak heap {ratio:.1}x the input (bound {bound}x), {:.1}x the article's {:.1}x\n",
            peak as f64 / kept.max(1) as f64,
            kept as f64 / text.len() as f64,
        ));
        assert!(ratio <= bound as f64, "{report}");
        assert!(peak <= 4 * kept + 8 * text.len(), "{report}");
    }
    println!("{report}");
}
