package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;

/**
 * Serves {@code /} (the home page) and every resource of the graph at its local path: HTML or RDF by
 * {@code Accept} (with {@code Vary: Accept}), or by extension ({@code .html}, {@code .ttl}, {@code .jsonld},
 * {@code .nt}, {@code .rdf}). Unknown paths get a 404 page that points to what is there.
 */
final class ResourceServlet extends WebServlet {
    static final String HTML = "text/html";
    private static final List<String> OFFERS = offers();

    private final transient ResourcePages pages;
    private final transient HomePage home;
    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    ResourceServlet(Site site) {
        super(site);
        this.pages = new ResourcePages(site);
        this.home = new HomePage(site);
    }

    private static List<String> offers() {
        List<String> offers = new ArrayList<>(List.of(HTML, "application/xhtml+xml"));
        for (RdfFormat f : RdfFormat.values()) {
            offers.add(f.mediaType());
        }
        return List.copyOf(offers);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? req.getServletPath() : req.getServletPath() + req.getPathInfo();
        if (path.equals("/") || path.isEmpty()) {
            html(resp, 200, "home", home.model(Origin.of(req)), Layout.page("Aperture").withAlternates(VoidServlet.alternates()));
            return;
        }
        if (!SafePaths.isResourcePath(path)) {
            notFound(resp, path);
            return;
        }
        String iri = site.iris.iriOf(path);
        if (site.describer.exists(iri)) {
            resp.setHeader("Vary", "Accept");
            Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), OFFERS);
            if (chosen.isEmpty()) {
                error(resp, 406, "Not acceptable", "Available as text/html, text/turtle, application/ld+json, "
                        + "application/n-triples and application/rdf+xml.");
                return;
            }
            String type = chosen.get();
            Optional<RdfFormat> format = RdfFormat.byMediaType(type);
            resp.setHeader("Content-Location", path + "." + format.map(RdfFormat::extension).orElse("html"));
            resp.setHeader("Link", linkHeader(path));
            serve(resp, iri, path, format);
            return;
        }
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            String stem = path.substring(0, dot);
            String extension = path.substring(dot + 1);
            String stemIri = site.iris.iriOf(stem);
            if (site.describer.exists(stemIri) && (extension.equals("html") || RdfFormat.byExtension(extension).isPresent())) {
                serve(resp, stemIri, stem, RdfFormat.byExtension(extension));
                return;
            }
        }
        notFound(resp, path);
    }

    private void serve(HttpServletResponse resp, String iri, String path, Optional<RdfFormat> format) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=300");
        String key = format.map(RdfFormat::extension).orElse("html") + " " + iri;
        if (format.isPresent()) {
            byte[] body = cache.computeIfAbsent(key, k -> RdfBytes.write(site.describer.describe(iri), format.get(), site.prefixes));
            send(resp, 200, format.get().mediaType() + (format.get() == RdfFormat.RDFXML ? "" : "; charset=utf-8"), body);
            return;
        }
        Graph description = site.describer.describe(iri);
        ResourceView view = pages.build(iri, description);
        html(resp, 200, "resource", Map.of("r", view, "components", site.matrix.components()), Layout.resource(view.label(), iri, path));
    }

    private static String linkHeader(String path) {
        List<String> links = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            links.add("<" + path + "." + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        return String.join(", ", links);
    }

    private void notFound(HttpServletResponse resp, String path) throws IOException {
        String kind = path.length() > 1 && path.indexOf('/', 1) > 0 ? path.substring(1, path.indexOf('/', 1)) : null;
        List<Link> nearby = kind == null || !SafePaths.isResourcePath("/" + kind) ? List.of()
                : site.describer.under(site.iris.base() + kind + "/").stream().map(i -> new Link(i, site.labels.of(i))).toList();
        html(resp, 404, "notfound", Map.of("path", path, "kind", kind == null ? "" : kind, "nearby", nearby),
                Layout.page("Not found"));
    }
}
