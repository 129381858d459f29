//! Rendering a report as Markdown: the times table, geometric means, peak RSS, failures.

use std::fmt::Write;

use crate::peers::PeerId;
use crate::results::{Metric, Report, Status, RATIOS};

/// A measured value in its unit: `1.234 s`, `45.6 ms`, `1.23 G`.
pub fn fmt_value(metric: Metric, v: f64) -> String {
    match metric {
        Metric::Seconds if v >= 1.0 => format!("{v:.3} s"),
        Metric::Seconds => format!("{:.1} ms", v * 1e3),
        Metric::Instructions if v >= 1e9 => format!("{:.2} G", v / 1e9),
        Metric::Instructions if v >= 1e6 => format!("{:.1} M", v / 1e6),
        Metric::Instructions => format!("{v:.0}"),
    }
}

/// A ratio, rendered so that the eye sees which side won.
pub fn fmt_ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.1}x")
    } else {
        format!("{r:.2}x")
    }
}

fn status_cell(status: Status) -> &'static str {
    match status {
        Status::Mismatch => "**MISMATCH**",
        Status::Error => "**ERROR**",
        Status::Timeout => "**TIMEOUT**",
        Status::Missing => "**MISSING**",
        Status::Ok | Status::Unchecked => "",
    }
}

/// The peers that have a column: those installed, and coil always (a missing coil is loud).
fn columns(r: &Report) -> Vec<PeerId> {
    r.peers
        .iter()
        .filter(|p| p.available || matches!(p.id, PeerId::Coil | PeerId::CoilNoJit))
        .map(|p| p.id)
        .collect()
}

fn ratio_columns(r: &Report) -> Vec<(PeerId, PeerId, &'static str)> {
    let cols = columns(r);
    RATIOS
        .iter()
        .copied()
        .filter(|(a, b, _)| cols.contains(a) && cols.contains(b))
        .collect()
}

/// The main table: per benchmark the values of each peer and the ratios.
pub fn times_table(r: &Report) -> String {
    let cols = columns(r);
    let ratios = ratio_columns(r);
    let mut s = String::new();
    s.push_str("| benchmark | category |");
    for &c in &cols {
        let _ = write!(s, " {} |", r.peer(c).map_or("?", |p| p.title));
    }
    for &(_, _, title) in &ratios {
        let _ = write!(s, " {title} |");
    }
    s.push_str("\n|---|---|");
    for _ in 0..cols.len() + ratios.len() {
        s.push_str("---:|");
    }
    s.push('\n');
    for b in &r.benchmarks {
        let _ = write!(s, "| {} | {} |", b.name, b.category);
        for &c in &cols {
            let cell = match b.get(c) {
                Some(res) if res.status.valid() => match res.summary {
                    Some(sm) if r.metric == Metric::Seconds && sm.n > 1 => {
                        format!(
                            "{} ±{:.1}%",
                            fmt_value(r.metric, sm.median),
                            sm.spread * 100.0
                        )
                    }
                    Some(sm) => fmt_value(r.metric, sm.median),
                    None => "-".into(),
                },
                Some(res) => status_cell(res.status).to_string(),
                None => "-".into(),
            };
            let mark = match b.get(c) {
                Some(res) if res.status == Status::Unchecked => " (unchecked)",
                _ => "",
            };
            let _ = write!(s, " {cell}{mark} |");
        }
        for &(a, d, _) in &ratios {
            let _ = match b.ratio(a, d) {
                Some(x) => write!(s, " {} |", fmt_ratio(x)),
                None => write!(s, " - |"),
            };
        }
        s.push('\n');
    }
    s
}

