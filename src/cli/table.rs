//! `--table`: every file read as its own inspection, on every core, written as one row per file
//! in the order the files were given (CSV, or JSON lines). Files that cannot be read are named
//! on standard error and have no row; the run then exits 2 once the batch is done.

use std::io::{BufWriter, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::thread;

use super::input;
use super::progress::Progress;
use super::table_row::{table_csv_header, TableRow};

/// How the table is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// RFC 4180 CSV with a header line.
    Csv,
    /// One JSON object per line, with the CSV's columns as keys.
    JsonLines,
}

/// What reading one file gave: its row, or the sentence saying why it could not be read.
type Read = Result<TableRow, String>;

/// Reads `files` and writes the table to standard output.
pub fn run(files: &[String], output: Output) -> ExitCode {
    let workers = thread::available_parallelism().map_or(1, NonZeroUsize::get).min(files.len());
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel();
    let written = thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = files.get(index) else { break };
                let read = input::inspection(name).map(|inspection| TableRow::new(name, &inspection));
                if sender.send((index, read)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let written = write_in_order(receiver, files.len(), output);
        // Once writing has failed, workers take no further file.
        next.store(files.len(), Ordering::Relaxed);
        written
    });
    match written {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("ofsted-compare: {failed} of {} files could not be read.", files.len());
            ExitCode::from(2)
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(2),
        Err(e) => {
            eprintln!("ofsted-compare: could not write the table ({e}).");
            ExitCode::from(2)
        }
    }
}

/// Writes each file's row as soon as every file before it is written; returns how many files
/// could not be read.
fn write_in_order(receiver: Receiver<(usize, Read)>, total: usize, output: Output) -> std::io::Result<usize> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    if output == Output::Csv {
        out.write_all(table_csv_header().as_bytes())?;
    }
    let mut waiting: Vec<Option<Read>> = (0..total).map(|_| None).collect();
    let (mut next, mut received, mut failed) = (0, 0, 0);
    let mut progress = Progress::new(total);
    for (index, read) in receiver {
        waiting[index] = Some(read);
        received += 1;
        while let Some(read) = waiting.get_mut(next).and_then(Option::take) {
            match read {
                Ok(row) => write_row(&mut out, &row, output)?,
                Err(message) => {
                    progress.clear();
                    eprintln!("ofsted-compare: {message}");
                    failed += 1;
                }
            }
            next += 1;
        }
        // Rows go out as soon as they are written, so that whoever reads the output (or a pipe
        // closed early) sees them at once; a file takes far longer to read than a flush.
        out.flush()?;
        progress.update(received);
    }
    progress.clear();
    out.flush()?;
    Ok(failed)
}

fn write_row(out: &mut impl Write, row: &TableRow, output: Output) -> std::io::Result<()> {
    match output {
        Output::Csv => out.write_all(row.csv_line().as_bytes()),
        Output::JsonLines => {
            serde_json::to_writer(&mut *out, row)?;
            out.write_all(b"\n")
        }
    }
}
