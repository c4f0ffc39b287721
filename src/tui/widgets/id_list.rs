//! A long list (100k companies, 300k people) held as ordered ids, with rows
//! loaded only for a window around the selection, narrowed by what is typed
//! after `/`. Companies and People are both one of these: their screens say
//! which filters apply, the runner reads ids and rows, and this keeps the
//! bookkeeping — which ids, where the selection is, which rows to read.

use super::cursor::{Cursor, WINDOW};
use crate::model::Id;
use std::cell::Cell;
use std::ops::Range;

/// The rows to read: `ids`, which start at the `start`th of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub start: u32,
    pub ids: Vec<Id>,
}

pub struct IdList<T> {
    /// Every id the list's filters allow, in order.
    pub base: Vec<Id>,
    /// Those of `base` that also match the text typed after `/`.
    pub ids: Vec<Id>,
    pub cursor: Cursor,
    /// Loaded rows, for `ids[window_start..]`.
    pub window: Vec<T>,
    pub window_start: u32,
    /// Rows that fit on screen at the last draw (for paging and scrolling).
    pub page: Cell<u32>,
}

impl<T> Default for IdList<T> {
    fn default() -> Self {
        IdList {
            base: Vec::new(),
            ids: Vec::new(),
            cursor: Cursor::new(0),
            window: Vec::new(),
            window_start: 0,
            page: Cell::new(20),
        }
    }
}

impl<T> IdList<T> {
    /// Keep the ids of `base` that are in `matches` (all, without), in
    /// `base`'s order, and start at the top: typing never re-sorts.
    pub fn narrow(&mut self, matches: Option<&crate::domain::id_set::IdSet>) {
        self.ids = match matches {
            Some(set) => self.base.iter().copied().filter(|id| set.contains(id)).collect(),
            None => self.base.clone(),
        };
        self.cursor = Cursor::new(self.ids.len() as u32);
    }

    /// The ids the filters allow arrived (and those matching the text, if
    /// any): list them, at the top or, with `keep`, where the selection was.
    /// Returns the rows to read.
    pub fn listed(&mut self, base: Vec<Id>, matches: Option<&crate::domain::id_set::IdSet>, keep: bool) -> Window {
        let (selected, top) = (self.cursor.selected, self.cursor.top);
        self.base = base;
        self.narrow(matches);
        if keep {
            self.restore(selected, top);
        }
        self.window()
    }

    /// The rows around the selection, to read now.
    pub fn window(&mut self) -> Window {
        let ids = self.window_ids().to_vec();
        self.window.clear();
        Window {
            start: self.window_start,
            ids,
        }
    }

    /// The rows of a window arrived.
    pub fn rows(&mut self, start: u32, rows: Vec<T>) {
        self.window_start = start;
        self.window = rows;
    }

    /// Move the selection; the rows to read when it left the loaded ones.
    pub fn moved(&mut self, delta: i64) -> Option<Window> {
        self.step(delta).then(|| self.window())
    }

    /// Put the selection back where it was, as far as the list still reaches.
    pub fn restore(&mut self, selected: u32, top: u32) {
        self.cursor.selected = selected.min(self.cursor.total.saturating_sub(1));
        self.cursor.top = top;
    }

    /// The ids whose rows to load now (around the selection); remembers where they start.
    fn window_ids(&mut self) -> &[Id] {
        let start = self.cursor.window_start();
        let end = (start + WINDOW).min(self.ids.len() as u32);
        self.window_start = start;
        &self.ids[start as usize..end as usize]
    }

    /// Move the selection; true when it left the loaded rows (fetch again).
    #[must_use]
    fn step(&mut self, delta: i64) -> bool {
        self.cursor.step(delta);
        let page = self.page.get();
        let loaded = self.window_start..self.window_start + self.window.len() as u32;
        let top = self.cursor.scroll(page);
        top < loaded.start || (top + page).min(self.cursor.total) > loaded.end
    }

    pub fn selected(&self) -> Option<&T> {
        self.window
            .get(self.cursor.selected.checked_sub(self.window_start)? as usize)
    }

    /// The rows on a screen of `height` rows, with their absolute index.
    pub fn visible(&self, height: u32) -> impl Iterator<Item = (u32, &T)> {
        self.page.set(height.max(1));
        let mut cursor = self.cursor;
        let top = cursor.scroll(height);
        let rows: Range<u32> = top..(top + height).min(self.cursor.total);
        rows.map_while(move |absolute| {
            let row = self.window.get(absolute.checked_sub(self.window_start)? as usize)?;
            Some((absolute, row))
        })
    }
}
