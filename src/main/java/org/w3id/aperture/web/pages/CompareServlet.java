package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Layout;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.WebServlet;

/** {@code /compare?model=llama-2&model=gpt-4}: two to six models side by side, component by component, differences marked; one model asks for more. */
public final class CompareServlet extends WebServlet {
    /** One component across the chosen models; {@code differs} when they do not all have the same value. */
    public record Line(Matrix.Component component, List<Matrix.Cell> cells, boolean differs) {}

    static final int MIN = 2;
    static final int MAX = 6;

    private final transient Matrix matrix;

    public CompareServlet(Renderer renderer, Matrix matrix) {
        super(renderer);
        this.matrix = matrix;
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] slugs = req.getParameterValues("model");
        List<Matrix.Row> chosen = new ArrayList<>();
        for (String slug : slugs == null ? new String[0] : slugs) {
            Matrix.Row row = matrix.rows().stream().filter(r -> Labels.localName(r.iri()).equals(slug)).findFirst()
                    .orElseThrow(() -> new BadRequest("there is no model '" + slug + "'"));
            if (!chosen.contains(row)) {
                chosen.add(row);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Matrix.Component c : matrix.components()) {
            List<Matrix.Cell> cells = chosen.stream().map(r -> r.cell(c.iri()).orElse(null)).toList();
            long values = cells.stream().map(x -> x == null ? "" : x.notation()).distinct().count();
            lines.add(new Line(c, cells, values > 1));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("all", matrix.rows());
        model.put("chosen", chosen);
        model.put("lines", lines);
        model.put("differing", lines.stream().filter(Line::differs).count());
        model.put("min", MIN);
        model.put("max", MAX);
        boolean ready = chosen.size() >= MIN && chosen.size() <= MAX;
        model.put("ready", ready);
        int status = chosen.size() <= MAX ? 200 : 400;
        html(resp, status, "compare", model, Layout.page(ready ? "Compare " + String.join(", ", chosen.stream().map(Matrix.Row::label).toList())
                : "Compare models"));
    }
}
