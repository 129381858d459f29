//! Comparing a run with an earlier one (a JSON file this runner wrote): per benchmark and
//! coil peer, the change of the median.

use std::fmt::Write;

use serde_json::Value;

use crate::markdown::{fmt_ratio, fmt_value};
use crate::peers::PeerId;
use crate::results::{Metric, Report};

/// The peers whose progress is tracked.
const TRACKED: &[PeerId] = &[PeerId::CoilNoJit, PeerId::Coil];

/// An earlier run, reduced to what a comparison needs.
pub struct Baseline {
    pub label: String,
    quick: bool,
    metric: String,
    /// (benchmark, peer key, median) of every valid result.
    medians: Vec<(String, String, f64)>,
}

impl Baseline {
    /// Parse the JSON text of an earlier report.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let v: Value = serde_json::from_str(text).map_err(|e| format!("baseline: {e}"))?;
        let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let mut medians = Vec::new();
        for b in v
            .get("benchmarks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = s(b, "name");
            for r in b
                .get("results")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let status = s(r, "status");
                let median = r.pointer("/summary/median").and_then(Value::as_f64);
                if let (true, Some(m)) = (status == "OK" || status == "UNCHECKED", median) {
                    medians.push((name.clone(), s(r, "peer"), m));
                }
            }
        }
        Ok(Baseline {
            label: format!("{} at {}", s(&v, "git_commit"), s(&v, "generated_utc")),
            quick: v.get("quick").and_then(Value::as_bool).unwrap_or(false),
            metric: s(&v, "metric"),
            medians,
        })
    }

    fn median(&self, bench: &str, peer: PeerId) -> Option<f64> {
        self.medians
            .iter()
            .find(|(b, p, _)| b == bench && p == peer.key())
            .map(|x| x.2)
    }
}

/// A Markdown table of the changes (now / then; below 1.00x is faster now).
pub fn table(r: &Report, base: &Baseline) -> String {
    let metric = match r.metric {
        Metric::Seconds => "seconds",
        Metric::Instructions => "instructions",
    };
    if base.quick != r.quick || base.metric != metric {
        return format!(
            "Baseline {} was measured in another mode (quick={}, {}); not compared.\n",
            base.label, base.quick, base.metric
        );
    }
    let mut s = format!(
        "Against {} (now / then: below 1.00x is faster now):\n\n\
         | benchmark | peer | then | now | change |\n|---|---|---:|---:|---:|\n",
        base.label
    );
    let mut rows = 0;
    for b in &r.benchmarks {
        for &peer in TRACKED {
            let now = b
                .get(peer)
                .filter(|x| x.status.valid())
                .and_then(|x| x.summary);
            let (Some(now), Some(then)) = (now, base.median(&b.name, peer)) else {
                continue;
            };
            if then <= 0.0 {
                continue;
            }
            rows += 1;
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                b.name,
                peer.title(),
                fmt_value(r.metric, then),
                fmt_value(r.metric, now.median),
                fmt_ratio(now.median / then)
            );
        }
    }
    if rows == 0 {
        s.push_str("| (no benchmark has a valid coil result in both runs) | | | | |\n");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programs::Category;
    use crate::results::tests::{bench, result};
    use crate::results::{geomeans, Status};

    fn report(quick: bool, coil: f64) -> Report {
        let benches = vec![bench(
            "nbody",
            Category::Numeric,
            vec![
                result(PeerId::Coil, Status::Ok, &[coil]),
                result(PeerId::CPython, Status::Ok, &[1.0]),
            ],
        )];
        Report {
            generated_utc: "2026-01-01 00:00:00".into(),
            git_commit: "abc".into(),
            command: String::new(),
            machine: String::new(),
            quick,
            metric: Metric::Seconds,
            runs: 1,
            warmup: 0,
            timeout_s: 1.0,
            peers: Vec::new(),
            geomeans: geomeans(&benches),
            benchmarks: benches,
        }
    }

    #[test]
    fn change_against_own_json() {
        let then = serde_json::to_string(&report(true, 2.0)).unwrap();
        let base = Baseline::parse(&then).unwrap();
        let t = table(&report(true, 1.0), &base);
        assert!(
            t.contains("| nbody | coil | 2.000 s | 1.000 s | 0.50x |"),
            "{t}"
        );
        let other_mode = table(&report(false, 1.0), &base);
        assert!(other_mode.contains("not compared"));
        assert!(Baseline::parse("not json").is_err());
    }
}
