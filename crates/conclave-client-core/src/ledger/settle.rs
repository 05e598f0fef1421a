//! Settling up: the fewest transfers that bring every balance of one currency to zero.
//!
//! Finding the fewest is a partition problem: n members with non-zero balances need n - k
//! transfers, where k is the largest number of groups they split into that each sum to zero
//! (each group settles within itself with one transfer fewer than its size). Up to
//! [`SETTLE_EXACT_PARTIES_MAX`] members an exact search over subsets finds k; beyond that a
//! greedy pairing (largest debtor pays largest creditor) needs at most n - 1. Every choice is
//! made in username order, so every device proposes the same transfers.

use std::collections::BTreeMap;

use conclave_proto::Username;

use crate::ledger::{Currency, limits::SETTLE_EXACT_PARTIES_MAX};

/// `from` pays `to` `amount` to settle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    pub currency: Currency,
    pub from: Username,
    pub to: Username,
    /// Minor units, positive (a balance may exceed what one entry may hold).
    pub amount: i64,
}

/// The transfers settling `balances` (which sum to zero) of one currency.
pub(crate) fn settle(currency: Currency, balances: &BTreeMap<Username, i64>) -> Vec<Transfer> {
    let parties: Vec<(&Username, i64)> = balances
        .iter()
        .filter(|(_, b)| **b != 0)
        .map(|(u, b)| (u, *b))
        .collect();
    let groups: Vec<Vec<usize>> = if parties.len() <= SETTLE_EXACT_PARTIES_MAX {
        zero_sum_groups(&parties.iter().map(|(_, b)| *b).collect::<Vec<_>>())
    } else {
        vec![(0..parties.len()).collect()]
    };
    let mut out = Vec::new();
    for group in groups {
        let mut left: Vec<(&Username, i64)> = group.iter().map(|&i| parties[i]).collect();
        settle_greedily(currency, &mut left, &mut out);
    }
    out.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
    out
}

/// The most groups summing to zero that `balances` (n ≤ 16, summing to zero) split into, as
/// lists of indices.
fn zero_sum_groups(balances: &[i64]) -> Vec<Vec<usize>> {
    let n = balances.len();
    if n == 0 {
        return Vec::new();
    }
    let full: usize = (1 << n) - 1;
    let mut sum = vec![0i128; full + 1];
    let mut best = vec![0u8; full + 1];
    for mask in 1..=full {
        let low = mask.trailing_zeros() as usize;
        sum[mask] = sum[mask & (mask - 1)] + i128::from(balances[low]);
        let most = (0..n)
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| best[mask ^ (1 << i)])
            .max()
            .unwrap_or(0);
        best[mask] = most + u8::from(sum[mask] == 0);
    }
    // Walk down from the full set, removing the first member that keeps the optimum; the
    // zero-sum sets met on the way are nested, and their differences are the groups.
    let mut groups = Vec::new();
    let mut mask = full;
    let mut top = full;
    while mask != 0 {
        let Some(i) = (0..n).find(|&i| {
            mask & (1 << i) != 0 && best[mask ^ (1 << i)] + u8::from(sum[mask] == 0) == best[mask]
        }) else {
            break;
        };
        mask ^= 1 << i;
        if sum[mask] == 0 {
            groups.push((0..n).filter(|j| (top & !mask) & (1 << j) != 0).collect());
            top = mask;
        }
    }
    if top != 0 {
        // Unreachable when the balances sum to zero; keep whatever is left settleable.
        groups.push((0..n).filter(|j| top & (1 << j) != 0).collect());
    }
    groups
}

fn settle_greedily(currency: Currency, left: &mut Vec<(&Username, i64)>, out: &mut Vec<Transfer>) {
    loop {
        left.retain(|(_, b)| *b != 0);
        // max_by_key and min_by_key keep the last/first of equals; pick the first by name.
        let creditor = left.iter().enumerate().filter(|(_, (_, b))| *b > 0).fold(
            None,
            |acc: Option<(usize, i64)>, (i, (_, b))| match acc {
                Some((_, best)) if best >= *b => acc,
                _ => Some((i, *b)),
            },
        );
        let debtor = left.iter().enumerate().filter(|(_, (_, b))| *b < 0).fold(
            None,
            |acc: Option<(usize, i64)>, (i, (_, b))| match acc {
                Some((_, best)) if best <= *b => acc,
                _ => Some((i, *b)),
            },
        );
        let (Some((c, credit)), Some((d, debt))) = (creditor, debtor) else {
            return;
        };
        let amount = credit.min(-debt);
        out.push(Transfer {
            currency,
            from: left[d].0.clone(),
            to: left[c].0.clone(),
            amount,
        });
        left[c].1 -= amount;
        left[d].1 += amount;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        Currency::from_code("EUR").unwrap()
    }

    fn balances(pairs: &[(&str, i64)]) -> BTreeMap<Username, i64> {
        pairs
            .iter()
            .map(|(n, b)| (Username::parse(n).unwrap(), *b))
            .collect()
    }

    fn apply(b: &BTreeMap<Username, i64>, t: &[Transfer]) -> BTreeMap<Username, i64> {
        let mut b = b.clone();
        for t in t {
            *b.get_mut(&t.from).unwrap() += t.amount;
            *b.get_mut(&t.to).unwrap() -= t.amount;
        }
        b
    }

    #[test]
    fn settles_with_the_fewest_transfers() {
        // Three pairs that cancel: 3 transfers, where pairing largest with largest may need more.
        let b = balances(&[
            ("ann", 100),
            ("bea", 70),
            ("cid", -70),
            ("dan", -100),
            ("eve", 30),
            ("fay", -30),
        ]);
        let t = settle(eur(), &b);
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(apply(&b, &t).values().all(|v| *v == 0));

        // A chain that cannot be split: n - 1.
        let b = balances(&[("ann", 50), ("bea", 30), ("cid", -45), ("dan", -35)]);
        let t = settle(eur(), &b);
        assert_eq!(t.len(), 3);
        assert!(apply(&b, &t).values().all(|v| *v == 0));

        assert!(settle(eur(), &balances(&[("ann", 0), ("bea", 0)])).is_empty());
    }

    #[test]
    fn many_members_settle_greedily_and_completely() {
        let mut pairs: Vec<(String, i64)> = (0..40i64)
            .map(|i| {
                let b = if i % 2 == 0 { (i + 1) * 7 } else { -i * 7 };
                (format!("m{i:03}"), b)
            })
            .collect();
        let total: i64 = pairs.iter().map(|p| p.1).sum();
        pairs[0].1 -= total;
        let b: BTreeMap<Username, i64> = pairs
            .iter()
            .map(|(n, v)| (Username::parse(n).unwrap(), *v))
            .collect();
        let t = settle(eur(), &b);
        assert!(t.len() < 40);
        assert!(apply(&b, &t).values().all(|v| *v == 0));
        assert_eq!(t, settle(eur(), &b), "deterministic");
    }
}
