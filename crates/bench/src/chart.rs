//! The SVG chart: speedup over CPython per benchmark and peer, horizontal bars, log scale.

use std::path::Path;

use plotters::coord::ranged1d::{IntoSegmentedCoord, SegmentValue};
use plotters::prelude::*;

use crate::peers::PeerId;
use crate::results::Report;

/// Peers drawn (CPython is the baseline, 1.0) and their colours.
const SERIES: &[(PeerId, RGBColor)] = &[
    (PeerId::CoilNoJit, RGBColor(140, 170, 220)),
    (PeerId::Coil, RGBColor(20, 80, 190)),
    (PeerId::PyPy, RGBColor(230, 140, 40)),
];

/// Speedup of `peer` over CPython (CPython time / peer time) per benchmark.
fn speedups(r: &Report, peer: PeerId) -> Vec<Option<f64>> {
    r.benchmarks
        .iter()
        .map(|b| b.ratio(PeerId::CPython, peer))
        .collect()
}

/// Axis bounds: powers of ten around every value and around 1.
fn bounds(values: &[f64]) -> (f64, f64) {
    let lo = values.iter().copied().fold(1.0f64, f64::min);
    let hi = values.iter().copied().fold(1.0f64, f64::max);
    let lo = 10f64.powf((lo.log10() - 0.05).floor()).min(0.1);
    let hi = 10f64.powf((hi.log10() + 0.05).ceil()).max(10.0);
    (lo, hi)
}

/// Draw the chart into `path`. Benchmarks without a valid result get no bar and a note.
pub fn draw(r: &Report, path: &Path) -> Result<(), String> {
    let series: Vec<(PeerId, RGBColor)> = SERIES
        .iter()
        .copied()
        .filter(|(p, _)| r.peer(*p).is_some())
        .collect();
    let n = r.benchmarks.len();
    if n == 0 || !r.available(PeerId::CPython) {
        return Err("no chart: no benchmarks or CPython missing".into());
    }
    let data: Vec<Vec<Option<f64>>> = series.iter().map(|(p, _)| speedups(r, *p)).collect();
    let all: Vec<f64> = data.iter().flatten().flatten().copied().collect();
    let (lo, hi) = bounds(&all);
    let slots = series.len().max(1);
    let height = 120 + n as u32 * (10 * slots as u32 + 8);
    let root = SVGBackend::new(path, (900, height)).into_drawing_area();
    let err = |e: &dyn std::fmt::Display| e.to_string();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let names: Vec<String> = r.benchmarks.iter().map(|b| b.name.clone()).collect();
    let title = format!(
        "Speedup over CPython ({}; right of 1 = faster)",
        if r.quick { "quick mode" } else { "full size" }
    );
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 18))
        .margin(10)
        .x_label_area_size(40)
        .y_label_area_size(170)
        .build_cartesian_2d((lo..hi).log_scale(), (0..n).into_segmented())
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(n)
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => n
                .checked_sub(*i + 1)
                .and_then(|j| names.get(j))
                .cloned()
                .unwrap_or_default(),
            SegmentValue::Last => String::new(),
        })
        .x_desc("CPython time / peer time (log scale)")
        .x_label_formatter(&|x| format!("{x}x"))
        .draw()
        .map_err(|e| err(&e))?;
    // The parity line.
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(1.0, SegmentValue::Exact(0)), (1.0, SegmentValue::Last)],
            BLACK.stroke_width(1),
        )))
        .map_err(|e| err(&e))?;
    // Benchmarks run top to bottom in table order (segment n-1-i).
    // Bars: a segment's vertical space is split by pixel offsets, one band per series.
    let band = 10i32;
    for (k, ((peer, colour), values)) in series.iter().zip(&data).enumerate() {
        let offset = -(slots as i32 * band) / 2 + k as i32 * band;
        let colour = *colour;
        let area_w = chart.plotting_area().dim_in_pixel().0 as f64;
        let rects = values.iter().enumerate().filter_map(|(i, v)| {
            let v = (*v)?;
            let px = (v.log10() / (hi.log10() - lo.log10()) * area_w).round() as i32;
            let (x0, x1) = if px >= 0 { (0, px.max(1)) } else { (px, 0) };
            Some(
                EmptyElement::at((1.0, SegmentValue::CenterOf(n - 1 - i)))
                    + Rectangle::new([(x0, offset), (x1, offset + band - 2)], colour.filled()),
            )
        });
        chart
            .draw_series(rects)
            .map_err(|e| err(&e))?
            .label(r.peer(*peer).map_or("?", |p| p.title))
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], colour.filled()));
        // Benchmarks without a valid result under this peer say so where the bar would be.
        let notes = values.iter().enumerate().filter_map(|(i, v)| {
            if v.is_some() {
                return None;
            }
            let status = r.benchmarks[i]
                .get(*peer)
                .map(|x| format!("{:?}", x.status));
            let label = format!(
                "{}: {}",
                r.peer(*peer).map_or("?", |p| p.title),
                status.unwrap_or_default()
            );
            Some(
                EmptyElement::at((1.0, SegmentValue::CenterOf(n - 1 - i)))
                    + Text::new(
                        label,
                        (4, offset),
                        ("sans-serif", 9).into_font().color(&RED),
                    ),
            )
        });
        chart.draw_series(notes).map_err(|e| err(&e))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| err(&e))?;
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_cover_values_and_parity() {
        assert_eq!(bounds(&[]), (0.1, 10.0));
        let (lo, hi) = bounds(&[0.03, 40.0]);
        assert!(lo <= 0.03 && hi >= 40.0);
        assert!((lo - 0.01).abs() < 1e-12 && (hi - 100.0).abs() < 1e-9);
    }
}
