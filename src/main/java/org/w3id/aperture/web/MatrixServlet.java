package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The openness matrix at {@code /matrix}: models x components, sorted and filtered by query parameters. */
final class MatrixServlet extends WebServlet {
    private final transient Map<String, Object> choices;

    MatrixServlet(Site site) {
        super(site);
        Map<String, Link> developers = new java.util.TreeMap<>();
        TreeSet<String> years = new TreeSet<>();
        Map<String, Link> sets = new java.util.TreeMap<>();
        for (Matrix.Row row : site.matrix.rows()) {
            row.developers().forEach(d -> developers.put(d.label().toLowerCase(java.util.Locale.ROOT), d));
            if (!row.year().isEmpty()) {
                years.add(row.year());
            }
            row.sets().forEach(s -> sets.put(s, new Link(s, site.labels.of(s))));
        }
        Map<String, Link> tiers = new LinkedHashMap<>();
        site.matrix.rows().stream().flatMap(r -> r.cells().stream()).map(Matrix.Cell::tier).filter(t -> t != null)
                .distinct().sorted().forEach(t -> tiers.put(t, new Link(t, site.labels.of(t))));
        choices = Map.of("developers", List.copyOf(developers.values()), "years", List.copyOf(years),
                "sets", List.copyOf(sets.values()), "tiers", List.copyOf(tiers.values()));
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MatrixFilter filter = MatrixFilter.of(req, site.matrix.components().stream().map(c -> Labels.localName(c.iri())).toList());
        List<Matrix.Row> rows = filter.apply(site.matrix.rows());
        Map<String, Object> model = new LinkedHashMap<>(choices);
        model.put("f", filter);
        model.put("rows", rows);
        model.put("total", site.matrix.rows().size());
        model.put("components", site.matrix.components());
        Layout layout = Layout.page("The openness matrix")
                .withAlternates(List.of(new Layout.Alternate("/download/matrix.csv", "text/csv", "CSV")))
                .withQuery(site.queries.get("openness-matrix").map(q -> q.text()).orElse(null));
        html(resp, 200, "matrix", model, layout);
    }
}
