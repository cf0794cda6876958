//! Runs the example programs, so that they cannot rot.
//!
//! `cargo test` builds the examples next to the test binaries
//! (`target/<profile>/examples/`); the tests run those binaries. When one is
//! missing or older than its source (say, after `cargo test --test
//! examples`), it is built first with `cargo build --example`.

mod common;

use std::process::Output;

use common::{assert_article, json, scratch, stderr, stdout, SAMPLE};

const SAMPLE_HEADLINE: &str = "Veldan harbour strike ends as dockers accept three-year pay deal";

/// Runs example `name` with `args`, feeding `stdin`.
fn run(name: &str, args: &[&str], stdin: &str) -> Output {
    common::run(name, args, stdin.as_bytes())
}

// ---- parse ----------------------------------------------------------------

#[test]
fn parse_prints_the_sample_as_pretty_json() {
    let out = run("parse", &[], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let article = json(stdout(&out));
    assert_article(&article);
    assert_eq!(article["headline"], SAMPLE_HEADLINE);
    assert!(stdout(&out).lines().count() > 11, "pretty-printed");
}

#[test]
fn parse_reads_files_and_stdin_one_line_each() {
    let dir = scratch("parse");
    let file = dir.join("sample.txt");
    std::fs::write(&file, SAMPLE).unwrap();
    let out = run("parse", &[file.to_str().unwrap(), "-"], SAMPLE);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(lines.len(), 2);
    for line in lines {
        assert_eq!(json(line)["headline"], SAMPLE_HEADLINE);
    }
}

#[test]
fn parse_reports_a_bad_file_and_goes_on() {
    let dir = scratch("parse-bad");
    let good = dir.join("good.txt");
    std::fs::write(&good, SAMPLE).unwrap();
    let missing = dir.join("missing.txt");
    let out = run(
        "parse",
        &[missing.to_str().unwrap(), good.to_str().unwrap()],
        "",
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1);
}

// ---- annotate -------------------------------------------------------------

/// Splits an annotated line into its label and the input line.
fn split_margin(line: &str) -> (&str, &str) {
    let (label, rest) = line.split_once('│').expect("every line has a margin");
    (label.trim(), rest.strip_prefix(' ').unwrap_or(rest))
}

#[test]
fn annotate_labels_every_line_of_the_sample() {
    let out = run("annotate", &[], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "no colour when piped");
    let annotated: Vec<(&str, &str)> = text.lines().map(split_margin).collect();
    let input: Vec<&str> = SAMPLE.lines().collect();
    assert_eq!(
        annotated.len(),
        input.len(),
        "one output line per input line"
    );
    for ((label, line), original) in annotated.iter().zip(&input) {
        assert_eq!(line, original, "the input is printed as it is");
        if original.trim().is_empty() {
            assert_eq!(*label, "", "blank lines have no label");
        } else {
            assert!(
                !label.is_empty() && *label != "?",
                "unclaimed line: {original}"
            );
        }
    }
    let label_of = |needle: &str| {
        annotated
            .iter()
            .find(|(_, line)| line.contains(needle))
            .map(|(label, _)| *label)
    };
    assert_eq!(label_of(SAMPLE_HEADLINE), Some("headline"));
    assert_eq!(label_of("Ilse Brandt"), Some("byline+published"));
    assert_eq!(label_of("All rights reserved"), Some("copyright"));
}

#[test]
fn annotate_reads_a_file_or_stdin() {
    let dir = scratch("annotate");
    let file = dir.join("article.txt");
    let text = "Port talks resume\n\nBy Ana Lind\n\nROTTERDAM, Aug 28 (Reuters) - Talks resumed on Monday after a week of strikes.\n";
    std::fs::write(&file, text).unwrap();
    let from_file = run("annotate", &[file.to_str().unwrap()], "");
    let from_stdin = run("annotate", &["-"], text);
    assert!(from_file.status.success(), "{}", stderr(&from_file));
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
    let lines: Vec<(&str, &str)> = stdout(&from_file).lines().map(split_margin).collect();
    assert_eq!(lines[0], ("headline", "Port talks resume"));
    assert_eq!(lines[2].0, "byline");
    assert_eq!(lines[4].0, "dateline+body");
}

#[test]
fn annotate_fails_clearly() {
    let out = run("annotate", &["no/such/file.txt"], "");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("cannot read no/such/file.txt"));
    let out = run("annotate", &["-"], " \n\n");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no article"), "{}", stderr(&out));
}

