package org.w3id.aperture.web;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations served: by media type for content negotiation and by file extension. */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", "Turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD11),
    NTRIPLES("nt", "application/n-triples", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PLAIN);

    private final String extension;
    private final String mediaType;
    private final String title;
    private final Lang lang;
    private final RDFFormat writer;

    RdfFormat(String extension, String mediaType, String title, Lang lang, RDFFormat writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.title = title;
        this.lang = lang;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String title() {
        return title;
    }

    public Lang lang() {
        return lang;
    }

    RDFFormat writer() {
        return writer;
    }

    static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    static Optional<RdfFormat> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }
}
