package org.w3id.aperture.web.pages;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.aperture.web.core.Link;

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

    /** One point of the timeline: a model at its release month and released share, and where its label goes (if it fits). */
    public record Point(Link model, double x, double y, String issued, String share, boolean labelled, double labelX,
                        double labelY, String anchor) {}

    /** One year of the by-year view: how many models, and per component (and over all) the released and fully open shares. */
    public record Year(String year, int models, Share all, List<Share> components) {}

    /** Of the cells that exist and are known: how many, the share released (level 2 or more) and fully open (level 5). */
    public record Share(int known, int released, int fullyOpen) {
        public long releasedPercent() {
            return known == 0 ? 0 : Math.round(100.0 * released / known);
        }

        public long fullyOpenPercent() {
            return known == 0 ? 0 : Math.round(100.0 * fullyOpen / known);
        }
    }

    /** A line of the by-year chart: its points (x, y, the value shown) as an SVG polyline and labels. */
    public record Line(String name, String css, String points, List<LinePoint> labels, int labelDy) {}

    /** A point of a line with the value it shows. */
    public record LinePoint(double x, double y, String label) {}

    static final int LABEL_CHAR = 6;

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
        List<Matrix.Row> dated = rows.stream().filter(r -> r.month() != null && r.share() != null).toList();
        if (dated.isEmpty()) {
            return List.of();
        }
        long first = dated.stream().mapToLong(r -> index(r.month())).min().orElseThrow();
        long last = dated.stream().mapToLong(r -> index(r.month())).max().orElseThrow();
        long span = Math.max(1, last - first);
        List<double[]> placed = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<Matrix.Row> byShare = dated.stream().sorted(java.util.Comparator.comparing((Matrix.Row r) -> -r.share())
                .thenComparing(Matrix.Row::label)).toList();
        for (Matrix.Row r : byShare) {
            double x = round(PLOT_LEFT + PLOT_WIDTH * (index(r.month()) - first) / (double) span);
            double y = round(PLOT_TOP + PLOT_HEIGHT * (1 - r.share()));
            placed.add(new double[] {x - 6, y - 6, x + 6, y + 6});
            points.add(new Point(new Link(r.iri(), r.label()), x, y, r.issued(), r.sharePercent(), false, 0, 0, "start"));
        }
        List<Point> labelled = new ArrayList<>();
        for (Point p : points) {
            double w = p.model().label().length() * LABEL_CHAR;
            double[][] tries = {{p.x() + 9, p.y() + 4, 0}, {p.x() - 9, p.y() + 4, 1}, {p.x() - w / 2, p.y() - 10, 2}, {p.x() - w / 2, p.y() + 18, 2}};
            Point chosen = p;
            for (double[] t : tries) {
                double left = t[2] == 1 ? t[0] - w : t[0];
                double[] box = {left, t[1] - 10, left + w, t[1] + 2};
                if (box[0] >= 0 && box[2] <= WIDTH && box[1] >= 0 && box[3] <= PLOT_TOP + PLOT_HEIGHT + 4
                        && placed.stream().noneMatch(b -> overlaps(b, box))) {
                    placed.add(box);
                    chosen = new Point(p.model(), p.x(), p.y(), p.issued(), p.share(), true, round(t[2] == 2 ? left : t[0]),
                            round(t[1]), t[2] == 1 ? "end" : "start");
                    break;
                }
            }
            labelled.add(chosen);
        }
        return labelled;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** Per release year: the released and fully open shares of each component's known cells, and of all of them. */
    static List<Year> byYear(Matrix matrix, List<Matrix.Row> rows) {
        java.util.TreeMap<String, List<Matrix.Row>> years = new java.util.TreeMap<>();
        rows.stream().filter(r -> !r.year().isEmpty()).forEach(r -> years.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(r));
        List<Year> out = new ArrayList<>();
        years.forEach((year, models) -> {
            List<Share> shares = new ArrayList<>();
            for (Matrix.Component c : matrix.components()) {
                shares.add(share(models.stream().map(r -> r.cell(c.iri()).orElse(null)).filter(x -> x != null).toList()));
            }
            out.add(new Year(year, models.size(), share(models.stream().flatMap(r -> r.cells().stream()).toList()), shares));
        });
        return out;
    }

    private static Share share(List<Matrix.Cell> cells) {
        int known = 0;
        int released = 0;
        int open = 0;
        for (Matrix.Cell c : cells) {
            if (c.rank() > 0) {
                known++;
                released += c.rank() >= 2 ? 1 : 0;
                open += c.rank() == 5 ? 1 : 0;
            }
        }
        return new Share(known, released, open);
    }

    /** The by-year chart's two lines over all components, one point per year, on the timeline's plot area. */
    static List<Line> yearLines(List<Year> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (String which : List.of("released", "fully open")) {
            StringBuilder points = new StringBuilder();
            List<LinePoint> labels = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                Year y = years.get(i);
                long pct = which.equals("released") ? y.all().releasedPercent() : y.all().fullyOpenPercent();
                double x = yearX(i, years.size());
                double v = round(PLOT_TOP + PLOT_HEIGHT * (1 - pct / 100.0));
                points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(v);
                labels.add(new LinePoint(x, v, pct + "%"));
            }
            boolean released = which.equals("released");
            lines.add(new Line(which, released ? "line-released" : "line-open", points.toString(), labels, released ? -7 : 16));
        }
        return lines;
    }

    static double yearX(int i, int count) {
        return round(PLOT_LEFT + (count == 1 ? PLOT_WIDTH / 2.0 : PLOT_WIDTH * i / (double) (count - 1)));
    }

    static List<Tick> yearTicks(List<Year> years) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            ticks.add(new Tick(yearX(i, years.size()), years.get(i).year() + " (" + years.get(i).models() + ")"));
        }
        return ticks;
    }

    /** One tick per January from the first to the last release year, on the same scale as {@link #timeline}. */
    static List<Tick> years(List<Matrix.Row> rows) {
        List<YearMonth> months = rows.stream().filter(r -> r.share() != null).map(Matrix.Row::month).filter(m -> m != null).sorted().toList();
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

    private static long index(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
