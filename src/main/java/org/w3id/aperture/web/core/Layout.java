package org.w3id.aperture.web.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.w3id.aperture.format.MediaFormat;

/**
 * What every page's frame shows: its title, the resource IRI it is about (if any), its RDF alternates, and a
 * "query this" link that opens the query page filled in.
 */
public record Layout(String title, String iri, List<Alternate> alternates, String queryText) {
    /** One alternate form of the page, for {@code <link rel="alternate">} and the visible links. */
    public record Alternate(String href, String mediaType, String title) {}

    public static Layout page(String title) {
        return new Layout(title, null, List.of(), null);
    }

    /** A page about a resource served at {@code path}: alternates by extension and a DESCRIBE to query it. */
    public static Layout resource(String title, String iri, String path) {
        List<Alternate> alternates = MediaFormat.ofKind(MediaFormat.Kind.GRAPH).stream()
                .map(f -> new Alternate(path + "." + f.extension(), f.mediaType(), f.title())).toList();
        return new Layout(title, iri, alternates, "DESCRIBE <" + iri + ">");
    }

    public Layout withQuery(String query) {
        return new Layout(title, iri, alternates, query);
    }

    public Layout withAlternates(List<Alternate> more) {
        return new Layout(title, iri, more, queryText);
    }

    public String queryHref() {
        return queryText == null ? null : "/query?query=" + URLEncoder.encode(queryText, StandardCharsets.UTF_8);
    }
}
