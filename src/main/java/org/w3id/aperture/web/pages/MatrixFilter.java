package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
public record MatrixFilter(String sort, String order, String developer, String year, String set, String tier,
                           String level, String component) {
    static final List<String> SORTS = List.of("model", "date", "openness");

    /** @param components the slugs of the components, each also a sort key */
    static MatrixFilter of(HttpServletRequest req, List<String> components) {
        String sort = param(req, "sort", "model");
        boolean byComponent = components.contains(sort);
        if (!SORTS.contains(sort) && !byComponent) {
            throw new WebServlet.BadRequest("sort must be one of " + SORTS + " or a component: " + String.join(", ", components));
        }
        String order = param(req, "order", sort.equals("openness") || byComponent ? "desc" : "asc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new WebServlet.BadRequest("order must be asc or desc");
        }
        String component = param(req, "component", "");
        if (!component.isEmpty() && !components.contains(component)) {
            throw new WebServlet.BadRequest("there is no component '" + component + "'");
        }
        return new MatrixFilter(sort, order, param(req, "developer", ""), param(req, "year", ""), param(req, "set", ""),
                param(req, "tier", ""), param(req, "level", ""), component);
    }

    private static String param(HttpServletRequest req, String name, String fallback) {
        String value = req.getParameter(name);
        return value == null || value.isBlank() ? fallback : value.strip();
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
        Comparator<Matrix.Row> comparator = switch (sort) {
            case "model" -> byLabel;
            case "date" -> Comparator.comparing((Matrix.Row r) -> r.issued() == null ? "" : r.issued()).thenComparing(byLabel);
            case "openness" -> Comparator.comparingDouble((Matrix.Row r) -> r.share() == null ? -1 : r.share())
                    .thenComparingInt(Matrix.Row::fullyOpen).thenComparing(byLabel.reversed());
            default -> Comparator.comparingInt((Matrix.Row r) -> r.cells().stream().filter(c -> slug(c.component()).equals(sort))
                    .findFirst().map(MatrixFilter::order).orElse(-2)).thenComparing(byLabel.reversed());
        };
        return rows.stream().filter(keep).sorted(order.equals("desc") ? comparator.reversed() : comparator).toList();
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
        boolean descFirst = by.equals("openness") || !SORTS.contains(by);
        String newOrder = by.equals(sort) ? (order.equals("asc") ? "desc" : "asc") : (descFirst ? "desc" : "asc");
        return href(by, newOrder);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the aria-sort of a column sorted by {@code by}. */
    public String ariaSort(String by) {
        return by.equals(sort) ? (order.equals("asc") ? "ascending" : "descending") : "none";
    }

    /** True for the column of the component that a filter or the sort is about: it is highlighted. */
    public boolean highlights(String componentSlug) {
        return componentSlug.equals(component) || componentSlug.equals(sort);
    }

    /** The same view with the paper's 40 switched on or off. */
    public String toggleSetHref(String slug) {
        return new MatrixFilter(sort, order, developer, year, set.equals(slug) ? "" : slug, tier, level, component).href(sort, order);
    }

    private String href(String bySort, String byOrder) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sort", bySort);
        params.put("order", byOrder);
        params.put("developer", developer);
        params.put("year", year);
        params.put("set", set);
        params.put("tier", tier);
        params.put("level", level);
        params.put("component", component);
        StringBuilder out = new StringBuilder("/matrix");
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return out.toString();
    }

    public boolean filtered() {
        return !(developer.isEmpty() && year.isEmpty() && set.isEmpty() && tier.isEmpty() && level.isEmpty() && component.isEmpty());
    }
}
