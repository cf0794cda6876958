//! Parses many articles in parallel and writes JSON Lines.
//!
//! ```text
//! cargo run --release --example batch -- DIR          # every .txt file under DIR
//! cargo run --release --example batch -- --jsonl      # {"id", "text"} records on stdin
//! cargo run --release --example batch                 # same as --jsonl
//! ```
//!
//! Each input record gives one line on stdout, in input order:
//!
//! ```text
//! {"id":"politics/ap-01.txt","article":{"kicker":null,"headline":"...",...}}
//! {"id":"empty.txt","error":"the input holds no article (it is empty or blank) at line 1, column 1 (byte 0)"}
//! ```
//!
//! In directory mode the id is the file's path relative to DIR (files are
//! visited in sorted order); in `--jsonl` mode it is the record's `id`,
//! copied as it was (a string, a number, or `null` when absent). Blank input
//! lines are skipped; a line that is not a JSON object with a `text` string
//! gives an error record with id `null` and the line number.
//!
//! Records are parsed on all cores (rayon; set `RAYON_NUM_THREADS` to
//! limit), a chunk at a time, so memory stays bounded on long streams.
//! Progress goes to stderr only when stderr is a terminal. A failed record
//! does not stop the run; the exit code is 1 if any record failed, unless
//! `--exit-zero` is given (for Spark `RDD.pipe` and Hadoop Streaming, which
//! fail the whole task on a non-zero exit), and 2 on a usage or I/O error.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;

const USAGE: &str = "usage: batch [--exit-zero] [DIR | --jsonl]

  DIR          parse every .txt file under DIR (recursively)
  --jsonl      read {\"id\": ..., \"text\": ...} JSON Lines on stdin (the default)
  --exit-zero  exit 0 even when some records failed (they are still reported)

Writes one JSON line per record to stdout, in input order:
  {\"id\": ..., \"article\": {...}}  or  {\"id\": ..., \"error\": \"...\"}";

/// Records parsed per parallel step.
const CHUNK: usize = 512;

/// One input record: where it came from and what to parse.
enum Record {
    /// A `.txt` file: its id (path relative to the root) and full path.
    File(String, PathBuf),
    /// A JSON Lines record: its 1-based line number and the raw line.
    Line(usize, String),
    /// A directory that could not be listed.
    Unlisted(String, io::Error),
}

/// The outcome of one record: its output line, and whether it failed.
struct Output {
    line: String,
    failed: bool,
}

fn output(id: &str, result: Result<String, String>) -> Output {
    match result {
        Ok(article) => Output {
            line: format!(r#"{{"id":{id},"article":{article}}}"#),
            failed: false,
        },
        Err(message) => Output {
            line: format!(
                r#"{{"id":{id},"error":{}}}"#,
                serde_json::to_string(&message).expect("strings serialise")
            ),
            failed: true,
        },
    }
}

/// Parses `text` and serialises the article.
fn parse(text: &str) -> Result<String, String> {
    let article = newswire::parse(text).map_err(|e| e.to_string())?;
    serde_json::to_string(&article).map_err(|e| e.to_string())
}

fn process(record: &Record) -> Output {
    match record {
        Record::File(id, path) => {
            let id = serde_json::to_string(id).expect("strings serialise");
            let result = std::fs::read(path)
                .map_err(|e| format!("cannot read: {e}"))
                .and_then(|bytes| {
                    String::from_utf8(bytes).map_err(|e| {
                        format!(
                            "not UTF-8 (invalid byte at offset {})",
                            e.utf8_error().valid_up_to()
                        )
                    })
                })
                .and_then(|text| parse(&text));
            output(&id, result)
        }
        Record::Unlisted(id, e) => output(
            &serde_json::to_string(id).expect("strings serialise"),
            Err(format!("cannot list directory: {e}")),
        ),
        Record::Line(number, line) => {
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(value) => value,
                Err(e) => return output("null", Err(format!("line {number}: not JSON: {e}"))),
            };
            let id = match value.get("id") {
                Some(id) => serde_json::to_string(id).expect("values serialise"),
                None => "null".to_owned(),
            };
            match value.get("text").and_then(|t| t.as_str()) {
                Some(text) => output(&id, parse(text)),
                None => output(
                    &id,
                    Err(format!("line {number}: the record has no \"text\" string")),
                ),
            }
        }
    }
}

/// Every `.txt` file under `root`, in sorted order, as records.
fn walk(root: &Path, dir: &Path, out: &mut Vec<Record>) {
    let id = |path: &Path| {
        let rel = path.strip_prefix(root).unwrap_or(path);
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Record::Unlisted(id(dir), e));
            return;
        }
    };
    let mut paths: Vec<(PathBuf, bool)> = entries
        .filter_map(Result::ok)
        .map(|entry| {
            // Symbolic links to directories are not followed (no cycles).
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            (entry.path(), is_dir)
        })
        .collect();
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            walk(root, &path, out);
        } else if path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"))
            && path.is_file()
        {
            out.push(Record::File(id(&path), path));
        }
    }
}

