package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Layout;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.WebServlet;

/** {@code /charts}: the level distribution per component and openness over release time, as inline SVG; {@code ?set=} narrows the models. */
public final class ChartsServlet extends WebServlet {
    private final transient Matrix matrix;
    private final transient Labels labels;
    private final transient NamedQueries queries;

    public ChartsServlet(Renderer renderer, Matrix matrix, Labels labels, NamedQueries queries) {
        super(renderer);
        this.matrix = matrix;
        this.labels = labels;
        this.queries = queries;
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String set = req.getParameter("set") == null ? "" : req.getParameter("set").strip();
        List<Matrix.Row> rows = matrix.rows().stream()
                .filter(r -> set.isEmpty() || r.sets().stream().anyMatch(s -> Labels.localName(s).equals(set))).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("set", set);
        model.put("sets", matrix.rows().stream().flatMap(r -> r.sets().stream()).distinct().sorted()
                .map(s -> new Link(s, labels.of(s))).toList());
        model.put("count", rows.size());
        model.put("bars", Charts.distribution(matrix, rows));
        model.put("barsHeight", Charts.distributionHeight(matrix));
        model.put("values", Charts.VALUES);
        model.put("points", Charts.timeline(rows));
        model.put("years", Charts.years(rows));
        model.put("shares", Charts.shares());
        List<Charts.Year> years = Charts.byYear(matrix, rows);
        model.put("byYear", years);
        model.put("yearLines", Charts.yearLines(years));
        model.put("yearTicks", Charts.yearTicks(years));
        model.put("components", matrix.components());
        model.put("g", Map.of("width", Charts.WIDTH, "label", Charts.LABEL_WIDTH, "left", Charts.PLOT_LEFT,
                "right", Charts.PLOT_LEFT + Charts.PLOT_WIDTH, "top", Charts.PLOT_TOP, "bottom", Charts.PLOT_TOP + Charts.PLOT_HEIGHT));
        html(resp, 200, "charts", model, Layout.page("Charts").withQuery(queries.get("level-distribution")
                .map(q -> q.text()).orElse(null)));
    }
}
