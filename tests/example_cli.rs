//! The `parse` example as a command-line program: good and bad inputs.
//!
//! The example binary is the one `cargo test` builds next to the test
//! binaries (`target/<profile>/examples/parse`); when it is missing or older
//! than its source it is built first with `cargo build --example parse`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const SAMPLE: &str = include_str!("../examples/sample.txt");

/// The keys every serialised article has (ARTICLE.md, "The JSON shape").
const KEYS: [&str; 11] = [
    "kicker",
    "headline",
    "standfirst",
    "captions",
    "byline",
    "published",
    "dateline",
    "body",
    "end_notes",
    "copyright",
    "boilerplate",
];

/// The path of the `parse` example, built if missing or stale.
fn parse_binary() -> PathBuf {
    static BUILD: Mutex<()> = Mutex::new(());
    let _guard = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    // target/<profile>/deps/example_cli-<hash> -> target/<profile>/examples/parse
    let exe = std::env::current_exe().expect("the test binary has a path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test binary is in target/<profile>/deps");
    let bin = dir
        .join("examples")
        .join(format!("parse{}", std::env::consts::EXE_SUFFIX));
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let modified = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    let newest_source = ["examples/parse.rs", "examples/sample.txt"]
        .iter()
        .filter_map(|p| modified(&manifest.join(p)))
        .max();
    let fresh = matches!((modified(&bin), newest_source), (Some(b), Some(s)) if b >= s);
    if !fresh {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "--quiet", "--example", "parse"])
            .current_dir(manifest);
        if dir.ends_with("release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("cargo runs");
        assert!(status.success(), "cargo build --example parse failed");
    }
    bin
}

/// Runs the example with `args`, feeding `stdin`.
fn run(args: &[&Path], stdin: &[u8]) -> Output {
    let mut child = Command::new(parse_binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    // Write on another thread so that a large input cannot dead-lock
    // against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("the example runs");
    writer.join().expect("the writer thread ends");
    output
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("example-cli-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the scratch directory can be made");
    dir
}

fn json(line: &str) -> serde_json::Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

fn assert_article(value: &serde_json::Value) {
    for key in KEYS {
        assert!(value.get(key).is_some(), "key {key} missing in {value}");
    }
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
