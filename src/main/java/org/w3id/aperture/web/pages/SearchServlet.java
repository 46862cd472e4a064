package org.w3id.aperture.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.aperture.web.core.Layout;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.core.WebServlet;

/**
 * {@code /search?q=llama+2}: the results page, grouped by kind; {@code /search.json?q=...&limit=8}: the same hits as
 * JSON for the suggestions the header's search box shows as one types.
 */
public final class SearchServlet extends WebServlet {
    static final int PAGE_HITS = 50;
    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_QUERY = 200;

    private final transient SearchIndex search;
    private final transient SiteIris iris;

    public SearchServlet(Renderer renderer, SearchIndex search, SiteIris iris) {
        super(renderer);
        this.search = search;
        this.iris = iris;
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (q.length() > MAX_QUERY) {
            throw new BadRequest("the search is longer than " + MAX_QUERY + " characters");
        }
        if (req.getServletPath().endsWith(".json")) {
            int limit = limit(req.getParameter("limit"));
            JsonArray hits = new JsonArray();
            for (SearchIndex.Hit h : search.search(q, limit)) {
                JsonObject o = new JsonObject();
                o.put("label", h.resource().label());
                o.put("kind", h.kind());
                o.put("href", publicPath(iris.href(h.resource().iri())));
                o.put("iri", h.resource().iri());
                o.put("matched", h.matched());
                hits.add(o);
            }
            JsonObject body = new JsonObject();
            body.put("query", q);
            body.put("hits", hits);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, body);
            resp.setHeader("Cache-Control", "public, max-age=300");
            send(resp, 200, "application/json; charset=utf-8", out.toByteArray());
            return;
        }
        List<SearchIndex.Hit> hits = q.isEmpty() ? List.of() : search.search(q, PAGE_HITS);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", q);
        model.put("count", hits.size());
        model.put("max", PAGE_HITS);
        model.put("groups", SearchIndex.byKind(hits));
        html(resp, 200, "search", model, Layout.page(q.isEmpty() ? "Search" : "Search: " + q));
    }

    private static int limit(String value) {
        try {
            return value == null ? 8 : Math.max(1, Math.min(MAX_SUGGESTIONS, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            throw new BadRequest("limit must be a number");
        }
    }
}
