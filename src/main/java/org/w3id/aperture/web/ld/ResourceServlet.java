package org.w3id.aperture.web.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.format.Negotiation;
import java.util.LinkedHashMap;
import org.apache.jena.graph.Graph;
import org.w3id.aperture.vocab.Prefixes;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Layout;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.Origin;
import org.w3id.aperture.web.core.RdfBytes;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.SafePaths;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.core.WebServlet;
import org.w3id.aperture.web.pages.HomePage;
import org.w3id.aperture.web.pages.Matrix;
import org.w3id.aperture.web.pages.ResourcePages;
import org.w3id.aperture.web.pages.ResourceView;

/**
 * Serves {@code /} (the home page, or the dataset description to a client that asks for RDF), the dataset
 * description at {@code /dataset}, and every resource of the graph at its local path: HTML or RDF by
 * {@code Accept} (406 when none of them is acceptable), or by extension ({@code .html}, {@code .ttl},
 * {@code .jsonld}, {@code .nt}, {@code .rdf}). Unknown paths get a 404 page that points to what is there.
 * Answers are kept by the server's answer cache, so nothing is cached here.
 */
public final class ResourceServlet extends WebServlet {
    /** The aliases a resource answers to: N-Triples as plain text (rdflib asks so), Turtle as N3. */
    private static final List<String> ALIASES = List.of("text/plain", "text/n3");
    /** What each media type a client may ask for is served as: HTML first, the RDF formats, then the aliases. */
    private static final Map<String, MediaFormat> OFFERS = offers();
    private static final List<String> OFFERED = List.copyOf(OFFERS.keySet());

    private final transient ResourcePages pages;
    private final transient HomePage home;
    private final transient DatasetDescription description;

    private final transient SiteIris iris;
    private final transient Describer describer;
    private final transient Labels labels;
    private final transient Matrix matrix;

    public ResourceServlet(Renderer renderer, SiteIris iris, Describer describer, Labels labels, Matrix matrix, ResourcePages pages,
                    HomePage home, DatasetDescription description) {
        super(renderer);
        this.iris = iris;
        this.describer = describer;
        this.labels = labels;
        this.matrix = matrix;
        this.pages = pages;
        this.home = home;
        this.description = description;
    }

    /** HTML first, so that a browser's or curl's {@code *}{@code /*} gets the page; {@code application/*} gets JSON-LD. */
    private static Map<String, MediaFormat> offers() {
        Map<String, MediaFormat> offers = new LinkedHashMap<>();
        offers.put(MediaFormat.HTML.mediaType(), MediaFormat.HTML);
        for (MediaFormat f : MediaFormat.ofKind(MediaFormat.Kind.GRAPH)) {
            offers.put(f.mediaType(), f);
        }
        for (String alias : ALIASES) {
            offers.put(alias, MediaFormat.ofKind(MediaFormat.Kind.GRAPH).stream().filter(f -> f.aliases().contains(alias)).findFirst()
                    .orElseThrow());
        }
        return java.util.Collections.unmodifiableMap(offers);
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? req.getServletPath() : req.getServletPath() + req.getPathInfo();
        boolean root = path.equals("/") || path.isEmpty();
        if (!root && !SafePaths.isResourcePath(path)) {
            notFound(resp, path);
            return;
        }
        String iri = root ? description.iri() : iris.iriOf(path);
        if (root || iri.equals(description.iri()) || describer.exists(iri)) {
            Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), OFFERED);
            if (chosen.isEmpty()) {
                error(resp, 406, "Not acceptable", "Available as " + String.join(", ", OFFERED) + ".");
                return;
            }
            MediaFormat format = OFFERS.get(chosen.get());
            if (root && format == MediaFormat.HTML) {
                html(resp, 200, "home", home.model(Origin.of(req)), Layout.page("Aperture").withAlternates(VoidServlet.alternates()));
                return;
            }
            String own = root ? "/dataset" : path;
            resp.setHeader("Content-Location", publicPath(own + "." + format.extension()));
            resp.setHeader("Link", linkHeader(publicPath(own)));
            serve(req, resp, iri, own, format, chosen.get());
            return;
        }
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            String stem = path.substring(0, dot);
            String extension = path.substring(dot + 1);
            String stemIri = iris.iriOf(stem);
            boolean known = stemIri.equals(description.iri()) || describer.exists(stemIri);
            Optional<MediaFormat> format = MediaFormat.byExtension(extension, MediaFormat.Kind.PAGE, MediaFormat.Kind.GRAPH);
            if (known && format.isPresent()) {
                serve(req, resp, stemIri, stem, format.get(), format.get().mediaType());
                return;
            }
        }
        notFound(resp, path);
    }

    /** The resource's page, or its description in an RDF {@code format} (sent as {@code mediaType}, which may be an alias). */
    private void serve(HttpServletRequest req, HttpServletResponse resp, String iri, String path, MediaFormat format,
                       String mediaType) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=300");
        Graph described = iri.equals(description.iri()) ? description.graph(Origin.of(req)) : describer.describe(iri);
        if (format != MediaFormat.HTML) {
            byte[] body = RdfBytes.write(described, format, Prefixes.ALL);
            send(resp, 200, mediaType + (format == MediaFormat.RDFXML ? "" : "; charset=utf-8"), body);
            return;
        }
        ResourceView view = pages.build(iri, described);
        html(resp, 200, "resource", Map.of("r", view, "components", matrix.components()), Layout.resource(view.label(), iri, path));
    }

    private static String linkHeader(String path) {
        List<String> links = new ArrayList<>();
        for (MediaFormat f : MediaFormat.ofKind(MediaFormat.Kind.GRAPH)) {
            links.add("<" + path + "." + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        return String.join(", ", links);
    }

    private void notFound(HttpServletResponse resp, String path) throws IOException {
        String kind = path.length() > 1 && path.indexOf('/', 1) > 0 ? path.substring(1, path.indexOf('/', 1)) : null;
        List<Link> nearby = kind == null || !SafePaths.isResourcePath("/" + kind) ? List.of()
                : describer.under(iris.base() + kind + "/").stream().map(i -> new Link(i, labels.of(i))).toList();
        html(resp, 404, "notfound", Map.of("path", path, "kind", kind == null ? "" : kind, "nearby", nearby),
                Layout.page("Not found"));
    }
}