/// Reads up to `CHUNK` non-blank lines from `input`; `line` counts lines read.
fn read_chunk(input: &mut impl BufRead, line: &mut usize) -> io::Result<Vec<Record>> {
    let mut chunk = Vec::with_capacity(CHUNK);
    while chunk.len() < CHUNK {
        let mut buf = String::new();
        if input.read_line(&mut buf)? == 0 {
            break;
        }
        *line += 1;
        if !buf.trim().is_empty() {
            chunk.push(Record::Line(*line, buf));
        }
    }
    Ok(chunk)
}

/// Counts and reports progress.
struct Progress {
    show: bool,
    total: Option<usize>,
    done: usize,
    failed: usize,
    started: Instant,
}

impl Progress {
    fn update(&mut self, outputs: &[Output]) {
        self.done += outputs.len();
        self.failed += outputs.iter().filter(|o| o.failed).count();
        if self.show {
            let rate = self.done as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            let total = self.total.map_or(String::new(), |t| format!("/{t}"));
            eprint!(
                "\rbatch: {}{total} records, {} failed, {rate:.0}/s ",
                self.done, self.failed
            );
        }
    }

    fn finish(&self) {
        if self.show {
            eprintln!();
        }
        if self.failed > 0 {
            eprintln!("batch: {} of {} records failed", self.failed, self.done);
        }
    }
}

fn write_all(out: &mut impl Write, outputs: &[Output]) -> io::Result<()> {
    for o in outputs {
        writeln!(out, "{}", o.line)?;
    }
    out.flush()
}

fn run(dir: Option<&Path>, out: &mut impl Write) -> io::Result<Progress> {
    let mut progress = Progress {
        show: io::stderr().is_terminal(),
        total: None,
        done: 0,
        failed: 0,
        started: Instant::now(),
    };
    let parse_all =
        |records: &[Record]| -> Vec<Output> { records.par_iter().map(process).collect() };
    match dir {
        Some(dir) => {
            let mut records = Vec::new();
            walk(dir, dir, &mut records);
            progress.total = Some(records.len());
            for chunk in records.chunks(CHUNK) {
                let outputs = parse_all(chunk);
                write_all(out, &outputs)?;
                progress.update(&outputs);
            }
        }
        None => {
            let stdin = io::stdin();
            let mut line = 0;
            let mut chunk = read_chunk(&mut stdin.lock(), &mut line)?;
            while !chunk.is_empty() {
                // Read the next chunk while this one is parsed.
                let (outputs, next) = rayon::join(
                    || parse_all(&chunk),
                    || read_chunk(&mut stdin.lock(), &mut line),
                );
                write_all(out, &outputs)?;
                progress.update(&outputs);
                chunk = next?;
            }
        }
    }
    Ok(progress)
}

fn main() -> ExitCode {
    let mut exit_zero = false;
    let mut jsonl = false;
    let mut dir = None;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--exit-zero") => exit_zero = true,
            Some("--jsonl") => jsonl = true,
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some(flag) if flag.starts_with('-') => {
                eprintln!("batch: unknown option {flag}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            _ if dir.is_none() => dir = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("batch: more than one directory given\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if jsonl && dir.is_some() {
        eprintln!("batch: give a directory or --jsonl, not both\n\n{USAGE}");
        return ExitCode::from(2);
    }
    if let Some(dir) = dir.as_deref().filter(|d| !d.is_dir()) {
        eprintln!("batch: {} is not a directory", dir.display());
        return ExitCode::from(2);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match run(dir.as_deref(), &mut out) {
        Ok(progress) => {
            progress.finish();
            if progress.failed > 0 && !exit_zero {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        // The reader went away (`batch | head`): stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("batch: {e}");
            ExitCode::from(2)
        }
    }
}
