//! Throughput of `newswire::parse`, with baselines over the same bytes in
//! the same group, so each figure can be read as a ratio:
//!
//! - `memchr_newlines`: counting the line breaks with `memchr` (a floor: the
//!   least any line-based parser must do);
//! - `lines_trim`: `str::lines()` and `trim()` of every line (the cost of
//!   looking at every line once, with no grammar);
//! - `pulldown_cmark`: a full CommonMark parse of the same text (every event).
//!
//! Groups: `small` (~1.5 KB web article), `medium` (~8 KB markdown), `large`
//! (~38 KB hard-wrapped long-form with a page break), `corpus` (20 articles
//! parsed one after the other), and `pathological/*`: hostile inputs of
//! 1, 2, 4 and 8 MiB whose cost per byte should stay flat.
//!
//! Every article under `benches/data/` was invented for these benchmarks.
//!
//! ```text
//! cargo bench --bench parse                  # everything (a few minutes)
//! cargo bench --bench parse -- corpus        # one group
//! NEWSWIRE_BENCH_MAX_MIB=2 cargo bench --bench parse -- pathological
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode,
    Throughput,
};

const SMALL: &str = include_str!("data/small.txt");
const MEDIUM: &str = include_str!("data/medium.txt");
const LARGE: &str = include_str!("data/large.txt");

/// Every benchmark article, named by file.
const ARTICLES: &[(&str, &str)] = &[
    ("small", SMALL),
    ("medium", MEDIUM),
    ("large", LARGE),
    ("wire", include_str!("data/wire.txt")),
    ("web", include_str!("data/web.txt")),
    ("brief", include_str!("data/brief.txt")),
    ("plain", include_str!("data/plain.txt")),
    ("french", include_str!("data/french.txt")),
    ("explainer", include_str!("data/explainer.txt")),
    ("pdf", include_str!("data/pdf.txt")),
];

/// Number of articles in the `corpus` group.
const CORPUS_LEN: usize = 20;

/// The corpus: the articles twice over, the second pass rotated so that no
/// article follows the same one both times.
fn corpus() -> Vec<&'static str> {
    let n = ARTICLES.len();
    (0..CORPUS_LEN)
        .map(|i| ARTICLES[(i + (i / n) * 3) % n].1)
        .collect()
}

/// What a parse of one text must give, taken once before measuring and
/// checked on every iteration, so the parse can be neither skipped nor
/// silently broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Expect {
    headline: bool,
    body: usize,
}

fn summary(text: &str) -> Expect {
    let article = newswire::parse(text).expect("every benchmark input holds an article");
    Expect {
        headline: article.headline().is_some(),
        body: article.body().len(),
    }
}

/// Parses `text` and checks the result against `expect`.
#[inline]
fn parse_checked(text: &str, expect: Expect) {
    let article = newswire::parse(black_box(text)).expect("parses");
    assert_eq!(article.body().len(), expect.body);
    assert_eq!(article.headline().is_some(), expect.headline);
    black_box(&article);
}

fn memchr_newlines(text: &str) -> usize {
    memchr::memchr_iter(b'\n', black_box(text).as_bytes()).count()
}

fn lines_trim(text: &str) -> usize {
    black_box(text).lines().map(|l| l.trim().len()).sum()
}

fn pulldown_cmark_events(text: &str) -> usize {
    pulldown_cmark::Parser::new(black_box(text)).count()
}

fn configure(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
}

/// The four contenders over the texts of one group; the parse of each text
/// is checked against what a first parse gave.
fn compare(c: &mut Criterion, name: &str, texts: &[&str]) {
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let expected: Vec<Expect> = texts.iter().map(|t| summary(t)).collect();
    assert!(
        expected.iter().all(|e| e.headline && e.body > 0),
        "{name}: every benchmark article has a headline and a body: {expected:?}"
    );
    let newlines: usize = texts.iter().map(|t| memchr_newlines(t)).sum();
    let trimmed: usize = texts.iter().map(|t| lines_trim(t)).sum();
    let events: usize = texts.iter().map(|t| pulldown_cmark_events(t)).sum();

    let mut group = c.benchmark_group(name);
    configure(&mut group);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("newswire", |b| {
        b.iter(|| {
            for (text, &expect) in texts.iter().zip(&expected) {
                parse_checked(text, expect);
            }
        })
    });
    group.bench_function("memchr_newlines", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| memchr_newlines(t)).sum();
            assert_eq!(n, newlines);
        })
    });
    group.bench_function("lines_trim", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| lines_trim(t)).sum();
            assert_eq!(n, trimmed);
        })
    });
    group.bench_function("pulldown_cmark", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| pulldown_cmark_events(t)).sum();
            assert_eq!(n, events);
        })
    });
    group.finish();
}

fn articles(c: &mut Criterion) {
    // Checks that the data is what the group names promise.
    let large_body = summary(LARGE).body;
    assert!(large_body >= 80, "large has {large_body} body blocks");
    compare(c, "small", &[SMALL]);
    compare(c, "medium", &[MEDIUM]);
    compare(c, "large", &[LARGE]);
    compare(c, "corpus", &corpus());
}

/// A hostile input family: `prefix` then `unit` repeated up to `size` bytes.
struct Family {
    name: &'static str,
    prefix: &'static str,
    unit: &'static str,
}

const FAMILIES: &[Family] = &[
    // One line with no break: the line splitter, the wrap measure and every
    // grammar that looks at a whole line.
    Family {
        name: "long_line",
        prefix: "",
        unit: "The tide rose over the causeway again. ",
    },
    // A unit per two bytes: the per-unit cost of the document grammar.
    Family {
        name: "one_char_lines",
        prefix: "",
        unit: "a\n",
    },
    // Unclosed brackets: the link grammar must not rescan the rest each time.
    Family {
        name: "open_brackets",
        prefix: "",
        unit: "[",
    },
    // A byline of ever more names: the author separators.
    Family {
        name: "by_and",
        prefix: "By Ana Lind",
        unit: " and Ola Berg",
    },
    // Links that never close their target.
    Family {
        name: "unclosed_link",
        prefix: "",
        unit: "[text](",
    },
];

const MIB: usize = 1024 * 1024;

fn build(family: &Family, size: usize) -> String {
    let mut s = String::with_capacity(size);
    s.push_str(family.prefix);
    while s.len() + family.unit.len() <= size {
        s.push_str(family.unit);
    }
    s
}

/// Largest pathological size, in MiB (8 unless `NEWSWIRE_BENCH_MAX_MIB`
/// says less).
fn max_mib() -> usize {
    std::env::var("NEWSWIRE_BENCH_MAX_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8)
}

fn pathological(c: &mut Criterion) {
    let max = max_mib();
    for family in FAMILIES {
        let mut group = c.benchmark_group(format!("pathological/{}", family.name));
        group
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_millis(200))
            .measurement_time(Duration::from_secs(1));
        for mib in [1, 2, 4, 8].into_iter().filter(|&m| m <= max) {
            let text = build(family, mib * MIB);
            let expect = summary(&text);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new("newswire", format!("{mib}MiB")),
                &text,
                |b, text| b.iter(|| parse_checked(text, expect)),
            );
        }
        group.finish();
    }
}

criterion_group!(benches, articles, pathological);
criterion_main!(benches);
