package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.query.NamedQueries;

/** The site's servlets keyed by Jetty path spec, for {@code ApertureServer.start}. */
public final class WebApp {
    /** The path specs {@link #servlets} answers, known before the site is built. */
    public static final List<String> PATHS = List.of("/static/*", "/robots.txt", "/favicon.ico", "/download/*", "/context.jsonld", "/void",
            "/.well-known/void", "/matrix", "/search", "/search.json", "/compare", "/frameworks", "/charts", "/query", "/query/terms.json", "/*");

    private WebApp() {}

    /**
     * @param dataset the served, immutable dataset
     * @param base the IRI prefix mapped onto this server's root, e.g. {@code https://w3id.org/aperture/}
     * @param queries the gallery of named queries
     * @param queryTimeout the same limit as the SPARQL endpoint's
     * @param rowLimit the most solutions a query of the query page returns, as on the endpoint
     */
    public static Map<String, HttpServlet> servlets(DatasetGraph dataset, String base, NamedQueries queries,
                                                    Duration queryTimeout, long rowLimit) {
        Site site = new Site(dataset, new SiteIris(base), queries, queryTimeout, rowLimit);
        DownloadServlet downloads = new DownloadServlet(site, new Downloads(site));
        VoidServlet voidServlet = new VoidServlet(site);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        StaticServlet files = new StaticServlet(site);
        servlets.put("/static/*", files);
        servlets.put("/robots.txt", files);
        servlets.put("/favicon.ico", files);
        servlets.put("/download/*", downloads);
        servlets.put("/context.jsonld", downloads);
        servlets.put("/void", voidServlet);
        servlets.put("/.well-known/void", voidServlet);
        servlets.put("/matrix", new MatrixServlet(site));
        SearchServlet search = new SearchServlet(site);
        servlets.put("/search", search);
        servlets.put("/search.json", search);
        servlets.put("/compare", new CompareServlet(site));
        servlets.put("/frameworks", new FrameworksServlet(site));
        servlets.put("/charts", new ChartsServlet(site));
        servlets.put("/query", new QueryServlet(site));
        servlets.put("/query/terms.json", new QueryTermsServlet(site));
        servlets.put("/*", new ResourceServlet(site));
        if (!servlets.keySet().equals(Set.copyOf(PATHS))) {
            throw new IllegalStateException("WebApp.PATHS differs from the servlets built: " + servlets.keySet());
        }
        return servlets;
    }
}