/// Geometric means of every ratio per group, with how many benchmarks entered each.
pub fn geomean_table(r: &Report) -> String {
    let ratios = ratio_columns(r);
    if ratios.is_empty() {
        return "No ratios: fewer than two peers produced results.\n".into();
    }
    let mut s = String::from("| group |");
    for &(_, _, title) in &ratios {
        let _ = write!(s, " {title} |");
    }
    s.push_str("\n|---|");
    for _ in &ratios {
        s.push_str("---:|");
    }
    s.push('\n');
    let mut groups: Vec<&str> = Vec::new();
    for g in &r.geomeans {
        if !groups.contains(&g.group.as_str()) {
            groups.push(&g.group);
        }
    }
    for group in groups {
        let _ = write!(s, "| {group} |");
        for &(_, _, title) in &ratios {
            let g = r
                .geomeans
                .iter()
                .find(|g| g.group == group && g.ratio == title);
            let _ = match g {
                Some(g) => match g.value {
                    Some(v) => write!(s, " {} ({}/{}) |", fmt_ratio(v), g.counted, g.total),
                    None => write!(s, " - (0/{}) |", g.total),
                },
                None => write!(s, " - |"),
            };
        }
        s.push('\n');
    }
    s
}

/// Peak RSS (largest over the runs) per benchmark and peer, MiB.
pub fn rss_table(r: &Report) -> String {
    let cols = columns(r);
    let mut s = String::from("| benchmark |");
    for &c in &cols {
        let _ = write!(s, " {} |", r.peer(c).map_or("?", |p| p.title));
    }
    s.push_str("\n|---|");
    for _ in &cols {
        s.push_str("---:|");
    }
    s.push('\n');
    for b in &r.benchmarks {
        let _ = write!(s, "| {} |", b.name);
        for &c in &cols {
            let _ = match b.get(c).and_then(|x| x.max_rss_kib) {
                Some(k) => write!(s, " {:.1} |", k as f64 / 1024.0),
                None => write!(s, " - |"),
            };
        }
        s.push('\n');
    }
    s
}

/// Every non-OK result with its reason, loudly.
pub fn failures(r: &Report) -> String {
    let mut s = String::new();
    for b in &r.benchmarks {
        for res in &b.results {
            if matches!(res.status, Status::Ok | Status::Missing) {
                continue;
            }
            let title = r.peer(res.id).map_or("?", |p| p.title);
            let note = res.note.as_deref().unwrap_or("");
            let _ = writeln!(
                s,
                "- **{:?}** {} under {}: {}",
                res.status, b.name, title, note
            );
        }
    }
    if s.is_empty() {
        s.push_str(
            "None: every installed peer ran every benchmark and printed CPython's output.\n",
        );
    }
    s
}

/// The peers, their versions and commands; missing ones say so.
pub fn peers_list(r: &Report) -> String {
    let mut s = String::new();
    for p in &r.peers {
        if p.available {
            let startup = match p.startup_s {
                Some(t) => format!("; start-up {:.1} ms", t * 1e3),
                None => String::new(),
            };
            let _ = writeln!(s, "- {}: `{}` ({}{startup})", p.title, p.command, p.version);
        } else {
            let _ = writeln!(s, "- {}: **missing** ({})", p.title, p.version);
        }
    }
    s
}

