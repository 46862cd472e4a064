package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.vocab.Prefixes;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.core.StaticServlet;
import org.w3id.aperture.web.ld.DatasetDescription;
import org.w3id.aperture.web.ld.Describer;
import org.w3id.aperture.web.ld.DownloadServlet;
import org.w3id.aperture.web.ld.Downloads;
import org.w3id.aperture.web.ld.ResourceServlet;
import org.w3id.aperture.web.ld.VoidServlet;
import org.w3id.aperture.web.pages.Alignments;
import org.w3id.aperture.web.pages.Attributions;
import org.w3id.aperture.web.pages.ChartsServlet;
import org.w3id.aperture.web.pages.CompareServlet;
import org.w3id.aperture.web.pages.Crosswalk;
import org.w3id.aperture.web.pages.FrameworksServlet;
import org.w3id.aperture.web.pages.HomePage;
import org.w3id.aperture.web.pages.Levels;
import org.w3id.aperture.web.pages.Matrix;
import org.w3id.aperture.web.pages.MatrixServlet;
import org.w3id.aperture.web.pages.RatedRecords;
import org.w3id.aperture.web.pages.ResourcePages;
import org.w3id.aperture.web.pages.SearchIndex;
import org.w3id.aperture.web.pages.SearchServlet;
import org.w3id.aperture.web.pages.View;
import org.w3id.aperture.web.query.QueryRunner;
import org.w3id.aperture.web.query.QueryServlet;
import org.w3id.aperture.web.query.QueryTermsServlet;

/**
 * The site's servlets keyed by Jetty path spec, for {@code ApertureServer.start}. What the pages read is built
 * here, once (the graph never changes after load), and each servlet is handed what it uses.
 */
public final class WebApp {
    /** The path specs {@link #servlets} answers, known before the site is built. */
    public static final List<String> PATHS = List.of("/static/*", "/robots.txt", "/favicon.ico", "/download/*", "/context.jsonld", "/void",
            "/.well-known/void", "/matrix", "/search", "/search.json", "/compare", "/frameworks", "/charts", "/query", "/query/terms.json", "/*");

    private WebApp() {}

    /**
     * @param dataset the served, immutable dataset; its resources keep their IRIs under {@code Ap.BASE}
     * @param queries the gallery of named queries
     * @param queryTimeout the same limit as the SPARQL endpoint's
     * @param rowLimit the most solutions a query of the query page returns, as on the endpoint
     */
    public static Map<String, HttpServlet> servlets(DatasetGraph dataset, NamedQueries queries, Duration queryTimeout, long rowLimit) {
        return servlets(dataset, queries, queryTimeout, rowLimit, "");
    }

    /** The same, for a server the public reaches under {@code publicPath} (such as {@code /ap}; empty for the root). */
    public static Map<String, HttpServlet> servlets(DatasetGraph dataset, NamedQueries queries, Duration queryTimeout, long rowLimit,
                                                    String publicPath) {
        SiteIris iris = new SiteIris(publicPath);
        Graph graph = dataset.getDefaultGraph();
        Labels labels = new Labels(graph);
        GraphQueries q = new GraphQueries(dataset);
        Matrix matrix = Matrix.load(q, labels);
        Levels levels = Levels.load(q, labels);
        RatedRecords records = RatedRecords.load(q, graph, iris, labels);
        Alignments alignments = Alignments.load(q, labels);
        Attributions attributions = Attributions.load(q, labels);
        Crosswalk crosswalk = Crosswalk.load(q, iris, labels);
        SearchIndex search = SearchIndex.build(graph, iris, labels);
        View view = new View(iris, labels, Prefixes.ALL, levels, matrix, attributions);
        Renderer renderer = new Renderer(view, iris);
        DatasetDescription description = new DatasetDescription(graph, iris, matrix, rowLimit);

        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        StaticServlet files = new StaticServlet(renderer);
        servlets.put("/static/*", files);
        servlets.put("/robots.txt", files);
        servlets.put("/favicon.ico", files);
        DownloadServlet downloads = new DownloadServlet(renderer, new Downloads(dataset, queries));
        servlets.put("/download/*", downloads);
        servlets.put("/context.jsonld", downloads);
        VoidServlet voidServlet = new VoidServlet(renderer, description);
        servlets.put("/void", voidServlet);
        servlets.put("/.well-known/void", voidServlet);
        servlets.put("/matrix", new MatrixServlet(renderer, matrix, labels, records, attributions, queries));
        SearchServlet searchServlet = new SearchServlet(renderer, search, iris);
        servlets.put("/search", searchServlet);
        servlets.put("/search.json", searchServlet);
        servlets.put("/compare", new CompareServlet(renderer, matrix));
        servlets.put("/frameworks", new FrameworksServlet(renderer, matrix, alignments, records, attributions, crosswalk, iris));
        servlets.put("/charts", new ChartsServlet(renderer, matrix, labels, queries));
        servlets.put("/query", new QueryServlet(renderer, queries, new QueryRunner(dataset, iris, labels, queryTimeout, rowLimit)));
        servlets.put("/query/terms.json", new QueryTermsServlet(renderer, graph, labels));
        ResourcePages pages = new ResourcePages(q, graph, iris, labels, view, matrix, levels, records, alignments, attributions, queries);
        servlets.put("/*", new ResourceServlet(renderer, iris, new Describer(graph), labels, matrix, pages,
                new HomePage(dataset, iris, labels, matrix, queries), description));
        if (!servlets.keySet().equals(Set.copyOf(PATHS))) {
            throw new IllegalStateException("WebApp.PATHS differs from the servlets built: " + servlets.keySet());
        }
        return servlets;
    }
}
