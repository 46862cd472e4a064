package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.w3id.aperture.format.Negotiation;

/**
 * The dataset description ({@link DatasetDescription}) at {@code /void} and {@code /.well-known/void}, in
 * Turtle unless asked for another RDF format; {@code /dataset} serves the same as a resource with a page.
 */
final class VoidServlet extends WebServlet {
    private final transient DatasetDescription description;

    VoidServlet(Site site) {
        super(site);
        this.description = new DatasetDescription(site);
    }

    static List<Layout.Alternate> alternates() {
        return List.of(new Layout.Alternate("/void", "text/turtle", "VoID (Turtle)"));
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfFormat format = Negotiation.choose(req.getHeader("Accept"), Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).toList())
                .flatMap(RdfFormat::byMediaType).orElse(RdfFormat.TURTLE);
        resp.setHeader("Link", "</dataset>; rel=\"describedby\"");
        send(resp, 200, format.mediaType() + (format == RdfFormat.RDFXML ? "" : "; charset=utf-8"),
                RdfBytes.write(description.graph(Origin.of(req)), format, site.prefixes));
    }
}
