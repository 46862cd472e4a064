package org.w3id.aperture.web.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.format.Negotiation;
import org.w3id.aperture.vocab.Prefixes;
import org.w3id.aperture.web.core.Layout;
import org.w3id.aperture.web.core.Origin;
import org.w3id.aperture.web.core.RdfBytes;
import org.w3id.aperture.web.core.Renderer;
import org.w3id.aperture.web.core.WebServlet;

/**
 * The dataset description ({@link DatasetDescription}) at {@code /void} and {@code /.well-known/void}, in
 * Turtle unless asked for another RDF format; {@code /dataset} serves the same as a resource with a page.
 */
public final class VoidServlet extends WebServlet {
    private final transient DatasetDescription description;

    public VoidServlet(Renderer renderer, DatasetDescription description) {
        super(renderer);
        this.description = description;
    }

    static List<Layout.Alternate> alternates() {
        return List.of(new Layout.Alternate("/void", MediaFormat.TURTLE.mediaType(), "VoID (Turtle)"));
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<MediaFormat> formats = MediaFormat.ofKind(MediaFormat.Kind.GRAPH);
        MediaFormat format = Negotiation.choose(req.getHeader("Accept"), formats.stream().map(MediaFormat::mediaType).toList())
                .flatMap(chosen -> MediaFormat.byMediaType(chosen, MediaFormat.Kind.GRAPH)).orElse(formats.get(0));
        resp.setHeader("Link", "<" + publicPath("/dataset") + ">; rel=\"describedby\"");
        send(resp, 200, format.contentType(),
                RdfBytes.write(description.graph(Origin.of(req)), format, Prefixes.ALL));
    }
}
