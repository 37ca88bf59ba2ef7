//! A batch's progress on standard error: files done, rate and time left, on one line redrawn in
//! place. Shown only when standard error is a terminal and the batch has run for over a second.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// How long a batch runs before its progress is shown, and how often the line is redrawn.
const SHOW_AFTER: Duration = Duration::from_secs(1);
const REDRAW_EVERY: Duration = Duration::from_millis(100);

/// The progress line of one batch.
pub struct Progress {
    total: usize,
    started: Instant,
    drawn: Option<Instant>,
    terminal: bool,
}

impl Progress {
    /// Progress through `total` files, starting now.
    pub fn new(total: usize) -> Progress {
        Progress { total, started: Instant::now(), drawn: None, terminal: std::io::stderr().is_terminal() }
    }

    /// Shows that `done` files are read, when it is time to.
    pub fn update(&mut self, done: usize) {
        let now = Instant::now();
        let elapsed = now - self.started;
        let due = self.drawn.is_none_or(|at| now - at >= REDRAW_EVERY);
        if !self.terminal || elapsed < SHOW_AFTER || !due {
            return;
        }
        self.drawn = Some(now);
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{}", line(done, self.total, elapsed));
        let _ = err.flush();
    }

    /// Removes the line, so that what is printed next starts on a clean line.
    pub fn clear(&mut self) {
        if self.drawn.take().is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}

/// "40 of 149 files, 12.5 a second, about 9 s left".
fn line(done: usize, total: usize, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs_f64().max(f64::EPSILON);
    let rate = done as f64 / seconds;
    let left = if rate > 0.0 {
        format!(", about {} left", duration_words((total - done) as f64 / rate))
    } else {
        String::new()
    };
    format!("{done} of {total} files, {rate:.1} a second{left}")
}

/// "9 s", "3 min 20 s", "2 h 5 min".
fn duration_words(seconds: f64) -> String {
    let s = seconds.ceil() as u64;
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min {} s", s / 60, s % 60),
        _ => format!("{} h {} min", s / 3600, s % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_gives_count_rate_and_time_left() {
        assert_eq!(line(40, 140, Duration::from_secs(4)), "40 of 140 files, 10.0 a second, about 10 s left");
        assert_eq!(line(1, 1001, Duration::from_secs(2)), "1 of 1001 files, 0.5 a second, about 33 min 20 s left");
        assert_eq!(line(0, 10, Duration::from_secs(2)), "0 of 10 files, 0.0 a second");
    }

    #[test]
    fn durations_are_in_words() {
        assert_eq!(duration_words(0.2), "1 s");
        assert_eq!(duration_words(59.0), "59 s");
        assert_eq!(duration_words(61.0), "1 min 1 s");
        assert_eq!(duration_words(7500.0), "2 h 5 min");
    }
}
