package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.aperture.format.Negotiation;
import java.util.LinkedHashMap;
import org.apache.jena.graph.Graph;

/**
 * Serves {@code /} (the home page, or the dataset description to a client that asks for RDF), the dataset
 * description at {@code /dataset}, and every resource of the graph at its local path: HTML or RDF by
 * {@code Accept} (406 when none of them is acceptable), or by extension ({@code .html}, {@code .ttl},
 * {@code .jsonld}, {@code .nt}, {@code .rdf}). Unknown paths get a 404 page that points to what is there.
 * Answers are kept by the server's answer cache, so nothing is cached here.
 */
final class ResourceServlet extends WebServlet {
    static final String HTML = "text/html";
    /** What each RDF media type a client may ask for is served as; N-Triples is also plain text (rdflib asks so), Turtle also N3. */
    private static final Map<String, RdfFormat> RDF_OFFERS = rdfOffers();
    private static final List<String> OFFERS = offers();

    private final transient ResourcePages pages;
    private final transient HomePage home;
    private final transient DatasetDescription description;

    ResourceServlet(Site site) {
        super(site);
        this.pages = new ResourcePages(site);
        this.home = new HomePage(site);
        this.description = new DatasetDescription(site);
    }

    private static Map<String, RdfFormat> rdfOffers() {
        Map<String, RdfFormat> offers = new LinkedHashMap<>();
        for (RdfFormat f : RdfFormat.values()) {
            offers.put(f.mediaType(), f);
        }
        offers.put("text/plain", RdfFormat.NTRIPLES);
        offers.put("text/n3", RdfFormat.TURTLE);
        return java.util.Collections.unmodifiableMap(offers);
    }

    /** HTML first, so that a browser's or curl's {@code *}{@code /*} gets the page; {@code application/*} gets JSON-LD. */
    private static List<String> offers() {
        List<String> offers = new ArrayList<>(List.of(HTML));
        offers.addAll(RDF_OFFERS.keySet());
        return List.copyOf(offers);
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? req.getServletPath() : req.getServletPath() + req.getPathInfo();
        boolean root = path.equals("/") || path.isEmpty();
        if (!root && !SafePaths.isResourcePath(path)) {
            notFound(resp, path);
            return;
        }
        String iri = root ? description.iri() : site.iris.iriOf(path);
        if (root || iri.equals(description.iri()) || site.describer.exists(iri)) {
            Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), OFFERS);
            if (chosen.isEmpty()) {
                error(resp, 406, "Not acceptable", "Available as " + String.join(", ", OFFERS) + ".");
                return;
            }
            Optional<RdfFormat> format = Optional.ofNullable(RDF_OFFERS.get(chosen.get()));
            if (root && format.isEmpty()) {
                html(resp, 200, "home", home.model(Origin.of(req)), Layout.page("Aperture").withAlternates(VoidServlet.alternates()));
                return;
            }
            String own = root ? "/dataset" : path;
            resp.setHeader("Content-Location", own + "." + format.map(RdfFormat::extension).orElse("html"));
            resp.setHeader("Link", linkHeader(own));
            serve(req, resp, iri, own, format, chosen.get());
            return;
        }
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            String stem = path.substring(0, dot);
            String extension = path.substring(dot + 1);
            String stemIri = site.iris.iriOf(stem);
            boolean known = stemIri.equals(description.iri()) || site.describer.exists(stemIri);
            Optional<RdfFormat> format = RdfFormat.byExtension(extension);
            if (known && (extension.equals("html") || format.isPresent())) {
                serve(req, resp, stemIri, stem, format, format.map(RdfFormat::mediaType).orElse(HTML));
                return;
            }
        }
        notFound(resp, path);
    }

    /** The resource's description in {@code format} (sent as {@code mediaType}), or its page when there is no format. */
    private void serve(HttpServletRequest req, HttpServletResponse resp, String iri, String path, Optional<RdfFormat> format,
                       String mediaType) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=300");
        Graph described = iri.equals(description.iri()) ? description.graph(Origin.of(req)) : site.describer.describe(iri);
        if (format.isPresent()) {
            byte[] body = RdfBytes.write(described, format.get(), site.prefixes);
            send(resp, 200, mediaType + (format.get() == RdfFormat.RDFXML ? "" : "; charset=utf-8"), body);
            return;
        }
        ResourceView view = pages.build(iri, described);
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
