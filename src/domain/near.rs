//! Near matches for what was typed with a slip of the finger: `drukerij`
//! for "Drukkerij Zuiderzee", `Waterlnd` for "Boekhandel Waterland". Texts
//! are compared folded (case and accents gone), word by word: a typed word
//! is near a word of the candidate when at most one edit in four letters
//! (at least one) turns the one into the other — a letter left out, one too
//! many, one wrong, or two swapped.

use super::fold::fold;

/// The edits (insert, delete, substitute, swap two neighbours) between two
/// texts, or `None` once it is certainly more than `most`.
pub fn edits_within(a: &str, b: &str, most: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    edits_of(&a, &b, most)
}

fn edits_of(a: &[char], b: &[char], most: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > most {
        return None;
    }
    // Optimal string alignment: three rows of the classic table.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        if current.iter().min().is_some_and(|m| *m > most) {
            return None;
        }
        before = std::mem::replace(&mut previous, current);
    }
    Some(previous[b.len()]).filter(|d| *d <= most)
}

/// How many slips a word of this many letters forgives.
fn forgiven(letters: usize) -> usize {
    (letters / 4).max(1)
}

/// How near `typed` is to `candidate` (lower is nearer), or `None` when it
/// is not near at all. Every typed word must be near some word of the
/// candidate (or the start of one, for a word typed in part).
pub fn nearness(typed: &str, candidate: &str) -> Option<usize> {
    nearness_of_words(&words_of(typed), candidate)
}

/// The folded words of a text.
fn words_of(text: &str) -> Vec<Vec<char>> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().collect())
        .collect()
}

fn nearness_of_words(typed: &[Vec<char>], candidate: &str) -> Option<usize> {
    if typed.is_empty() {
        return None;
    }
    let words = words_of(candidate);
    let mut total = 0;
    for word in typed {
        let most = forgiven(word.len());
        let best = words
            .iter()
            .filter_map(|w| {
                let whole = edits_of(word, w, most);
                // A word typed in part: its letters against as many of the candidate's.
                let part = (word.len() >= 4 && w.len() > word.len())
                    .then(|| edits_of(word, &w[..word.len()], most))
                    .flatten();
                whole.into_iter().chain(part).min()
            })
            .min()?;
        total += best;
    }
    Some(total)
}

/// The nearest few of candidates offered one at a time (rows as they are
/// read, none kept but the best): nearest first, then by text.
pub struct Nearest<T> {
    typed: Vec<Vec<char>>,
    limit: usize,
    found: Vec<(usize, String, T)>,
}

impl<T> Nearest<T> {
    pub fn new(typed: &str, limit: usize) -> Nearest<T> {
        Nearest {
            typed: words_of(typed),
            limit,
            found: Vec::new(),
        }
    }

    pub fn offer(&mut self, text: &str, item: T) {
        if let Some(n) = nearness_of_words(&self.typed, text) {
            self.found.push((n, text.to_string(), item));
            self.found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
            self.found.truncate(self.limit);
        }
    }

    /// What was kept, nearest first, with how near each is.
    pub fn into_ranked(self) -> Vec<(usize, T)> {
        self.found.into_iter().map(|(n, _, item)| (n, item)).collect()
    }
}

/// The candidates near `typed`, nearest first, at most `limit`. Candidates
/// that hold `typed` exactly are not "near": the caller found those.
pub fn nearest<T: Clone>(typed: &str, candidates: &[(String, T)], limit: usize) -> Vec<T> {
    let mut best = Nearest::new(typed, limit);
    for (text, item) in candidates {
        best.offer(text, item.clone());
    }
    best.into_ranked().into_iter().map(|(_, item)| item).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_left_out_one_too_many_a_wrong_one_or_two_swapped_is_near() {
        assert_eq!(edits_within("drukerij", "drukkerij", 2), Some(1));
        assert_eq!(edits_within("waterlnd", "waterland", 2), Some(1));
        assert_eq!(edits_within("bakkerj", "bakkerij", 1), Some(1));
        assert_eq!(edits_within("fianncien", "financien", 2), Some(1), "two swapped");
        assert_eq!(edits_within("visser", "vissers", 1), Some(1));
        assert_eq!(edits_within("jansen", "pietersen", 2), None);
        assert_eq!(edits_within("", "ab", 1), None);
    }

    #[test]
    fn typed_words_are_matched_against_the_words_of_a_name() {
        assert!(nearness("drukerij", "Drukkerij Zuiderzee").is_some());
        assert!(nearness("Waterlnd", "Boekhandel Waterland").is_some());
        assert!(nearness("financien", "financiën").is_some(), "accents fold");
        assert!(nearness("intelectueel", "intellectueel eigendom").is_some());
        assert!(
            nearness("zuiderz", "Drukkerij Zuiderzee").is_some(),
            "a word typed in part"
        );
        assert!(
            nearness("drukerij amsterdam", "Drukkerij Zuiderzee").is_none(),
            "every word must be near"
        );
        assert!(nearness("xyz", "Drukkerij Zuiderzee").is_none());
        assert!(nearness("bal", "bol").is_some(), "one slip even in a short word");
        assert!(nearness("ab", "xy").is_none());
    }

    #[test]
    fn the_nearest_come_first() {
        let candidates = vec![
            ("Drukkerij Zuiderzee".to_string(), 12),
            ("Drukkerij De Vries".to_string(), 13),
            ("Bakkerij Zon".to_string(), 14),
        ];
        assert_eq!(nearest("drukerij zuiderzee", &candidates, 3), vec![12]);
        assert_eq!(nearest("drukerij", &candidates, 3), vec![13, 12]);
    }
}
