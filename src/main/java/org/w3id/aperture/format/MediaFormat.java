package org.w3id.aperture.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Every format an answer is written in, the one table of them: media type, file extension, the aliases clients
 * send for it ({@code application/json} for JSON, {@code text/plain} for N-Triples), the short names of the legacy
 * {@code format} parameters, Jena's {@link Lang} (and, for graphs, the {@link RDFFormat} writer the pages and
 * downloads use) and the W3C format IRI the service description lists. Within a kind, the first is the default.
 */
public enum MediaFormat {
    HTML(Kind.PAGE, "html", "text/html", "HTML", null, null, null, List.of(), Set.of()),
    RESULTS_JSON(Kind.RESULTS, "json", "application/sparql-results+json", "JSON", ResultSetLang.RS_JSON, null,
            "SPARQL_Results_JSON", List.of("application/json"), Set.of("json")),
    RESULTS_XML(Kind.RESULTS, "xml", "application/sparql-results+xml", "XML", ResultSetLang.RS_XML, null,
            "SPARQL_Results_XML", List.of("application/xml"), Set.of("xml", "sparql")),
    CSV(Kind.RESULTS, "csv", "text/csv", "CSV", ResultSetLang.RS_CSV, null, "SPARQL_Results_CSV", List.of(), Set.of("csv")),
    TSV(Kind.RESULTS, "tsv", "text/tab-separated-values", "TSV", ResultSetLang.RS_TSV, null, "SPARQL_Results_TSV", List.of(),
            Set.of("tsv")),
    TEXT(Kind.RESULTS, "txt", "text/plain", "text table", ResultSetLang.RS_Text, null, null, List.of(), Set.of("text", "txt")),
    TURTLE(Kind.GRAPH, "ttl", "text/turtle", "Turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "Turtle",
            List.of("application/x-turtle", "text/n3"), Set.of("turtle", "ttl", "n3")),
    JSONLD(Kind.GRAPH, "jsonld", "application/ld+json", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD11, "JSON-LD",
            List.of("application/json"), Set.of("json-ld", "jsonld", "json")),
    NTRIPLES(Kind.GRAPH, "nt", "application/n-triples", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, "N-Triples",
            List.of("text/plain"), Set.of("nt", "ntriples", "n-triples")),
    RDFXML(Kind.GRAPH, "rdf", "application/rdf+xml", "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "RDF_XML",
            List.of("application/xml"), Set.of("rdf+xml", "rdf xml", "rdf", "xml")),
    NQUADS(Kind.DATASET, "nq", "application/n-quads", "N-Quads", Lang.NQUADS, RDFFormat.NQUADS, "N-Quads", List.of(), Set.of("nq"));

    /** What a format holds: a page, solutions or a boolean (results), triples (graph), or quads (dataset). */
    public enum Kind { PAGE, RESULTS, GRAPH, DATASET }

    private static final String W3C_FORMATS = "http://www.w3.org/ns/formats/";

    private final Kind kind;
    private final String extension;
    private final String mediaType;
    private final String title;
    private final Lang lang;
    private final RDFFormat writer;
    private final String w3cName;
    private final List<String> aliases;
    private final Set<String> shortNames;

    MediaFormat(Kind kind, String extension, String mediaType, String title, Lang lang, RDFFormat writer, String w3cName,
                List<String> aliases, Set<String> shortNames) {
        this.kind = kind;
        this.extension = extension;
        this.mediaType = mediaType;
        this.title = title;
        this.lang = lang;
        this.writer = writer;
        this.w3cName = w3cName;
        this.aliases = aliases;
        this.shortNames = shortNames;
    }

    public Kind kind() {
        return kind;
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

    /** Jena's language of this format: an RDF syntax or a SPARQL results syntax; null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The writer graphs and datasets are serialised with on pages and in downloads; null for other kinds. */
    public RDFFormat writer() {
        return writer;
    }

    /** The other media types clients send for this format. */
    public List<String> aliases() {
        return aliases;
    }

    /** The format's IRI under {@code http://www.w3.org/ns/formats/}, if the W3C names it. */
    public Optional<String> w3cIri() {
        return Optional.ofNullable(w3cName).map(name -> W3C_FORMATS + name);
    }

    /** True when {@code name} (lower case) is a short name, the media type or an alias of this format. */
    public boolean isNamed(String name) {
        return shortNames.contains(name) || mediaType.equals(name) || aliases.contains(name);
    }

    /** The Content-Type to send this format with; XML declares its encoding itself. */
    public String contentType() {
        return mediaType.endsWith("xml") ? mediaType : mediaType + "; charset=utf-8";
    }

    /** The formats of one kind, default first. */
    public static List<MediaFormat> ofKind(Kind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }

    /** The format of {@code kinds} with this extension ({@code ttl}, {@code csv}, ...). */
    public static Optional<MediaFormat> byExtension(String extension, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return Arrays.stream(values()).filter(f -> wanted.contains(f.kind) && f.extension.equals(extension)).findFirst();
    }

    /** The format of {@code kinds} whose own media type this is (not an alias). */
    public static Optional<MediaFormat> byMediaType(String mediaType, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return Arrays.stream(values()).filter(f -> wanted.contains(f.kind) && f.mediaType.equals(mediaType)).findFirst();
    }
}