// ---- batch ----------------------------------------------------------------

#[test]
fn batch_parses_a_directory_in_sorted_order() {
    let dir = scratch("batch-dir");
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::write(dir.join("a.txt"), SAMPLE).unwrap();
    std::fs::write(dir.join("b/c/deep.TXT"), SAMPLE).unwrap();
    std::fs::write(dir.join("b/empty.txt"), "\n \n").unwrap();
    std::fs::write(dir.join("b/latin1.txt"), b"Caf\xe9\n\nBody.\n").unwrap();
    std::fs::write(dir.join("notes.md"), SAMPLE).unwrap();

    let out = run("batch", &[dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1), "some records failed");
    let records: Vec<serde_json::Value> = stdout(&out).lines().map(json).collect();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["a.txt", "b/c/deep.TXT", "b/empty.txt", "b/latin1.txt"]
    );
    assert_article(&records[0]["article"]);
    assert_eq!(records[1]["article"]["headline"], SAMPLE_HEADLINE);
    assert!(records[2]["error"].as_str().unwrap().contains("no article"));
    assert!(records[3]["error"].as_str().unwrap().contains("not UTF-8"));
    assert!(!stderr(&out).contains('\r'), "no progress when piped");
    assert!(
        stderr(&out).contains("2 of 4 records failed"),
        "{}",
        stderr(&out)
    );

    let out = run("batch", &["--exit-zero", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out).lines().count(), 4);
}

#[test]
fn batch_reads_json_lines_and_keeps_their_order() {
    // More records than one parallel chunk, with failures in between.
    let mut input = String::new();
    let n = 1300;
    for i in 0..n {
        let record = match i % 100 {
            7 => serde_json::json!({"id": i, "text": "   "}),
            13 => serde_json::json!({"id": i}),
            _ => serde_json::json!({"id": i, "text": SAMPLE}),
        };
        input.push_str(&record.to_string());
        input.push('\n');
        if i == 50 {
            input.push_str("\nnot json\n");
        }
    }
    let out = run("batch", &["--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1));
    let records: Vec<serde_json::Value> = stdout(&out).lines().map(json).collect();
    assert_eq!(
        records.len(),
        n + 1,
        "one line per record; blank lines skipped"
    );
    let mut expected = 0;
    for record in &records {
        if record["id"].is_null() {
            assert!(record["error"]
                .as_str()
                .unwrap()
                .starts_with("line 53: not JSON"));
            continue;
        }
        assert_eq!(record["id"], expected, "input order");
        match expected % 100 {
            7 => assert!(record["error"].as_str().unwrap().contains("no article")),
            13 => assert!(record["error"].as_str().unwrap().contains("no \"text\"")),
            _ => assert_eq!(record["article"]["headline"], SAMPLE_HEADLINE),
        }
        expected += 1;
    }
    assert_eq!(expected, n);

    // No arguments: the same as --jsonl.
    let one = r#"{"id": "x", "text": "Port talks resume\n\nTalks resumed on Monday after a week of strikes.\n"}"#;
    let out = run("batch", &[], one);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(stdout(&out))["id"], "x");
}

#[test]
fn batch_rejects_bad_usage() {
    for args in [&["--bogus"][..], &["--jsonl", "some/dir"], &["no/such/dir"]] {
        let out = run("batch", args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stdout(&out).is_empty());
    }
    let out = run("batch", &["--help"], "");
    assert!(out.status.success());
    assert!(stdout(&out).contains("--jsonl"));
}
