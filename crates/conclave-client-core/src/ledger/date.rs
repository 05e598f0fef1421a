//! A calendar date (no time, no zone): the day an expense or payment happened.

use std::fmt;

use conclave_proto::Timestamp;

use crate::ledger::LedgerError;

/// A proleptic Gregorian date between 1900-01-01 and 9999-12-31.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const YEAR_MIN: u16 = 1900;
const YEAR_MAX: u16 = 9999;

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, LedgerError> {
        if !(YEAR_MIN..=YEAR_MAX).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return Err(LedgerError::InvalidDate {
                input: format!("{year:04}-{month:02}-{day:02}"),
            });
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(input: &str) -> Result<Date, LedgerError> {
        let invalid = || LedgerError::InvalidDate {
            input: input.chars().take(16).collect(),
        };
        let b = input.trim().as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(invalid());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, LedgerError> {
            let part = &b[r];
            if !part.iter().all(u8::is_ascii_digit) {
                return Err(invalid());
            }
            Ok(part
                .iter()
                .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0')))
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        // Two digits each: these fit in u8.
        Date::new(y, m as u8, d as u8).map_err(|_| invalid())
    }

    /// The UTC date of a timestamp (clamped to the supported years).
    pub fn of(t: Timestamp) -> Date {
        let text = t.to_date();
        Date::parse(&text).unwrap_or(if t.0 < 0 {
            Date {
                year: YEAR_MIN,
                month: 1,
                day: 1,
            }
        } else {
            Date {
                year: YEAR_MAX,
                month: 12,
                day: 31,
            }
        })
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2026-11-25").unwrap().to_string(), "2026-11-25");
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
        for bad in [
            "2026-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-5",
            "26-11-25",
            "2026/11/25",
            "1899-12-31",
            "yesterday",
            "",
            "2026-11-25T10:00",
            "+026-11-25",
        ] {
            assert!(
                matches!(Date::parse(bad), Err(LedgerError::InvalidDate { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn date_of_a_timestamp() {
        assert_eq!(
            Date::of(Timestamp::from_secs(1_779_580_800)).to_string(),
            "2026-05-24"
        );
        assert_eq!(Date::of(Timestamp(i64::MIN)).to_string(), "1900-01-01");
    }
}
