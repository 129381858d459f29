//! The measured data of one runner invocation (what the JSON file holds) and the
//! derived numbers: ratios between peers and their geometric means per category.

use serde::Serialize;

use crate::peers::PeerId;
use crate::programs::Category;
use crate::stats::{geomean, Summary};

/// What the numbers count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Metric {
    /// Wall-clock seconds.
    Seconds,
    /// Instructions executed, counted by valgrind's callgrind.
    Instructions,
}

/// The verdict on one benchmark under one peer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    /// Ran, exit code 0, output equal to the reference (CPython's).
    Ok,
    /// Ran, but printed something other than the reference: its time counts for nothing.
    Mismatch,
    /// Could not start, non-zero exit code, or killed.
    Error,
    /// Killed after the per-run timeout.
    Timeout,
    /// The peer is not installed (or not built).
    Missing,
    /// Ran fine, but there was no reference output to compare with.
    Unchecked,
}

impl Status {
    /// Whether the time of this result may be compared with others.
    pub fn valid(self) -> bool {
        matches!(self, Status::Ok | Status::Unchecked)
    }
}

/// A peer as described in the report.
#[derive(Clone, Debug, Serialize)]
pub struct PeerInfo {
    #[serde(skip)]
    pub id: PeerId,
    pub key: &'static str,
    pub title: &'static str,
    pub available: bool,
    pub version: String,
    /// Program and flags placed before the script path.
    pub command: String,
    /// Median wall time of running an empty script, seconds (not in callgrind mode).
    pub startup_s: Option<f64>,
}

/// One benchmark under one peer.
#[derive(Clone, Debug, Serialize)]
pub struct PeerResult {
    #[serde(skip)]
    pub id: PeerId,
    pub peer: &'static str,
    pub status: Status,
    /// Measured samples (seconds or instructions), warm-up excluded.
    pub samples: Vec<f64>,
    pub summary: Option<Summary>,
    /// Largest peak RSS over the runs, KiB.
    pub max_rss_kib: Option<u64>,
    /// Why it failed, or how its output differed.
    pub note: Option<String>,
}

/// One benchmark under every peer.
#[derive(Clone, Debug, Serialize)]
pub struct BenchResult {
    pub name: String,
    pub category: Category,
    /// Size argument passed (`None` = the program's full default size).
    pub size: Option<String>,
    pub about: String,
    pub results: Vec<PeerResult>,
}

impl BenchResult {
    pub fn get(&self, id: PeerId) -> Option<&PeerResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// Median of `a` over median of `b`, when both are valid results.
    pub fn ratio(&self, a: PeerId, b: PeerId) -> Option<f64> {
        let (ra, rb) = (self.get(a)?, self.get(b)?);
        if !ra.status.valid() || !rb.status.valid() {
            return None;
        }
        let (ma, mb) = (ra.summary?.median, rb.summary?.median);
        (mb > 0.0).then_some(ma / mb)
    }
}

impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

/// The ratios the report shows, defined once: (numerator, denominator, column title).
pub const RATIOS: &[(PeerId, PeerId, &str)] = &[
    (PeerId::CoilNoJit, PeerId::CPython, "nojit/CPython"),
    (PeerId::Coil, PeerId::CPython, "coil/CPython"),
    (PeerId::Coil, PeerId::PyPy, "coil/PyPy"),
    (PeerId::PyPy, PeerId::CPython, "PyPy/CPython"),
];

/// A group of benchmarks a geometric mean is taken over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    All,
    One(Category),
    /// numeric + object: what the JIT goal is measured over.
    JitGoal,
}

impl Group {
    pub fn all_groups() -> Vec<Group> {
        let mut v = vec![Group::All, Group::JitGoal];
        v.extend(Category::ALL.iter().map(|&c| Group::One(c)));
        v
    }
    pub fn label(self) -> String {
        match self {
            Group::All => "all".into(),
            Group::JitGoal => "numeric+object (JIT goal)".into(),
            Group::One(c) => c.key().into(),
        }
    }
    pub fn contains(self, c: Category) -> bool {
        match self {
            Group::All => true,
            Group::JitGoal => matches!(c, Category::Numeric | Category::Object),
            Group::One(x) => x == c,
        }
    }
}

