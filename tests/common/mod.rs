//! Helpers shared by the integration tests (the JSON shape's keys) and by
//! the tests that run the example programs.
//!
//! `cargo test` builds the examples next to the test binaries
//! (`target/<profile>/examples/`); the tests run those binaries. When one is
//! missing or older than its source (say, after `cargo test --test
//! examples`), it is built first with `cargo build --example`.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;

/// The sample article built into the examples.
pub const SAMPLE: &str = include_str!("../../examples/sample.txt");

/// The keys every serialised article has (ARTICLE.md, "The JSON shape").
pub const KEYS: [&str; 11] = [
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

/// The path of the example binary `name`, built if missing or stale.
pub fn example(name: &str) -> PathBuf {
    static BUILD: Mutex<()> = Mutex::new(());
    let _guard = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    // target/<profile>/deps/<test>-<hash> -> target/<profile>/examples/<name>
    let exe = std::env::current_exe().expect("the test binary has a path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test binary is in target/<profile>/deps");
    let bin = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let modified = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    let newest_source = [
        format!("examples/{name}.rs"),
        "examples/sample.txt".to_owned(),
    ]
    .iter()
    .filter_map(|p| modified(&manifest.join(p)))
    .max();
    let fresh = matches!((modified(&bin), newest_source), (Some(b), Some(s)) if b >= s);
    if !fresh {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let mut features = Vec::new();
        if cfg!(feature = "serde") {
            features.push("serde");
        }
        if cfg!(feature = "jiff") {
            features.push("jiff");
        }
        let status = Command::new(cargo)
            .args([
                "build",
                "--quiet",
                "--example",
                name,
                "--no-default-features",
            ])
            .arg(format!("--features={}", features.join(",")))
            .args(if dir.ends_with("release") {
                &["--release"][..]
            } else {
                &[]
            })
            .current_dir(manifest)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "cargo build --example {name} failed");
    }
    bin
}

/// Runs example `name` with `args`, feeding `stdin`.
pub fn run<A: AsRef<OsStr>>(name: &str, args: &[A], stdin: &[u8]) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start example {name}: {e}"));
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

/// Standard output as text.
pub fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

/// Standard error as text.
pub fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// A fresh scratch directory for one test.
pub fn scratch(test: &str) -> PathBuf {
    // Named after the test binary too, so that test files do not collide.
    let exe = std::env::current_exe().expect("the test binary has a path");
    let binary = exe.file_stem().and_then(OsStr::to_str).unwrap_or("tests");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{binary}-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the scratch directory can be made");
    dir
}

/// Parses one line of JSON output.
pub fn json(line: &str) -> serde_json::Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

/// Checks that a serialised article has every key of the JSON shape.
pub fn assert_article(value: &serde_json::Value) {
    for key in KEYS {
        assert!(value.get(key).is_some(), "key {key} missing in {value}");
    }
}
