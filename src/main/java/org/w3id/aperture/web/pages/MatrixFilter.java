package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.WebServlet;

/**
 * The matrix's sort and filters, read from query parameters so they work without JavaScript and can be
 * bookmarked: {@code sort} (model, date, openness, or a component slug: by that component's value),
 * {@code order} (asc, desc), {@code developer}, {@code year}, {@code set} (e.g. paper-analysed-40), and
 * {@code tier} or {@code level} (a value slug such as d5, n/a as not-applicable) with an optional
 * {@code component}: models with some component (or that component) in that tier or at that value. Values are
 * the last segments of IRIs.
 */
public record MatrixFilter(TableSort table, String developer, String year, String set, String tier, String level,
                           String component) {
    static final List<String> SORTS = List.of("model", "date", "openness");

    /** @param components the slugs of the components, each also a sort key */
    static MatrixFilter of(HttpServletRequest req, List<String> components) {
        TableSort table = TableSort.of(req, SORTS, components);
        String component = TableSort.param(req, "component", "");
        if (!component.isEmpty() && !components.contains(component)) {
            throw new WebServlet.BadRequest("there is no component '" + component + "'");
        }
        return new MatrixFilter(table, TableSort.param(req, "developer", ""), TableSort.param(req, "year", ""),
                TableSort.param(req, "set", ""), TableSort.param(req, "tier", ""), TableSort.param(req, "level", ""), component);
    }

    List<Matrix.Row> apply(List<Matrix.Row> rows) {
        Predicate<Matrix.Cell> cellKept = c -> (component.isEmpty() || slug(c.component()).equals(component))
                && (tier.isEmpty() || c.tier() != null && slug(c.tier()).equals(tier))
                && (level.isEmpty() || slug(c.value()).equals(level));
        boolean byCell = !tier.isEmpty() || !level.isEmpty();
        Predicate<Matrix.Row> keep = r -> (developer.isEmpty() || r.developers().stream().anyMatch(d -> slug(d.iri()).equals(developer)))
                && (year.isEmpty() || r.year().equals(year))
                && (set.isEmpty() || r.sets().stream().anyMatch(s -> slug(s).equals(set)))
                && (!byCell || r.cells().stream().anyMatch(cellKept));
        Comparator<Matrix.Row> byLabel = Comparator.comparing(r -> r.label().toLowerCase(Locale.ROOT));
        Comparator<Matrix.Row> comparator = switch (table.sort()) {
            case "model" -> byLabel;
            case "date" -> Comparator.comparing((Matrix.Row r) -> r.issued() == null ? "" : r.issued()).thenComparing(byLabel);
            case "openness" -> Comparator.comparingDouble((Matrix.Row r) -> r.share() == null ? -1 : r.share())
                    .thenComparingInt(Matrix.Row::fullyOpen).thenComparing(byLabel.reversed());
            default -> Comparator.comparingInt((Matrix.Row r) -> r.cells().stream().filter(c -> slug(c.component()).equals(table.sort()))
                    .findFirst().map(MatrixFilter::order).orElse(-2)).thenComparing(byLabel.reversed());
        };
        return rows.stream().filter(keep).sorted(table.directed(comparator)).toList();
    }

    /** A cell's place when sorting by its column: levels by rank, below them Unknown, then N/A. */
    private static int order(Matrix.Cell cell) {
        return cell.rank() > 0 ? cell.rank() : cell.notation().equals("Unknown") ? 0 : -1;
    }

    private static String slug(String iri) {
        return Labels.localName(iri);
    }

    /** The link that sorts by {@code by}: flips the order when already sorted by it; keeps the filters. */
    public String sortHref(String by) {
        return href(table.linkTo(by, SORTS));
    }

    /** True for the column of the component that a filter or the sort is about: it is highlighted. */
    public boolean highlights(String componentSlug) {
        return componentSlug.equals(component) || componentSlug.equals(table.sort());
    }

    /** The same view with the paper's 40 switched on or off. */
    public String toggleSetHref(String slug) {
        return new MatrixFilter(table, developer, year, set.equals(slug) ? "" : slug, tier, level, component).href(table);
    }

    private String href(TableSort sorted) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sort", sorted.sort());
        params.put("order", sorted.order());
        params.put("developer", developer);
        params.put("year", year);
        params.put("set", set);
        params.put("tier", tier);
        params.put("level", level);
        params.put("component", component);
        return TableSort.href("/matrix", params);
    }

    public boolean filtered() {
        return !(developer.isEmpty() && year.isEmpty() && set.isEmpty() && tier.isEmpty() && level.isEmpty() && component.isEmpty());
    }
}
