package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Layout;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.WebServlet;

/**
 * The openness matrix at {@code /matrix}: models x components, sorted and filtered by query parameters; with
 * {@code catalogue=mot}, {@code osai} or {@code ouc}, that framework's records x its components or dimensions.
 */
public final class MatrixServlet extends WebServlet {
    private final transient Map<String, Object> choices;
    private final transient Map<Framework, Map<String, Object>> catalogueChoices = new java.util.EnumMap<>(Framework.class);

    private final transient Matrix matrix;
    private final transient Labels labels;
    private final transient RatedRecords records;
    private final transient Attributions attributions;
    private final transient NamedQueries queries;

    public MatrixServlet(Renderer renderer, Matrix matrix, Labels labels, RatedRecords records, Attributions attributions, NamedQueries queries) {
        super(renderer);
        this.matrix = matrix;
        this.labels = labels;
        this.records = records;
        this.attributions = attributions;
        this.queries = queries;
        Map<String, Link> developers = new java.util.TreeMap<>();
        TreeSet<String> years = new TreeSet<>();
        Map<String, Link> sets = new java.util.TreeMap<>();
        for (Matrix.Row row : matrix.rows()) {
            row.developers().forEach(d -> developers.put(d.label().toLowerCase(java.util.Locale.ROOT), d));
            if (!row.year().isEmpty()) {
                years.add(row.year());
            }
            row.sets().forEach(s -> sets.put(s, new Link(s, labels.of(s))));
        }
        Map<String, Link> tiers = new LinkedHashMap<>();
        matrix.rows().stream().flatMap(r -> r.cells().stream()).map(Matrix.Cell::tier).filter(t -> t != null)
                .distinct().sorted().forEach(t -> tiers.put(t, new Link(t, labels.of(t))));
        choices = Map.of("developers", List.copyOf(developers.values()), "years", List.copyOf(years),
                "sets", List.copyOf(sets.values()), "tiers", List.copyOf(tiers.values()));
        for (Framework f : Framework.values()) {
            catalogueChoices.put(f, catalogueChoices(records.of(f)));
        }
    }

    /** The producers, types, years and values a catalogue's filters offer: those its records have. */
    private static Map<String, Object> catalogueChoices(List<RatedRecords.Record> records) {
        Map<String, Link> producers = new java.util.TreeMap<>();
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> years = new TreeSet<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (RatedRecords.Record r : records) {
            if (r.producer() != null) {
                producers.put(r.producer().label().toLowerCase(java.util.Locale.ROOT) + " " + r.producer().iri(), r.producer());
            }
            if (r.modelType() != null) {
                types.add(r.modelType());
            }
            if (!r.year().isEmpty()) {
                years.add(r.year());
            }
        }
        records.stream().flatMap(r -> r.ratings().stream()).sorted(java.util.Comparator.comparingInt(RatedRecords.Rating::order).reversed())
                .forEach(x -> values.putIfAbsent(CatalogueFilter.valueKey(x), x.value()));
        return Map.of("producers", List.copyOf(producers.values()), "types", List.copyOf(types), "years", List.copyOf(years),
                "values", values);
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String catalogue = req.getParameter("catalogue");
        if (catalogue != null && !catalogue.isBlank() && !catalogue.strip().equals("paper")) {
            Framework framework = Framework.byKey(catalogue.strip()).orElseThrow(() -> new BadRequest(
                    "catalogue must be paper, mot, osai or ouc"));
            catalogue(resp, framework, CatalogueFilter.of(req, framework, records.scheme(framework)));
            return;
        }
        MatrixFilter filter = MatrixFilter.of(req, matrix.components().stream().map(c -> Labels.localName(c.iri())).toList());
        List<Matrix.Row> rows = filter.apply(matrix.rows());
        Map<String, Object> model = new LinkedHashMap<>(choices);
        model.put("f", filter);
        model.put("rows", rows);
        model.put("total", matrix.rows().size());
        model.put("components", matrix.components());
        model.put("frameworks", List.of(Framework.values()));
        Layout layout = Layout.page("The openness matrix")
                .withAlternates(List.of(new Layout.Alternate("/download/matrix.csv", MediaFormat.CSV.mediaType(), MediaFormat.CSV.title())))
                .withQuery(queries.get("openness-matrix").map(q -> q.text()).orElse(null));
        html(resp, 200, "matrix", model, layout);
    }

    private void catalogue(HttpServletResponse resp, Framework framework, CatalogueFilter filter) throws IOException {
        List<RatedRecords.Record> all = records.of(framework);
        Map<String, Object> model = new LinkedHashMap<>(catalogueChoices.get(framework));
        model.put("f", filter);
        model.put("framework", framework);
        model.put("scheme", records.scheme(framework));
        model.put("rows", filter.apply(all));
        model.put("total", all.size());
        model.put("frameworks", List.of(Framework.values()));
        model.put("paperTotal", matrix.rows().size());
        model.put("attribution", all.isEmpty() ? null : attributions.ofSource(all.get(0).file()).orElse(null));
        html(resp, 200, "catalogue", model, Layout.page("The " + framework.title() + " catalogue"));
    }
}