/// One geometric mean: over the benchmarks of a group where both peers gave valid results.
#[derive(Clone, Debug, Serialize)]
pub struct GeoMean {
    pub group: String,
    pub ratio: &'static str,
    pub value: Option<f64>,
    /// Benchmarks that entered the mean / benchmarks in the group.
    pub counted: usize,
    pub total: usize,
}

/// Every geometric mean of every ratio over every non-empty group.
pub fn geomeans(benches: &[BenchResult]) -> Vec<GeoMean> {
    let mut out = Vec::new();
    for g in Group::all_groups() {
        let members: Vec<&BenchResult> =
            benches.iter().filter(|b| g.contains(b.category)).collect();
        if members.is_empty() {
            continue;
        }
        for &(a, b, title) in RATIOS {
            let rs: Vec<f64> = members.iter().filter_map(|m| m.ratio(a, b)).collect();
            out.push(GeoMean {
                group: g.label(),
                ratio: title,
                value: geomean(&rs),
                counted: rs.len(),
                total: members.len(),
            });
        }
    }
    out
}

/// Everything one invocation measured: serialized as the JSON file.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub generated_utc: String,
    pub git_commit: String,
    pub command: String,
    pub machine: String,
    pub quick: bool,
    pub metric: Metric,
    pub runs: usize,
    pub warmup: usize,
    pub timeout_s: f64,
    pub peers: Vec<PeerInfo>,
    pub benchmarks: Vec<BenchResult>,
    pub geomeans: Vec<GeoMean>,
}

impl Report {
    pub fn peer(&self, id: PeerId) -> Option<&PeerInfo> {
        self.peers.iter().find(|p| p.id == id)
    }
    pub fn available(&self, id: PeerId) -> bool {
        self.peer(id).is_some_and(|p| p.available)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::stats::summarize;

    pub fn result(id: PeerId, status: Status, secs: &[f64]) -> PeerResult {
        PeerResult {
            id,
            peer: id.key(),
            status,
            samples: secs.to_vec(),
            summary: summarize(secs),
            max_rss_kib: Some(10_240),
            note: (!status.valid()).then(|| "exit code 1: NameError".to_string()),
        }
    }

    pub fn bench(name: &str, category: Category, results: Vec<PeerResult>) -> BenchResult {
        BenchResult {
            name: name.into(),
            category,
            size: None,
            about: String::new(),
            results,
        }
    }

    #[test]
    fn mismatch_is_not_a_ratio() {
        let b = bench(
            "x",
            Category::Numeric,
            vec![
                result(PeerId::Coil, Status::Mismatch, &[0.1]),
                result(PeerId::CPython, Status::Ok, &[1.0]),
            ],
        );
        assert_eq!(b.ratio(PeerId::Coil, PeerId::CPython), None);
        assert!(b.ratio(PeerId::CPython, PeerId::CPython).is_some());
    }

    #[test]
    fn geomeans_count_only_valid_results() {
        let benches = vec![
            bench(
                "a",
                Category::Numeric,
                vec![
                    result(PeerId::Coil, Status::Ok, &[0.5]),
                    result(PeerId::CPython, Status::Ok, &[1.0]),
                ],
            ),
            bench(
                "b",
                Category::Object,
                vec![
                    result(PeerId::Coil, Status::Ok, &[4.0]),
                    result(PeerId::CPython, Status::Ok, &[2.0]),
                ],
            ),
            bench(
                "c",
                Category::Seed,
                vec![
                    result(PeerId::Coil, Status::Error, &[]),
                    result(PeerId::CPython, Status::Ok, &[2.0]),
                ],
            ),
        ];
        let g = geomeans(&benches);
        let find = |group: &str, ratio: &str| {
            g.iter()
                .find(|m| m.group == group && m.ratio == ratio)
                .unwrap()
                .clone()
        };
        let goal = find("numeric+object (JIT goal)", "coil/CPython");
        assert!((goal.value.unwrap() - 1.0).abs() < 1e-12);
        assert_eq!((goal.counted, goal.total), (2, 2));
        let all = find("all", "coil/CPython");
        assert_eq!((all.counted, all.total), (2, 3));
        let seed = find("seed", "coil/CPython");
        assert_eq!(seed.value, None);
        assert!(!g.iter().any(|m| m.group == "other"));
    }
}
