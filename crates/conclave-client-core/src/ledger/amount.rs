//! Exact amounts in minor units. No floating point anywhere: text is parsed digit by digit into
//! an integer count of minor units with checked arithmetic, and printed back the same way.

use std::fmt;

use crate::ledger::{Currency, LedgerError, limits::AMOUNT_MINOR_MAX};

/// A strictly positive amount of one currency's minor units (cents for EUR, yen for JPY), at
/// most [`AMOUNT_MINOR_MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(i64);

/// Longest amount text accepted before parsing digits (a bound on work, far above any limit).
const AMOUNT_TEXT_CHARS_MAX: usize = 40;

impl Amount {
    /// An amount of `minor` minor units; zero, negative and too large are refused.
    pub fn from_minor(minor: i64) -> Result<Amount, LedgerError> {
        if minor == 0 {
            Err(LedgerError::ZeroAmount)
        } else if minor < 0 {
            Err(LedgerError::NegativeAmount)
        } else if minor > AMOUNT_MINOR_MAX {
            Err(LedgerError::AmountTooLarge {
                max: format_minor(AMOUNT_MINOR_MAX, None),
            })
        } else {
            Ok(Amount(minor))
        }
    }

    /// Parses a decimal such as `12.50`, `12.5` or `12` for `currency`: ASCII digits, then
    /// optionally a `.` and at most as many digits as the currency has minor units. No sign, no
    /// exponent, no thousands separators, no spaces inside. Leading zeros are refused except the
    /// one before the point (`0.50`).
    pub fn parse(input: &str, currency: Currency) -> Result<Amount, LedgerError> {
        let text = input.trim();
        let syntax = || LedgerError::AmountSyntax {
            input: input.chars().take(AMOUNT_TEXT_CHARS_MAX).collect(),
        };
        if text.starts_with('-') && text.len() > 1 {
            // Say what is wrong rather than "bad syntax" when the rest is a number.
            let rest = &text[1..];
            return match Amount::parse(rest, currency) {
                Ok(_) | Err(LedgerError::ZeroAmount) => Err(LedgerError::NegativeAmount),
                Err(LedgerError::NegativeAmount) => Err(syntax()),
                Err(e) => Err(e),
            };
        }
        if text.is_empty() || text.len() > AMOUNT_TEXT_CHARS_MAX {
            return Err(
                if text.bytes().all(|b| b.is_ascii_digit()) && !text.is_empty() {
                    LedgerError::AmountTooLarge {
                        max: format_minor(AMOUNT_MINOR_MAX, Some(currency)),
                    }
                } else {
                    syntax()
                },
            );
        }
        let (units, decimals) = match text.split_once('.') {
            Some((u, d)) => (u, Some(d)),
            None => (text, None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(units) || (units.len() > 1 && units.starts_with('0')) {
            return Err(syntax());
        }
        let allowed = usize::from(currency.minor_units());
        let decimals = match decimals {
            None => "",
            Some(d) if !digits(d) => return Err(syntax()),
            Some(d) if d.len() > allowed => {
                return Err(LedgerError::TooManyDecimals {
                    input: text.to_owned(),
                    currency: currency.code().to_owned(),
                    allowed: currency.minor_units(),
                });
            }
            Some(d) => d,
        };
        let too_large = || LedgerError::AmountTooLarge {
            max: format_minor(AMOUNT_MINOR_MAX, Some(currency)),
        };
        let mut minor: i64 = 0;
        let padded = decimals
            .bytes()
            .chain(std::iter::repeat(b'0'))
            .take(allowed);
        for b in units.bytes().chain(padded) {
            minor = minor
                .checked_mul(10)
                .and_then(|m| m.checked_add(i64::from(b - b'0')))
                .ok_or_else(too_large)?;
        }
        match Amount::from_minor(minor) {
            Err(LedgerError::AmountTooLarge { .. }) => Err(too_large()),
            other => other,
        }
    }

    pub fn minor(self) -> i64 {
        self.0
    }

    /// The decimal text for `currency` (`12.50`), without the code.
    pub fn format(self, currency: Currency) -> String {
        format_minor(self.0, Some(currency))
    }
}

/// A signed count of minor units as decimal text for `currency` (`-12.50`); plain digits
/// without one.
pub fn format_minor(minor: i64, currency: Option<Currency>) -> String {
    let digits = usize::from(currency.map_or(0, Currency::minor_units));
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if digits == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10u64.pow(digits as u32);
    format!(
        "{sign}{}.{:0digits$}",
        abs / scale,
        abs % scale,
        digits = digits
    )
}

/// Amount and code together: `12.50 EUR`.
pub struct Money(pub i64, pub Currency);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", format_minor(self.0, Some(self.1)), self.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(code: &str) -> Currency {
        Currency::from_code(code).unwrap()
    }

