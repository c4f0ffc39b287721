//! A selection in a long list of which only a window is loaded and only the
//! visible rows are drawn: 100k companies scroll without loading 100k rows.

/// Rows fetched around the selection at a time.
pub const WINDOW: u32 = 200;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// How many rows there are in all.
    pub total: u32,
    /// The selected row (absolute).
    pub selected: u32,
    /// The first row on screen (absolute).
    pub top: u32,
}

impl Cursor {
    pub fn new(total: u32) -> Cursor {
        Cursor {
            total,
            selected: 0,
            top: 0,
        }
    }

    /// Move by `delta` rows, staying in range.
    pub fn step(&mut self, delta: i64) {
        if self.total == 0 {
            return;
        }
        let target = (self.selected as i64 + delta).clamp(0, self.total as i64 - 1);
        self.selected = target as u32;
    }

    pub fn to_top(&mut self) {
        self.selected = 0;
    }

    pub fn to_bottom(&mut self) {
        self.selected = self.total.saturating_sub(1);
    }

    /// Keep the selection on a screen of `height` rows; returns the first row shown.
    pub fn scroll(&mut self, height: u32) -> u32 {
        let height = height.max(1);
        if self.selected < self.top {
            self.top = self.selected;
        } else if self.selected >= self.top + height {
            self.top = self.selected + 1 - height;
        }
        self.top = self.top.min(self.total.saturating_sub(height));
        self.top
    }

    /// The window start that holds the selection (and a screen around it).
    pub fn window_start(&self) -> u32 {
        self.selected.saturating_sub(WINDOW / 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_clamp_and_scroll_follows() {
        let mut c = Cursor::new(100);
        c.step(-5);
        assert_eq!(c.selected, 0);
        c.step(30);
        assert_eq!(c.scroll(10), 21);
        c.step(-25);
        assert_eq!(c.scroll(10), 5);
        c.to_bottom();
        assert_eq!((c.selected, c.scroll(10)), (99, 90));
        assert_eq!(Cursor::new(0).scroll(10), 0);
    }
}
