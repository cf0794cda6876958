//! The `parse` example as a command-line program: good and bad inputs.
//!
//! The example binary is the one `cargo test` builds next to the test
//! binaries (`target/<profile>/examples/parse`); when it is missing or older
//! than its source it is built first with `cargo build --example parse`.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use common::{assert_article, json, scratch, stderr, stdout, KEYS, SAMPLE};

/// Runs the `parse` example with `args`, feeding `stdin`.
fn run(args: &[&Path], stdin: &[u8]) -> Output {
    common::run("parse", args, stdin)
}

/// A small article whose headline names it.
fn article(name: &str) -> String {
    format!(
        "Markets\n\nHarbour talks resume in {name} after strike\n\nBy Ana Lind\n\n\
         ROTTERDAM, Aug 28 (Reuters) - Talks resumed on Monday after a week of strikes.\n"
    )
}

fn headline(name: &str) -> String {
    format!("Harbour talks resume in {name} after strike")
}

/// Asserts that the run failed with exactly one stderr line, naming `path`.
fn assert_one_error(out: &Output, path: &Path, what: &str) {
    assert!(!out.status.success(), "{what}: exit status {}", out.status);
    assert!(stdout(out).is_empty(), "{what}: stdout {:?}", stdout(out));
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{what}: one line expected: {err:?}");
    assert!(
        err.contains(path.to_str().unwrap()),
        "{what}: the error names the file: {err:?}"
    );
}

#[test]
fn no_argument_prints_the_sample_as_pretty_json() {
    let out = run(&[], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().count() > KEYS.len(), "pretty-printed: {text}");
    let value = json(text);
    assert_article(&value);
    let headline = value["headline"]
        .as_str()
        .expect("the sample has a headline");
    assert!(!headline.is_empty());
    assert!(SAMPLE.contains(headline), "{headline}");
}

#[test]
fn a_missing_file_is_one_clear_error() {
    let dir = scratch("missing");
    let path = dir.join("no-such-article.txt");
    let out = run(&[&path], b"");
    assert_one_error(&out, &path, "missing file");
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
}

#[test]
fn a_directory_is_one_clear_error() {
    let dir = scratch("directory");
    let out = run(&[&dir], b"");
    assert_one_error(&out, &dir, "directory");
}

#[test]
fn a_non_utf8_file_is_one_clear_error() {
    let dir = scratch("latin1");
    let path = dir.join("latin1.txt");
    std::fs::write(
        &path,
        b"Caf\xe9 talks resume\n\nThe caf\xe9 reopened on Monday.\n",
    )
    .unwrap();
    let out = run(&[&path], b"");
    assert_one_error(&out, &path, "non-UTF-8 file");
    assert!(stderr(&out).contains("not UTF-8"), "{}", stderr(&out));
    assert!(stderr(&out).contains("offset 3"), "{}", stderr(&out));
}

#[test]
fn an_empty_file_is_one_clear_error() {
    let dir = scratch("empty");
    for (name, content) in [("empty.txt", ""), ("blank.txt", " \n\t\r\n\n")] {
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        let out = run(&[&path], b"");
        assert_one_error(&out, &path, name);
        assert!(stderr(&out).contains("no article"), "{}", stderr(&out));
    }
}

#[test]
fn a_100_mib_file_is_refused_quickly() {
    let dir = scratch("huge");
    let path = dir.join("huge.txt");
    {
        let file = std::fs::File::create(&path).unwrap();
        let mut w = std::io::BufWriter::new(file);
        let chunk = article("Veldan").repeat(64);
        let mut written = 0;
        while written < 100 * 1024 * 1024 {
            w.write_all(chunk.as_bytes()).unwrap();
            written += chunk.len();
        }
        w.flush().unwrap();
    }
    let start = Instant::now();
    let out = run(&[&path], b"");
    let took = start.elapsed();
    let _ = std::fs::remove_file(&path);
    assert_one_error(&out, &path, "100 MiB file");
    assert!(stderr(&out).contains("limit"), "{}", stderr(&out));
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn dash_reads_standard_input() {
    let out = run(&[Path::new("-")], article("Stdin").as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(lines.len(), 1, "one JSON object per line");
    let value = json(lines[0]);
    assert_article(&value);
    assert_eq!(value["headline"], headline("Stdin"));
    assert_eq!(value["byline"]["authors"][0]["name"], "Ana Lind");
    assert_eq!(value["dateline"]["agency"], "Reuters");
}

#[test]
fn good_and_bad_files_mixed() {
    let dir = scratch("mixed");
    let good = |name: &str| {
        let path = dir.join(format!("{name}.txt"));
        std::fs::write(&path, article(name)).unwrap();
        path
    };
    let first = good("Oslo");
    let missing = dir.join("missing.txt");
    let second = good("Lima");
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9\n").unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let subdir = dir.join("subdir");
    std::fs::create_dir_all(&subdir).unwrap();
    let third = good("Veldan");
    let args: Vec<&Path> = vec![
        &first,
        &missing,
        &second,
        &latin1,
        Path::new("-"),
        &empty,
        &subdir,
        &third,
    ];
    let out = run(&args, article("Stdin").as_bytes());
    assert!(!out.status.success(), "some inputs failed");
    let headlines: Vec<String> = stdout(&out)
        .lines()
        .map(|line| {
            let value = json(line);
            assert_article(&value);
            value["headline"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        headlines,
        ["Oslo", "Lima", "Stdin", "Veldan"].map(headline),
        "the good inputs, one line each, in order"
    );
    let errors: Vec<&str> = stderr(&out).lines().collect();
    let bad = [&missing, &latin1, &empty, &subdir];
    assert_eq!(errors.len(), bad.len(), "one line per bad file: {errors:?}");
    for (line, path) in errors.iter().zip(bad) {
        assert!(
            line.contains(path.to_str().unwrap()),
            "{line:?} names {path:?}"
        );
    }
}
