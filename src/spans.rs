//! Token spans (mentions of councils, words a table has read) sorted by their first token,
//! with the furthest end reached so far, so that whether any of them covers a token or meets a
//! range is a binary search rather than a scan: a scan for every token or mention made reading
//! grow with the square of the text.

use std::ops::Range;

/// Spans in order of their first token; they may overlap.
#[derive(Debug, Clone, Default)]
pub struct Spans {
    spans: Vec<Range<usize>>,
    /// `reach[k]`: the furthest end of `spans[..=k]`.
    reach: Vec<usize>,
}

impl Spans {
    /// The spans, sorted by their first token (spans that start together keep their order).
    pub fn new(mut spans: Vec<Range<usize>>) -> Spans {
        crate::order::sort_by_key(&mut spans, |r| r.start);
        let reach = spans
            .iter()
            .scan(0, |end, r| {
                *end = (*end).max(r.end);
                Some(*end)
            })
            .collect();
        Spans { spans, reach }
    }

    /// The spans in order.
    pub fn as_slice(&self) -> &[Range<usize>] {
        &self.spans
    }

    /// Whether any span shares a token with `range` (for an empty `range`, whether one starts
    /// before its end and ends after its start).
    pub fn overlaps(&self, range: Range<usize>) -> bool {
        let before_end = self.spans.partition_point(|r| r.start < range.end);
        before_end > 0 && self.reach[before_end - 1] > range.start
    }

    /// Whether any span holds token `i`.
    pub fn covers(&self, i: usize) -> bool {
        self.overlaps(i..i + 1)
    }

    /// The first span that starts at token `i`.
    pub fn starting_at(&self, i: usize) -> Option<Range<usize>> {
        let k = self.spans.partition_point(|r| r.start < i);
        self.spans.get(k).filter(|r| r.start == i).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every answer is the one a scan of all spans gives.
    #[test]
    fn answers_as_a_scan_would() {
        let list = vec![9..12, 0..3, 2..8, 2..4, 15..15, 20..26, 21..22];
        let spans = Spans::new(list.clone());
        for a in 0..30 {
            assert_eq!(spans.covers(a), list.iter().any(|r| r.contains(&a)), "covers {a}");
            assert_eq!(spans.starting_at(a), list.iter().find(|r| r.start == a).cloned());
            for b in a..30 {
                let scan = list.iter().any(|r| r.start < b && a < r.end);
                assert_eq!(spans.overlaps(a..b), scan, "overlaps {a}..{b}");
            }
        }
        assert_eq!(spans.starting_at(2), Some(2..8), "the first of two spans that start together");
        assert!(Spans::new(Vec::new()).as_slice().is_empty());
    }
}
