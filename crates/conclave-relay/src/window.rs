//! Per-stream flow control, counted in cells.
//!
//! Each side may have at most [`WINDOW_CELLS`] unacknowledged `DATA` cells in flight on a
//! stream; the receiver grants [`WINDOW_INCREMENT`] more each time it has delivered that many
//! to its socket. So a stream buffers at most `WINDOW_CELLS` cells at the receiver, and a
//! circuit at most `streams × WINDOW_CELLS` (both capped).

/// Initial and maximum send window of a stream (cells; ~ 256 KiB of data).
pub const WINDOW_CELLS: u32 = 256;
/// Cells delivered before the receiver sends a `WINDOW` grant.
pub const WINDOW_INCREMENT: u32 = 128;

/// The receiving side's count: how many cells it may still get, when to grant more.
#[derive(Debug, Clone)]
pub struct RecvWindow {
    outstanding: u32,
    delivered: u32,
}

impl Default for RecvWindow {
    fn default() -> Self {
        RecvWindow {
            outstanding: WINDOW_CELLS,
            delivered: 0,
        }
    }
}

impl RecvWindow {
    /// A `DATA` cell arrived; `false` when the peer overran its window (a protocol error).
    pub fn on_data(&mut self) -> bool {
        self.on_data_cells(1)
    }

    /// `n` `DATA` cells arrived; `false` when the peer overran its window.
    pub fn on_data_cells(&mut self, n: u32) -> bool {
        match self.outstanding.checked_sub(n) {
            Some(left) => {
                self.outstanding = left;
                true
            }
            None => false,
        }
    }

    /// A cell was written to the socket; returns a grant to send, if one is due.
    pub fn on_delivered(&mut self) -> Option<u32> {
        Some(self.on_delivered_cells(1)).filter(|&g| g > 0)
    }

    /// `n` cells were written to the socket; the grant due (0: none yet).
    pub fn on_delivered_cells(&mut self, n: u32) -> u32 {
        self.delivered += n;
        let grants = self.delivered / WINDOW_INCREMENT;
        self.delivered %= WINDOW_INCREMENT;
        let grant = grants * WINDOW_INCREMENT;
        self.outstanding += grant;
        grant
    }
}

/// A grant must never push a sender's window past [`WINDOW_CELLS`].
pub fn grant_is_valid(current: u32, grant: u32) -> bool {
    current
        .checked_add(grant)
        .is_some_and(|w| w <= WINDOW_CELLS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_closes_and_reopens() {
        let mut w = RecvWindow::default();
        for _ in 0..WINDOW_CELLS {
            assert!(w.on_data());
        }
        assert!(!w.on_data());
        let grants: Vec<u32> = (0..WINDOW_CELLS).filter_map(|_| w.on_delivered()).collect();
        assert_eq!(grants, vec![WINDOW_INCREMENT, WINDOW_INCREMENT]);
        assert!(w.on_data());
        assert!(grant_is_valid(0, WINDOW_INCREMENT));
        assert!(!grant_is_valid(WINDOW_CELLS, 1));
        assert!(!grant_is_valid(1, u32::MAX));
    }

    #[test]
    fn runs_of_cells_count_as_their_cells() {
        let mut w = RecvWindow::default();
        assert!(w.on_data_cells(200));
        assert!(!w.on_data_cells(57));
        assert!(w.on_data_cells(56));
        assert!(!w.on_data());
        assert_eq!(w.on_delivered_cells(100), 0);
        assert_eq!(w.on_delivered_cells(156), 2 * WINDOW_INCREMENT);
        assert!(w.on_data_cells(WINDOW_CELLS));
        assert!(!w.on_data());
    }
}
