package org.w3id.aperture.web.query;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.query.NamedQuery;
import org.w3id.aperture.server.ApertureServer;
import org.w3id.aperture.vocab.Prefixes;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.Origin;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.WebServlet;
import org.w3id.aperture.web.core.RdfBytes;
import org.w3id.aperture.web.core.Layout;

/**
 * The query page at {@code /query}: a SPARQL editor, the gallery of named queries, and the answer as a table (one
 * page of it, {@code &page=2}), a bar chart of a numeric column ({@code &chart=var}) or a download.
 * {@code ?name=openness-matrix} runs a named query as written, {@code ?query=...} any query; add
 * {@code &format=csv|tsv|json|xml} (SELECT, ASK) or {@code ttl|jsonld|nt|rdf} (CONSTRUCT, DESCRIBE) to download.
 */
public final class QueryServlet extends WebServlet {
    private final transient NamedQueries queries;
    private final transient QueryRunner runner;

    public QueryServlet(Renderer renderer, NamedQueries queries, QueryRunner runner) {
        super(renderer);
        this.queries = queries;
        this.runner = runner;
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        String text = req.getParameter("query");
        NamedQuery named = null;
        if (name != null && !name.isBlank()) {
            named = queries.get(name).orElseThrow(() -> new BadRequest("there is no named query '" + name + "'"));
            text = text == null || text.isBlank() ? named.text() : text;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("gallery", queries.all());
        model.put("sparql", Origin.of(req) + ApertureServer.DATASET + "/sparql");
        model.put("text", text == null ? "PREFIX ap: <" + runner.iris().namespace() + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n"
                + "SELECT ?model ?label WHERE { ?model a ap:Model ; rdfs:label ?label } ORDER BY ?label" : text);
        if (named != null) {
            model.put("named", named);
        }
        String title = named != null ? named.title() : "Query the graph";
        if (text == null || text.isBlank()) {
            html(resp, 200, "query", model, Layout.page(title));
            return;
        }
        boolean unchanged = named != null && text.equals(named.text());
        String self = "/query?" + (unchanged ? "name=" + enc(named.name()) : "query=" + enc(text));
        model.put("shareHref", self);
        if (named != null && named.federated() && req.getParameter("query") == null) {
            html(resp, 200, "query", model, Layout.page(title));
            return;
        }
        String format = req.getParameter("format");
        try {
            QueryRun run = runner.run(text);
            if (format != null && !format.isBlank()) {
                download(resp, run, format);
                return;
            }
            model.put("downloadBase", self + "&format=");
            model.put("downloads", run.downloads());
            if (run.isSelect()) {
                QueryRun.Table table = run.table(page(req.getParameter("page")));
                model.put("table", table);
                model.put("pageBase", self + "&page=");
                QueryChart chart = QueryChart.of(table, req.getParameter("chart"));
                if (chart != null) {
                    model.put("chart", chart);
                    model.put("chartBase", self + (table.page() > 1 ? "&page=" + table.page() : "") + "&chart=");
                }
            } else if (run.isAsk()) {
                model.put("answer", run.ask());
            } else {
                byte[] turtle = RdfBytes.write(run.graph(), MediaFormat.TURTLE, Prefixes.ALL);
                model.put("turtle", new String(turtle, 0, Math.min(turtle.length, QueryRun.MAX_PAGE_CHARS), StandardCharsets.UTF_8));
                model.put("turtleCut", turtle.length > QueryRun.MAX_PAGE_CHARS);
            }
            model.put("kind", run.isSelect() || run.isAsk() ? "results" : "graph");
            html(resp, 200, "query", model, Layout.page(title));
        } catch (QueryRun.ParseError e) {
            model.put("error", e.getMessage());
            model.put("errorLine", e.line);
            model.put("errorColumn", e.column);
            html(resp, 400, "query", model, Layout.page(title));
        } catch (BadRequest e) {
            model.put("error", e.getMessage());
            html(resp, 400, "query", model, Layout.page(title));
        } catch (QueryDeniedException e) {
            model.put("error", "This query asks for something the server does not allow (such as a SERVICE call).");
            html(resp, 400, "query", model, Layout.page(title));
        } catch (QueryCancelledException e) {
            model.put("error", "The query ran out of time (" + runner.timeout().toSeconds() + " s) and was stopped.");
            html(resp, 503, "query", model, Layout.page(title));
        }
    }

    private static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page < 1) {
                throw new BadRequest("page must be 1 or more");
            }
            return page;
        } catch (NumberFormatException e) {
            throw new BadRequest("page must be a number");
        }
    }

    private void download(HttpServletResponse resp, QueryRun run, String extension) throws IOException {
        boolean results = run.isSelect() || run.isAsk();
        MediaFormat format = run.download(extension).orElseThrow(() -> new BadRequest(results
                ? "format must be csv, tsv, json or xml for SELECT and ASK" : "format must be ttl, jsonld, nt or rdf for CONSTRUCT and DESCRIBE"));
        byte[] body = results ? run.results(format) : RdfBytes.write(run.graph(), format, Prefixes.ALL);
        resp.setHeader("Content-Disposition", "attachment; filename=\"results." + extension + "\"");
        send(resp, 200, format.mediaType() + "; charset=utf-8", body);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
