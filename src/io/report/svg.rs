//! Charts as inline SVG: drawn by hand from a few shapes, so a report is one
//! file a browser shows and prints without script or network. Every series
//! is a `<g class="series">` and every point a `circle.point` or
//! `rect.bar`, which the browser test counts.

use super::html::escape;
use std::fmt::Write;

/// Colours for series, told apart in print too.
const PALETTE: [&str; 10] = [
    "#1f6f8b", "#e07a1f", "#3a923a", "#c0392b", "#8e5ea2", "#8c564b", "#d4598f", "#6b6b6b", "#a5a51f", "#17a2b8",
];

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 150.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 28.0;

/// A line per series over the same labels on the x axis; the legend beside
/// when there is more than one.
pub fn lines(title: &str, labels: &[String], series: &[(String, Vec<f64>)]) -> String {
    let top = series
        .iter()
        .flat_map(|(_, values)| values.iter().copied())
        .fold(0.0, f64::max);
    let top = nice_ceiling(top);
    let legend = series.len() > 1;
    let right = if legend { RIGHT } else { 20.0 };
    let plot_w = WIDTH - LEFT - right;
    let step = if labels.len() > 1 {
        plot_w / (labels.len() - 1) as f64
    } else {
        0.0
    };
    let x = |i: usize| {
        LEFT + if labels.len() > 1 {
            step * i as f64
        } else {
            plot_w / 2.0
        }
    };
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / top);
    let mut svg = open(title);
    axes(&mut svg, top, WIDTH - right, &y);
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#,
            x(i),
            HEIGHT - 8.0,
            escape(label)
        );
    }
    for (n, (name, values)) in series.iter().enumerate() {
        let colour = PALETTE[n % PALETTE.len()];
        let points: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v)))
            .collect();
        let _ = write!(svg, r#"<g class="series" data-name="{}">"#, escape(name));
        let _ = write!(
            svg,
            r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
            points.join(" ")
        );
        for (i, v) in values.iter().enumerate() {
            let _ = write!(
                svg,
                r#"<circle class="point" cx="{:.1}" cy="{:.1}" r="3" fill="{colour}"><title>{}: {}</title></circle>"#,
                x(i),
                y(*v),
                escape(name),
                number(*v)
            );
        }
        if legend {
            let ly = TOP + 14.0 * n as f64;
            let _ = write!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="10" height="10" fill="{colour}"/><text x="{:.1}" y="{:.1}" class="legend">{}</text>"#,
                WIDTH - RIGHT + 12.0,
                ly,
                WIDTH - RIGHT + 26.0,
                ly + 9.0,
                escape(name)
            );
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// One bar per label, its value on top: one series.
pub fn bars(title: &str, bars: &[(String, f64, &str)]) -> String {
    let top = nice_ceiling(bars.iter().map(|b| b.1).fold(0.0, f64::max));
    let plot_w = WIDTH - LEFT - 20.0;
    let slot = plot_w / bars.len().max(1) as f64;
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / top);
    let mut svg = open(title);
    axes(&mut svg, top, WIDTH - 20.0, &y);
    svg.push_str(r#"<g class="series" data-name="bars">"#);
    for (i, (label, value, colour)) in bars.iter().enumerate() {
        let x = LEFT + slot * i as f64 + slot * 0.15;
        let _ = write!(
            svg,
            r#"<rect class="bar" x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"><title>{}: {}</title></rect>"#,
            y(*value),
            slot * 0.7,
            y(0.0) - y(*value),
            escape(label),
            number(*value)
        );
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="value">{}</text><text x="{:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#,
            x + slot * 0.35,
            y(*value) - 4.0,
            number(*value),
            x + slot * 0.35,
            HEIGHT - 8.0,
            escape(label)
        );
    }
    svg.push_str("</g></svg>");
    svg
}

/// A goal's progress: a bar filled to `percent` (beyond 100 drawn full), a
/// mark where the target is.
pub fn progress(title: &str, percent: i64) -> String {
    let filled = 3.0 * percent.clamp(0, 100) as f64;
    let colour = match percent {
        p if p >= 100 => PALETTE[2],
        p if p >= 50 => PALETTE[0],
        _ => PALETTE[1],
    };
    format!(
        r##"<svg class="progress" role="img" aria-label="{}" width="300" height="14" viewBox="0 0 300 14" xmlns="http://www.w3.org/2000/svg"><g class="series" data-name="progress"><rect x="0" y="0" width="300" height="14" fill="#e6e6e6"/><rect class="bar" x="0" y="0" width="{filled:.1}" height="14" fill="{colour}"/></g></svg>"##,
        escape(title)
    )
}

fn open(title: &str) -> String {
    format!(
        r#"<svg class="chart" role="img" aria-label="{}" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg">"#,
        escape(title)
    )
}

/// The y axis with four steps up to `top`, its lines as far as `end`.
fn axes(svg: &mut String, top: f64, end: f64, y: &dyn Fn(f64) -> f64) {
    for step in 0..=4 {
        let value = top * f64::from(step) / 4.0;
        let _ = write!(
            svg,
            r##"<line x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end" class="tick">{}</text>"##,
            end,
            y(value),
            y(value),
            LEFT - 6.0,
            y(value) + 4.0,
            number(value)
        );
    }
}

/// Four round steps at or above `value` to end an axis on (never 0): a
/// count's steps are whole numbers.
fn nice_ceiling(value: f64) -> f64 {
    let step = (value / 4.0).max(1.0);
    let magnitude = 10f64.powf(step.log10().floor());
    let steps: &[f64] = if magnitude >= 10.0 {
        &[1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
    } else {
        &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
    };
    4.0 * steps
        .iter()
        .map(|m| m * magnitude)
        .find(|c| *c >= step)
        .unwrap_or(10.0 * magnitude)
}

/// A whole number as a number, anything else with one decimal.
fn number(value: f64) -> String {
    if value.fract().abs() < 0.05 {
        format!("{}", value.round() as i64)
    } else {
        format!("{value:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_chart_has_a_group_per_series_and_a_point_per_value() {
        let labels = vec![
            "2024-2025".to_string(),
            "2025-2026".to_string(),
            "2026-2027".to_string(),
        ];
        let svg = lines(
            "Forms",
            &labels,
            &[
                ("stage".into(), vec![3.0, 5.0, 8.0]),
                ("gastles <b>".into(), vec![0.0, 1.0, 2.0]),
            ],
        );
        assert_eq!(svg.matches(r#"<g class="series""#).count(), 2);
        assert_eq!(svg.matches(r#"class="point""#).count(), 6);
        assert!(svg.contains("gastles &lt;b&gt;"), "names are escaped: {svg}");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    }

    #[test]
    fn axes_end_on_a_round_number() {
        assert_eq!(nice_ceiling(0.0), 4.0);
        assert_eq!(nice_ceiling(7.0), 8.0);
        assert_eq!(nice_ceiling(44.0), 48.0);
        assert_eq!(nice_ceiling(77.0), 80.0);
        assert_eq!(nice_ceiling(100.0), 100.0);
        assert_eq!(nice_ceiling(2755.0), 3200.0);
    }

    #[test]
    fn bars_and_progress() {
        let svg = bars("Bands", &[("a".into(), 3.0, "#000"), ("b".into(), 0.0, "#000")]);
        assert_eq!(svg.matches(r#"class="bar""#).count(), 2);
        let full = progress("Goal", 250);
        assert!(
            full.contains(r#"width="300.0""#),
            "beyond the target is drawn full: {full}"
        );
    }
}
