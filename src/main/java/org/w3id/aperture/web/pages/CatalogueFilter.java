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
import org.w3id.aperture.vocab.Slugs;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.WebServlet;

/**
 * The sort and filters of a framework's catalogue in the matrix ({@code /matrix?catalogue=mot}), read from query
 * parameters as the paper's matrix reads its own: {@code sort} (record, date, openness, or a component or dimension
 * slug: by its value), {@code order}, {@code producer} (organisation slug), {@code type} (the model type as written),
 * {@code year}, {@code class} (MOT: the MOF class, 0 for unclassified) and {@code value} (a value slug such as
 * {@code open} or {@code not-included}) with an optional {@code component}.
 */
public record CatalogueFilter(Framework framework, String sort, String order, String producer, String type, String year,
                              String mofClass, String component, String value) {
    static final List<String> SORTS = List.of("record", "date", "openness");
    private static final List<String> CLASSES = List.of("0", "1", "2", "3");

    static CatalogueFilter of(HttpServletRequest req, Framework framework, Scheme scheme) {
        List<String> components = scheme.dimensions().stream().map(Scheme.Dimension::slug).toList();
        String sort = param(req, "sort", "record");
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
            throw new WebServlet.BadRequest("there is no component '" + component + "' in " + framework.title());
        }
        String mofClass = param(req, "class", "");
        if (!mofClass.isEmpty() && (!framework.isMof() || !CLASSES.contains(mofClass))) {
            throw new WebServlet.BadRequest("class is a MOF class of the MOT catalogue: 0 (unclassified), 1, 2 or 3");
        }
        return new CatalogueFilter(framework, sort, order, param(req, "producer", ""), param(req, "type", ""), param(req, "year", ""),
                mofClass, component, param(req, "value", ""));
    }

    private static String param(HttpServletRequest req, String name, String fallback) {
        String value = req.getParameter(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The slug of a rating's value, as the value filter names it: open, open-other-type, not-included, partial, ... */
    public static String valueKey(RatedRecords.Rating rating) {
        return Slugs.of(rating.value());
    }

    /** {@link #valueKey} for the templates. */
    public String key(RatedRecords.Rating rating) {
        return valueKey(rating);
    }

    List<RatedRecords.Record> apply(List<RatedRecords.Record> records) {
        Predicate<RatedRecords.Rating> ratingKept = r -> (component.isEmpty() || r.dimension().slug().equals(component))
                && valueKey(r).equals(value);
        Predicate<RatedRecords.Record> keep = r -> (producer.isEmpty() || r.producer() != null && slug(r.producer().iri()).equals(producer))
                && (type.isEmpty() || type.equals(r.modelType()))
                && (year.isEmpty() || r.year().equals(year))
                && (mofClass.isEmpty() || r.mof() != null && Integer.toString(r.mof().classNumber()).equals(mofClass))
                && (value.isEmpty() || r.ratings().stream().anyMatch(ratingKept));
        Comparator<RatedRecords.Record> byLabel = Comparator.comparing(r -> r.label().toLowerCase(Locale.ROOT));
        Comparator<RatedRecords.Record> comparator = switch (sort) {
            case "record" -> byLabel;
            case "date" -> Comparator.comparing((RatedRecords.Record r) -> r.date() == null ? "" : r.date()).thenComparing(byLabel);
            case "openness" -> Comparator.comparingDouble(RatedRecords.Record::openness).thenComparing(byLabel.reversed());
            default -> Comparator.comparingInt((RatedRecords.Record r) -> r.ratings().stream()
                    .filter(x -> x.dimension().slug().equals(sort)).findFirst().map(RatedRecords.Rating::order).orElse(-2))
                    .thenComparing(byLabel.reversed());
        };
        return records.stream().filter(keep).sorted(order.equals("desc") ? comparator.reversed() : comparator).toList();
    }

    private static String slug(String iri) {
        return Labels.localName(iri);
    }

    public String sortHref(String by) {
        boolean descFirst = by.equals("openness") || !SORTS.contains(by);
        String newOrder = by.equals(sort) ? (order.equals("asc") ? "desc" : "asc") : (descFirst ? "desc" : "asc");
        return href(by, newOrder);
    }

    public String ariaSort(String by) {
        return by.equals(sort) ? (order.equals("asc") ? "ascending" : "descending") : "none";
    }

    public boolean highlights(String componentSlug) {
        return componentSlug.equals(component) || componentSlug.equals(sort);
    }

    public boolean filtered() {
        return !(producer.isEmpty() && type.isEmpty() && year.isEmpty() && mofClass.isEmpty() && component.isEmpty() && value.isEmpty());
    }

    /** The page without filters, keeping the catalogue. */
    public String clearHref() {
        return "/matrix?catalogue=" + framework.key();
    }

    private String href(String bySort, String byOrder) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("catalogue", framework.key());
        params.put("sort", bySort);
        params.put("order", byOrder);
        params.put("producer", producer);
        params.put("type", type);
        params.put("year", year);
        params.put("class", mofClass);
        params.put("component", component);
        params.put("value", value);
        StringBuilder href = new StringBuilder("/matrix");
        String sep = "?";
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!p.getValue().isEmpty()) {
                href.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                sep = "&";
            }
        }
        return href.toString();
    }
}
