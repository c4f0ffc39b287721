//! A set of record ids as a bitmap. Ids are small positive numbers handed
//! out in order, so the companies a filter letter matches (tens of
//! thousands of 100k) fit in 12 KB, and building and asking the set cost a
//! bit each — a hash set spent most of a keystroke hashing them. An id too
//! large for a bitmap of sensible size (a database that jumped its ids) or
//! a negative one goes into a hash set beside it, so any id is kept.

use std::collections::HashSet;

/// Ids below this live in the bitmap (8 MiB at most).
const BITMAP_LIMIT: i64 = 1 << 26;

#[derive(Debug, Clone, Default)]
pub struct IdSet {
    words: Vec<u64>,
    others: HashSet<i64>,
    len: usize,
}

impl IdSet {
    pub fn new() -> IdSet {
        IdSet::default()
    }

    /// Add `id`; false when it was there already.
    pub fn insert(&mut self, id: i64) -> bool {
        let added = if (0..BITMAP_LIMIT).contains(&id) {
            let (word, bit) = ((id / 64) as usize, id % 64);
            if word >= self.words.len() {
                self.words.resize(word + 1, 0);
            }
            let before = self.words[word];
            self.words[word] |= 1 << bit;
            before != self.words[word]
        } else {
            self.others.insert(id)
        };
        self.len += usize::from(added);
        added
    }

    pub fn contains(&self, id: &i64) -> bool {
        let id = *id;
        if (0..BITMAP_LIMIT).contains(&id) {
            self.words
                .get((id / 64) as usize)
                .is_some_and(|word| word & (1 << (id % 64)) != 0)
        } else {
            self.others.contains(&id)
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl FromIterator<i64> for IdSet {
    fn from_iter<I: IntoIterator<Item = i64>>(ids: I) -> IdSet {
        let mut set = IdSet::new();
        for id in ids {
            set.insert(id);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_id_once_whatever_its_size() {
        let ids = [1, 63, 64, 65, 100_000, 0, -5, BITMAP_LIMIT, i64::MAX, 64];
        let set: IdSet = ids.into_iter().collect();
        assert_eq!(set.len(), 9, "64 twice counts once");
        for id in ids {
            assert!(set.contains(&id), "{id}");
        }
        for id in [2, 62, 66, 99_999, -4, BITMAP_LIMIT - 1, i64::MAX - 1] {
            assert!(!set.contains(&id), "{id}");
        }
        assert!(IdSet::new().is_empty() && !IdSet::new().contains(&1));
    }
}
