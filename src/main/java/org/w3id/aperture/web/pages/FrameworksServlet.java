package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Layout;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.core.WebServlet;

/**
 * {@code /frameworks?model=llama-2}: one of the paper's models by every framework, component by component, beside
 * the records aligned with it ({@code &record=mot/llama-2-7b}, repeated, picks them; by default the nearest of each
 * framework); without a model, the paper's models with how many records of each framework are aligned with them.
 */
public final class FrameworksServlet extends WebServlet {
    /** A paper model and how many aligned records each framework has for it, in the order of {@link Framework}. */
    public record ModelLine(Matrix.Row row, List<Integer> counts) {}

    /** A framework's aligned records as choices of the form. */
    public record Choice(Framework framework, List<Option> options) {}

    /** One aligned record; {@code value} is its path without the leading slash, the form's value. */
    public record Option(Alignments.Aligned aligned, RatedRecords.Record record, String value, boolean checked) {}

    static final int MAX_COLUMNS = 8;
    private static final int DEFAULT_PER_FRAMEWORK = 3;

    private final transient Matrix matrix;
    private final transient Alignments alignments;
    private final transient RatedRecords records;
    private final transient Attributions attributions;
    private final transient Crosswalk crosswalk;
    private final transient SiteIris iris;

    public FrameworksServlet(Renderer renderer, Matrix matrix, Alignments alignments, RatedRecords records, Attributions attributions, Crosswalk crosswalk, SiteIris iris) {
        super(renderer);
        this.matrix = matrix;
        this.alignments = alignments;
        this.records = records;
        this.attributions = attributions;
        this.crosswalk = crosswalk;
        this.iris = iris;
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String slug = req.getParameter("model");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("frameworks", List.of(Framework.values()));
        model.put("max", MAX_COLUMNS);
        if (slug == null || slug.isBlank()) {
            List<ModelLine> lines = matrix.rows().stream().map(r -> new ModelLine(r, counts(r.iri()))).toList();
            model.put("models", lines);
            html(resp, 200, "frameworks", model, Layout.page("Every framework's ratings"));
            return;
        }
        Matrix.Row row = matrix.rows().stream().filter(r -> Labels.localName(r.iri()).equals(slug.strip())).findFirst()
                .orElseThrow(() -> new BadRequest("there is no model '" + slug.strip() + "'"));
        List<Option> all = new ArrayList<>();
        for (Alignments.Aligned a : alignments.of(row.iri())) {
            records.record(a.other().iri()).ifPresent(r -> all.add(new Option(a, r, path(r.iri()), false)));
        }
        String[] asked = req.getParameterValues("record");
        List<String> chosen = new ArrayList<>();
        if (asked != null) {
            for (String value : asked) {
                if (all.stream().noneMatch(o -> o.value().equals(value))) {
                    throw new BadRequest("'" + value + "' is no record aligned with " + row.label());
                }
                if (!chosen.contains(value)) {
                    chosen.add(value);
                }
            }
            if (chosen.size() > MAX_COLUMNS) {
                throw new BadRequest("pick at most " + MAX_COLUMNS + " records");
            }
        } else {
            chosen.addAll(nearest(all));
        }
        List<Choice> choices = new ArrayList<>();
        List<CrossFramework.Column> columns = new ArrayList<>();
        for (Framework f : Framework.values()) {
            List<Option> options = all.stream().filter(o -> o.record().framework() == f)
                    .map(o -> new Option(o.aligned(), o.record(), o.value(), chosen.contains(o.value()))).toList();
            if (!options.isEmpty()) {
                choices.add(new Choice(f, options));
            }
        }
        for (String value : chosen) {
            all.stream().filter(o -> o.value().equals(value)).findFirst()
                    .ifPresent(o -> columns.add(new CrossFramework.Column(o.record().framework(), o.record(), o.aligned())));
        }
        columns.sort(java.util.Comparator.comparing(CrossFramework.Column::framework));
        CrossFramework view = CrossFramework.of(matrix, crosswalk, records, row, columns);
        List<String> sources = new ArrayList<>();
        row.cells().stream().map(Matrix.Cell::source).filter(s -> s != null).findFirst().ifPresent(sources::add);
        columns.forEach(c -> sources.add(c.record().file()));
        model.put("view", view);
        model.put("choices", choices);
        model.put("attributions", attributions.of(sources));
        model.put("all", matrix.rows());
        html(resp, 200, "frameworks", model, Layout.page(row.label() + " by every framework"));
    }

    /** The default columns: of each framework, the aligned records of its nearest kind of link, at most three. */
    private static List<String> nearest(List<Option> all) {
        List<String> chosen = new ArrayList<>();
        for (Framework f : Framework.values()) {
            List<Option> of = all.stream().filter(o -> o.record().framework() == f).toList();
            if (!of.isEmpty()) {
                int best = of.get(0).aligned().closeness();
                of.stream().filter(o -> o.aligned().closeness() == best).limit(DEFAULT_PER_FRAMEWORK).forEach(o -> chosen.add(o.value()));
            }
        }
        return chosen;
    }

    private List<Integer> counts(String iri) {
        Map<Framework, Integer> counts = new EnumMap<>(Framework.class);
        for (Framework f : Framework.values()) {
            counts.put(f, 0);
        }
        for (Alignments.Aligned a : alignments.of(iri)) {
            records.record(a.other().iri()).ifPresent(r -> counts.merge(r.framework(), 1, Integer::sum));
        }
        return List.copyOf(counts.values());
    }

    private String path(String iri) {
        return iris.localPath(iri).map(p -> p.substring(1)).orElse(iri);
    }
}
