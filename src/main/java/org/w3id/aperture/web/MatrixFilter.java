package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The matrix's sort and filters, read from query parameters so they work without JavaScript and can be
 * bookmarked: {@code sort} (model, date, openness), {@code order} (asc, desc), {@code developer}, {@code year},
 * {@code set} (e.g. paper-analysed-40), and {@code tier} with an optional {@code component}: models with some
 * component (or that component) in that tier. Values are the last segments of IRIs.
 */
public record MatrixFilter(String sort, String order, String developer, String year, String set, String tier, String component) {
    static final List<String> SORTS = List.of("model", "date", "openness");

    static MatrixFilter of(HttpServletRequest req) {
        String sort = param(req, "sort", "model");
        if (!SORTS.contains(sort)) {
            throw new WebServlet.BadRequest("sort must be one of " + SORTS);
        }
        String order = param(req, "order", sort.equals("openness") ? "desc" : "asc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new WebServlet.BadRequest("order must be asc or desc");
        }
        return new MatrixFilter(sort, order, param(req, "developer", ""), param(req, "year", ""), param(req, "set", ""),
                param(req, "tier", ""), param(req, "component", ""));
    }

    private static String param(HttpServletRequest req, String name, String fallback) {
        String value = req.getParameter(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    List<Matrix.Row> apply(List<Matrix.Row> rows) {
        Predicate<Matrix.Row> keep = r -> (developer.isEmpty() || r.developers().stream().anyMatch(d -> slug(d.iri()).equals(developer)))
                && (year.isEmpty() || r.year().equals(year))
                && (set.isEmpty() || r.sets().stream().anyMatch(s -> slug(s).equals(set)))
                && (tier.isEmpty() || r.cells().stream().anyMatch(c -> c.tier() != null && slug(c.tier()).equals(tier)
                        && (component.isEmpty() || slug(c.component()).equals(component))));
        Comparator<Matrix.Row> byLabel = Comparator.comparing(r -> r.label().toLowerCase(Locale.ROOT));
        Comparator<Matrix.Row> comparator = switch (sort) {
            case "date" -> Comparator.comparing((Matrix.Row r) -> r.issued() == null ? "" : r.issued()).thenComparing(byLabel);
            case "openness" -> Comparator.comparingDouble((Matrix.Row r) -> r.share() == null ? -1 : r.share())
                    .thenComparingInt(Matrix.Row::fullyOpen).thenComparing(byLabel.reversed());
            default -> byLabel;
        };
        return rows.stream().filter(keep).sorted(order.equals("desc") ? comparator.reversed() : comparator).toList();
    }

    private static String slug(String iri) {
        return Labels.localName(iri);
    }

    /** The link that sorts by {@code by}: flips the order when already sorted by it; keeps the filters. */
    public String sortHref(String by) {
        String newOrder = by.equals(sort) ? (order.equals("asc") ? "desc" : "asc") : (by.equals("openness") ? "desc" : "asc");
        return href(by, newOrder);
    }

    /** The same view with the paper's 40 switched on or off. */
    public String toggleSetHref(String slug) {
        return new MatrixFilter(sort, order, developer, year, set.equals(slug) ? "" : slug, tier, component).href(sort, order);
    }

    private String href(String bySort, String byOrder) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sort", bySort);
        params.put("order", byOrder);
        params.put("developer", developer);
        params.put("year", year);
        params.put("set", set);
        params.put("tier", tier);
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
        return !(developer.isEmpty() && year.isEmpty() && set.isEmpty() && tier.isEmpty());
    }
}
