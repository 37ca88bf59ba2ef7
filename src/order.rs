//! A stable sort that is small in WebAssembly: the standard library's sorts are fast but add
//! several kilobytes of code for every type sorted, and the page sorts only short lists.

/// Sorts `items` by `key`, keeping the order of equal keys (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    if items.len() < 2 {
        return;
    }
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = stable_order(keys.len(), &|a, b| keys[a] <= keys[b]);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices of `keys` grouped by equal key: each group's indices ascending, the groups in key
/// order. Sorting, not hashing: the page's wasm carries no hash table, and callers share one key
/// type ([`GroupKey`]) so that one copy of this code serves every grouping.
pub fn group_by_key(keys: &[GroupKey]) -> Vec<Vec<usize>> {
    let order = stable_order(keys.len(), &|a, b| keys[a] <= keys[b]);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let same = k > 0 && order.get(k - 1).is_some_and(|&j| keys[j] == keys[i]);
        match groups.last_mut() {
            Some(group) if same => group.push(i),
            _ => groups.push(vec![i]),
        }
    }
    groups
}

/// What [`group_by_key`] groups by: a text (a council, a message) and up to three dates. A
/// grouping that needs a part leaves out the items that lack it.
pub type GroupKey =
    (Option<String>, Option<crate::model::FrameworkId>, Option<crate::dates::Date>, Option<crate::dates::Date>);

/// The indices `0..n` in stable sorted order, by a merge sort over `in_order(a, b)` ("a may
/// come before b"). One copy of this code serves every sort.
fn stable_order(n: usize, in_order: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut buffer = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if in_order(order[i], order[j]) {
                    buffer[k] = order[i];
                    i += 1;
                } else {
                    buffer[k] = order[j];
                    j += 1;
                }
                k += 1;
            }
            buffer[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buffer[k..k + (end - j)].copy_from_slice(&order[j..end]);
            start = end;
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn agrees_with_the_standard_sort_on_many_lists() {
        let mut seed = 7u64;
        for len in 0..60 {
            let mut v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, expected);
        }
    }
}