/// The whole report as one Markdown document; `chart` is the SVG's relative path.
pub fn document(r: &Report, chart: Option<&str>) -> String {
    let mut s = String::new();
    let unit = match r.metric {
        Metric::Seconds => "wall time, median of the measured runs ± half their min-max range",
        Metric::Instructions => "instructions executed (valgrind --tool=callgrind)",
    };
    let _ = writeln!(s, "# coil benchmark results\n");
    let _ = writeln!(s, "- date (UTC): {}", r.generated_utc);
    let _ = writeln!(s, "- commit: {}", r.git_commit);
    let _ = writeln!(s, "- command: `{}`", r.command);
    let _ = writeln!(s, "- machine: {}", r.machine);
    let _ = writeln!(
        s,
        "- mode: {}; {} measured run(s) after {} warm-up run(s), interleaved across peers; timeout {} s per run",
        if r.quick { "quick (small sizes)" } else { "full" },
        r.runs,
        r.warmup,
        r.timeout_s
    );
    let _ = writeln!(s, "- values: {unit}");
    let _ = writeln!(
        s,
        "- ratios: time of the first over time of the second, so below 1.00x means coil is faster; \
         MISMATCH/ERROR/TIMEOUT results enter no ratio and no mean\n"
    );
    s.push_str("## Peers\n\n");
    s.push_str(&peers_list(r));
    s.push_str("\n## Results\n\n");
    s.push_str(&times_table(r));
    s.push_str("\n## Geometric means (benchmarks counted / in group)\n\n");
    s.push_str(&geomean_table(r));
    if let Some(c) = chart {
        let _ = writeln!(
            s,
            "\n## Speedup over CPython (log scale; right of 1 is faster)\n\n![speedups]({c})"
        );
    }
    s.push_str("\n## Failures\n\n");
    s.push_str(&failures(r));
    if r.metric == Metric::Seconds {
        s.push_str("\n## Peak RSS (MiB, largest over the runs)\n\n");
        s.push_str(&rss_table(r));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programs::Category;
    use crate::results::tests::{bench, result};
    use crate::results::{geomeans, PeerInfo};

    fn report() -> Report {
        let benches = vec![
            bench(
                "nbody",
                Category::Numeric,
                vec![
                    result(PeerId::Coil, Status::Ok, &[0.5, 0.6, 0.4]),
                    result(PeerId::CPython, Status::Ok, &[1.0, 1.0, 1.0]),
                    result(PeerId::PyPy, Status::Missing, &[]),
                ],
            ),
            bench(
                "go",
                Category::Object,
                vec![
                    result(PeerId::Coil, Status::Mismatch, &[]),
                    result(PeerId::CPython, Status::Ok, &[2.0, 2.0, 2.0]),
                    result(PeerId::PyPy, Status::Missing, &[]),
                ],
            ),
        ];
        let peers = [PeerId::Coil, PeerId::CPython, PeerId::PyPy]
            .into_iter()
            .map(|id| PeerInfo {
                id,
                key: id.key(),
                title: id.title(),
                available: id != PeerId::PyPy,
                version: "v".into(),
                command: id.key().into(),
                startup_s: Some(0.0152),
            })
            .collect();
        Report {
            generated_utc: "2026-01-01 00:00:00".into(),
            git_commit: "abc".into(),
            command: "coil-bench".into(),
            machine: "m".into(),
            quick: true,
            metric: Metric::Seconds,
            runs: 3,
            warmup: 1,
            timeout_s: 10.0,
            peers,
            geomeans: geomeans(&benches),
            benchmarks: benches,
        }
    }

    #[test]
    fn table_shows_values_ratios_and_loud_failures() {
        let t = times_table(&report());
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(
            lines[0],
            "| benchmark | category | coil | CPython | coil/CPython |"
        );
        assert_eq!(
            lines[2],
            "| nbody | numeric | 500.0 ms ±20.0% | 1.000 s ±0.0% | 0.50x |"
        );
        assert_eq!(
            lines[3],
            "| go | object | **MISMATCH** | 2.000 s ±0.0% | - |"
        );
    }

    #[test]
    fn document_names_missing_peers_and_failures() {
        let d = document(&report(), Some("results.svg"));
        assert!(d.contains("- PyPy: **missing**"));
        assert!(d.contains("- coil: `coil` (v; start-up 15.2 ms)"), "{d}");
        assert!(d.contains("- **Mismatch** go under coil"));
        assert!(d.contains("| numeric+object (JIT goal) | 0.50x (1/2) |"));
        assert!(d.contains("![speedups](results.svg)"));
    }

    #[test]
    fn units() {
        assert_eq!(fmt_value(Metric::Seconds, 1.5), "1.500 s");
        assert_eq!(fmt_value(Metric::Seconds, 0.0123), "12.3 ms");
        assert_eq!(fmt_value(Metric::Instructions, 2.5e9), "2.50 G");
        assert_eq!(fmt_ratio(12.345), "12.3x");
    }
}
