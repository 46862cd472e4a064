package org.w3id.aperture.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The geometry of the two server-rendered SVG charts, computed from matrix rows; the template only draws it. */
final class Charts {
    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 210;
    static final int BAR_WIDTH = 500;
    static final int ROW_HEIGHT = 26;
    static final int PLOT_LEFT = 60;
    static final int PLOT_WIDTH = 660;
    static final int PLOT_TOP = 20;
    static final int PLOT_HEIGHT = 260;
    /** The value classes in the order the bars stack them, with their legend text. */
    static final Map<String, String> VALUES = valueOrder();

    /** One bar segment: a value's share of a component's models. */
    public record Segment(double x, double width, String css, String label, int count) {}

    /** One bar: a component and its segments. */
    public record Bar(Link component, double y, List<Segment> segments) {}

    /** One point of the timeline: a model at its release month and released share. */
    public record Point(Link model, double x, double y, String issued, String share) {}

    /** An axis tick: where it is and what it says. */
    public record Tick(double at, String label) {}

    private Charts() {}

    private static Map<String, String> valueOrder() {
        Map<String, String> order = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            order.put("lv" + i, "C" + i + " / D" + i);
        }
        order.put("lv-not-applicable", "N/A");
        order.put("lv-unknown", "Unknown");
        return order;
    }

    static List<Bar> distribution(Matrix matrix, List<Matrix.Row> rows) {
        List<Bar> bars = new ArrayList<>();
        double y = 10;
        for (Matrix.Component c : matrix.components()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            VALUES.keySet().forEach(k -> counts.put(k, 0));
            int total = 0;
            for (Matrix.Row r : rows) {
                for (Matrix.Cell cell : r.cells()) {
                    if (cell.component().equals(c.iri())) {
                        counts.merge(cell.css(), 1, Integer::sum);
                        total++;
                    }
                }
            }
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > 0) {
                    double width = BAR_WIDTH * e.getValue() / (double) total;
                    segments.add(new Segment(round(x), round(width), e.getKey(), VALUES.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
                    x += width;
                }
            }
            bars.add(new Bar(new Link(c.iri(), c.label()), y, segments));
            y += ROW_HEIGHT;
        }
        return bars;
    }

    static int distributionHeight(Matrix matrix) {
        return 20 + ROW_HEIGHT * matrix.components().size();
    }

    /** Models with a release month and a released share, placed on month (x) and share (y). */
    static List<Point> timeline(List<Matrix.Row> rows) {
        List<Matrix.Row> dated = rows.stream().filter(r -> month(r) != null && r.share() != null).toList();
        if (dated.isEmpty()) {
            return List.of();
        }
        long first = dated.stream().mapToLong(r -> index(month(r))).min().orElseThrow();
        long last = dated.stream().mapToLong(r -> index(month(r))).max().orElseThrow();
        long span = Math.max(1, last - first);
        return dated.stream().map(r -> new Point(new Link(r.iri(), r.label()),
                round(PLOT_LEFT + PLOT_WIDTH * (index(month(r)) - first) / (double) span),
                round(PLOT_TOP + PLOT_HEIGHT * (1 - r.share())), r.issued(), r.sharePercent())).toList();
    }

    /** One tick per January from the first to the last release year, on the same scale as {@link #timeline}. */
    static List<Tick> years(List<Matrix.Row> rows) {
        List<YearMonth> months = rows.stream().filter(r -> r.share() != null).map(Charts::month).filter(m -> m != null).sorted().toList();
        if (months.isEmpty()) {
            return List.of();
        }
        long first = index(months.get(0));
        long span = Math.max(1, index(months.get(months.size() - 1)) - first);
        List<Tick> ticks = new ArrayList<>();
        for (int year = months.get(0).getYear() + (months.get(0).getMonthValue() == 1 ? 0 : 1);
                year <= months.get(months.size() - 1).getYear(); year++) {
            ticks.add(new Tick(round(PLOT_LEFT + PLOT_WIDTH * (index(YearMonth.of(year, 1)) - first) / (double) span), String.valueOf(year)));
        }
        return ticks;
    }

    static List<Tick> shares() {
        List<Tick> ticks = new ArrayList<>();
        for (int pct = 0; pct <= 100; pct += 25) {
            ticks.add(new Tick(PLOT_TOP + PLOT_HEIGHT * (1 - pct / 100.0), pct + "%"));
        }
        return ticks;
    }

    private static YearMonth month(Matrix.Row row) {
        try {
            return row.issued() == null ? null : YearMonth.parse(row.issued().substring(0, 7));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long index(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
