//! Which grade of a clause a word or date belongs to: the nearest one, in words. Running
//! counts make each distance one subtraction and the grades' order makes the nearest a binary
//! search (measuring each grade's distance word by word, for every marker and date of a clause
//! for every grade in it, made a clause of many grades and dates cost its length cubed).

use std::ops::Range;

/// Running counts of the tokens of a range that pass a test.
pub(super) struct Tally {
    start: usize,
    /// `before[k]`: how many of the range's first `k` tokens pass.
    before: Vec<usize>,
}

impl Tally {
    /// Counts the tokens of `range` for which `counts` holds.
    pub(super) fn new(range: Range<usize>, counts: impl Fn(usize) -> bool) -> Tally {
        let mut before = vec![0];
        let mut n = 0;
        for i in range.clone() {
            n += usize::from(counts(i));
            before.push(n);
        }
        Tally { start: range.start, before }
    }

    /// How many tokens in `a..b` pass (none when `b <= a`); both lie within the range.
    pub(super) fn between(&self, a: usize, b: usize) -> usize {
        if b <= a {
            return 0;
        }
        self.before[b - self.start] - self.before[a - self.start]
    }
}

/// The index in `grades` (in order, not overlapping) of the grade nearest token `at`: the
/// fewest `words` between them, and for a date a comma between it and a grade after it counts
/// as four more. At equal distance a marker word goes with the grade after it, a date with the
/// grade before it, and otherwise the first grade wins.
pub(super) fn nearest_grade(
    grades: &[Range<usize>],
    at: usize,
    date: bool,
    words: &Tally,
    commas: &Tally,
) -> Option<usize> {
    let key = |r: &Range<usize>| {
        if at < r.start {
            let comma = date && commas.between(at, r.start) > 0;
            (words.between(at + 1, r.start) + if comma { 4 } else { 0 }, usize::from(date))
        } else {
            (words.between(r.end, at), usize::from(!date))
        }
    };
    // Grades that start at or before `at` are nearer the later they end; those after it, the
    // sooner they start.
    let after = grades.partition_point(|r| r.start <= at);
    let before = after.checked_sub(1).map(|last| {
        let least = words.between(grades[last].end, at);
        grades[..after].partition_point(|r| words.between(r.end, at) > least)
    });
    match (before, (after < grades.len()).then_some(after)) {
        (Some(b), Some(a)) => Some(if key(&grades[b]) <= key(&grades[a]) { b } else { a }),
        (b, a) => b.or(a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The nearest grade measured as the reader once did, grade by grade and word by word.
    fn nearest_by_scan(grades: &[Range<usize>], at: usize, date: bool, word: &[bool], comma: &[bool]) -> Option<usize> {
        let count = |a: usize, b: usize, of: &[bool]| (a..b).filter(|&i| of[i]).count();
        (0..grades.len()).min_by_key(|&k| {
            let r = &grades[k];
            if at < r.start {
                let apart = count(at + 1, r.start, word) + if date && count(at, r.start, comma) > 0 { 4 } else { 0 };
                (apart, usize::from(date))
            } else {
                (count(r.end, at, word), usize::from(!date))
            }
        })
    }

    /// Every clause of up to eight tokens, each a word, a comma or neither, with grades of one
    /// or two tokens laid out every way (apart by none to two tokens, from the first or the
    /// second): the nearest found by search is the one found by scan.
    #[test]
    fn the_nearest_grade_is_the_one_a_scan_finds() {
        let mut cases = 0;
        for n in 1..=8usize {
            for kinds in 0..3usize.pow(n as u32) {
                let kind = |i: usize| kinds / 3usize.pow(i as u32) % 3;
                let word: Vec<bool> = (0..n).map(|i| kind(i) == 1).collect();
                let comma: Vec<bool> = (0..n).map(|i| kind(i) == 2).collect();
                let words = Tally::new(0..n, |i| word[i]);
                let commas = Tally::new(0..n, |i| comma[i]);
                for (gap, len, first) in (0..3).flat_map(|g| (1..3).flat_map(move |l| (0..2).map(move |f| (g, l, f)))) {
                    let grades: Vec<Range<usize>> =
                        (first..n).step_by(gap + len).filter(|&s| s + len <= n).map(|s| s..s + len).collect();
                    for at in 0..n {
                        for date in [false, true] {
                            let found = nearest_grade(&grades, at, date, &words, &commas);
                            let scanned = nearest_by_scan(&grades, at, date, &word, &comma);
                            assert_eq!(found, scanned, "{word:?} {comma:?} {grades:?} at {at}");
                            cases += 1;
                        }
                    }
                }
            }
        }
        assert!(cases > 1_000_000);
    }
}