    #[test]
    fn parses_exactly() {
        let eur = cur("EUR");
        for (text, minor) in [
            ("12.50", 1250),
            ("12.5", 1250),
            ("12", 1200),
            ("0.01", 1),
            ("0.1", 10),
            (" 7.05 ", 705),
            ("9999999999999.99", AMOUNT_MINOR_MAX),
        ] {
            assert_eq!(Amount::parse(text, eur).unwrap().minor(), minor, "{text}");
        }
        assert_eq!(Amount::parse("1000", cur("JPY")).unwrap().minor(), 1000);
        assert_eq!(Amount::parse("1.234", cur("KWD")).unwrap().minor(), 1234);
        assert_eq!(Amount::parse("0.0001", cur("CLF")).unwrap().minor(), 1);
    }

    #[test]
    fn refuses_with_the_reason() {
        let eur = cur("EUR");
        let err = |t: &str, c: Currency| Amount::parse(t, c).unwrap_err();
        assert!(matches!(
            err("12.345", eur),
            LedgerError::TooManyDecimals { allowed: 2, .. }
        ));
        assert!(matches!(
            err("5.5", cur("JPY")),
            LedgerError::TooManyDecimals { allowed: 0, .. }
        ));
        assert_eq!(err("0", eur), LedgerError::ZeroAmount);
        assert_eq!(err("0.00", eur), LedgerError::ZeroAmount);
        assert_eq!(err("-5", eur), LedgerError::NegativeAmount);
        assert_eq!(err("-0.50", eur), LedgerError::NegativeAmount);
        assert_eq!(err("-0", eur), LedgerError::NegativeAmount);
        for big in [
            "10000000000000",
            "99999999999999999999",
            "184467440737095516160000",
            "1234567890123456789012345678901234567890123",
        ] {
            assert!(
                matches!(err(big, eur), LedgerError::AmountTooLarge { .. }),
                "{big}"
            );
        }
        for bad in [
            "", " ", "abc", "12,50", "1e3", "+5", "12.", ".5", "1.2.3", "012", "00.5", "1 000",
            "NaN", "inf", "0x10", "１２", "12.5€", "--5",
        ] {
            assert!(
                matches!(err(bad, eur), LedgerError::AmountSyntax { .. }),
                "{bad:?}: {:?}",
                err(bad, eur)
            );
        }
    }

    #[test]
    fn formats_signed_minor_units() {
        assert_eq!(format_minor(1250, Some(cur("EUR"))), "12.50");
        assert_eq!(format_minor(-5, Some(cur("EUR"))), "-0.05");
        assert_eq!(format_minor(0, Some(cur("EUR"))), "0.00");
        assert_eq!(format_minor(-1000, Some(cur("JPY"))), "-1000");
        assert_eq!(format_minor(1, Some(cur("KWD"))), "0.001");
        assert_eq!(
            format_minor(i64::MIN, Some(cur("EUR"))),
            "-92233720368547758.08"
        );
        assert_eq!(Money(1250, cur("EUR")).to_string(), "12.50 EUR");
        for minor in [1, 9, 10, 99, 100, 101, 123_456, AMOUNT_MINOR_MAX] {
            for c in ["EUR", "JPY", "KWD", "CLF"] {
                let text = format_minor(minor, Some(cur(c)));
                assert_eq!(Amount::parse(&text, cur(c)).unwrap().minor(), minor);
            }
        }
    }
}
