//! Summary statistics over run samples: median, spread, geometric mean.

use serde::Serialize;

/// The summary of N samples of one metric (seconds or instructions).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    /// Half the min..max range as a fraction of the median (0.01 = ±1%).
    pub spread: f64,
    pub n: usize,
}

/// Summarize samples; `None` when there are none.
pub fn summarize(samples: &[f64]) -> Option<Summary> {
    if samples.is_empty() {
        return None;
    }
    let mut s = samples.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    let median = if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    };
    let (min, max) = (s[0], s[n - 1]);
    let spread = if median > 0.0 {
        (max - min) / 2.0 / median
    } else {
        0.0
    };
    Some(Summary {
        median,
        min,
        max,
        spread,
        n,
    })
}

/// Geometric mean of positive ratios; `None` for an empty list.
pub fn geomean(xs: &[f64]) -> Option<f64> {
    let xs: Vec<f64> = xs
        .iter()
        .copied()
        .filter(|x| *x > 0.0 && x.is_finite())
        .collect();
    if xs.is_empty() {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_and_even() {
        assert_eq!(summarize(&[3.0, 1.0, 2.0]).unwrap().median, 2.0);
        assert_eq!(summarize(&[4.0, 1.0, 2.0, 3.0]).unwrap().median, 2.5);
        assert!(summarize(&[]).is_none());
    }

    #[test]
    fn spread_is_half_range_over_median() {
        let s = summarize(&[0.9, 1.0, 1.1]).unwrap();
        assert!((s.spread - 0.1).abs() < 1e-12);
        assert_eq!((s.min, s.max, s.n), (0.9, 1.1, 3));
    }

    #[test]
    fn geomean_of_ratios() {
        assert!((geomean(&[2.0, 8.0]).unwrap() - 4.0).abs() < 1e-12);
        assert!((geomean(&[0.5, 2.0]).unwrap() - 1.0).abs() < 1e-12);
        assert!(geomean(&[]).is_none());
    }
}
