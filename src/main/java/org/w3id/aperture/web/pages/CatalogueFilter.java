package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
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
public record CatalogueFilter(Framework framework, TableSort table, String producer, String type, String year,
                              String mofClass, String component, String value) {
    static final List<String> SORTS = List.of("record", "date", "openness");
    private static final List<String> CLASSES = List.of("0", "1", "2", "3");

    static CatalogueFilter of(HttpServletRequest req, Framework framework, Scheme scheme) {
        List<String> components = scheme.dimensions().stream().map(Scheme.Dimension::slug).toList();
        TableSort table = TableSort.of(req, SORTS, components);
        String component = TableSort.param(req, "component", "");
        if (!component.isEmpty() && !components.contains(component)) {
            throw new WebServlet.BadRequest("there is no component '" + component + "' in " + framework.title());
        }
        String mofClass = TableSort.param(req, "class", "");
        if (!mofClass.isEmpty() && (!framework.isMof() || !CLASSES.contains(mofClass))) {
            throw new WebServlet.BadRequest("class is a MOF class of the MOT catalogue: 0 (unclassified), 1, 2 or 3");
        }
        return new CatalogueFilter(framework, table, TableSort.param(req, "producer", ""), TableSort.param(req, "type", ""),
                TableSort.param(req, "year", ""), mofClass, component, TableSort.param(req, "value", ""));
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
        Comparator<RatedRecords.Record> comparator = switch (table.sort()) {
            case "record" -> byLabel;
            case "date" -> Comparator.comparing((RatedRecords.Record r) -> r.date() == null ? "" : r.date()).thenComparing(byLabel);
            case "openness" -> Comparator.comparingDouble(RatedRecords.Record::openness).thenComparing(byLabel.reversed());
            default -> Comparator.comparingInt((RatedRecords.Record r) -> r.ratings().stream()
                    .filter(x -> x.dimension().slug().equals(table.sort())).findFirst().map(RatedRecords.Rating::order).orElse(-2))
                    .thenComparing(byLabel.reversed());
        };
        return records.stream().filter(keep).sorted(table.directed(comparator)).toList();
    }

    private static String slug(String iri) {
        return Labels.localName(iri);
    }

    /** The link that sorts by {@code by}: flips the order when already sorted by it; keeps the filters. */
    public String sortHref(String by) {
        return href(table.linkTo(by, SORTS));
    }

    /** True for the column of the dimension that a filter or the sort is about: it is highlighted. */
    public boolean highlights(String componentSlug) {
        return componentSlug.equals(component) || componentSlug.equals(table.sort());
    }

    public boolean filtered() {
        return !(producer.isEmpty() && type.isEmpty() && year.isEmpty() && mofClass.isEmpty() && component.isEmpty() && value.isEmpty());
    }

    /** The page without filters, keeping the catalogue. */
    public String clearHref() {
        return "/matrix?catalogue=" + framework.key();
    }

    private String href(TableSort sorted) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("catalogue", framework.key());
        params.put("sort", sorted.sort());
        params.put("order", sorted.order());
        params.put("producer", producer);
        params.put("type", type);
        params.put("year", year);
        params.put("class", mofClass);
        params.put("component", component);
        params.put("value", value);
        return TableSort.href("/matrix", params);
    }
}
