package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.aperture.format.Negotiation;

/**
 * The formats the SPARQL endpoint answers in: solutions and booleans as SPARQL results, graphs as RDF. Each
 * is offered under its media type and under the aliases clients send ({@code text/plain} for N-Triples,
 * {@code application/json} for JSON), and named by the legacy {@code format} / {@code output} / {@code results}
 * parameters (SPARQLWrapper's {@code json}, {@code xml}, {@code rdf+xml}, {@code n3}, {@code turtle}, ...).
 */
enum AnswerFormat {
    RESULTS_JSON(Kind.RESULTS, ResultSetLang.RS_JSON, "application/sparql-results+json", List.of("application/json"), Set.of("json")),
    RESULTS_XML(Kind.RESULTS, ResultSetLang.RS_XML, "application/sparql-results+xml", List.of("application/xml"), Set.of("xml", "sparql")),
    CSV(Kind.RESULTS, ResultSetLang.RS_CSV, "text/csv", List.of(), Set.of("csv")),
    TSV(Kind.RESULTS, ResultSetLang.RS_TSV, "text/tab-separated-values", List.of(), Set.of("tsv")),
    TEXT(Kind.RESULTS, ResultSetLang.RS_Text, "text/plain", List.of(), Set.of("text", "txt")),
    TURTLE(Kind.GRAPH, Lang.TURTLE, "text/turtle", List.of("application/x-turtle", "text/n3"), Set.of("turtle", "ttl", "n3")),
    JSONLD(Kind.GRAPH, Lang.JSONLD, "application/ld+json", List.of("application/json"), Set.of("json-ld", "jsonld", "json")),
    NTRIPLES(Kind.GRAPH, Lang.NTRIPLES, "application/n-triples", List.of("text/plain"), Set.of("nt", "ntriples", "n-triples")),
    RDFXML(Kind.GRAPH, Lang.RDFXML, "application/rdf+xml", List.of("application/xml"), Set.of("rdf+xml", "rdf xml", "rdf", "xml"));

    /** What an answer holds: solutions or a boolean (results), or triples (graph). */
    enum Kind { RESULTS, GRAPH }

    private static final List<String> LEGACY_PARAMETERS = List.of("format", "output", "results");

    final Kind kind;
    final Lang lang;
    final String mediaType;
    private final List<String> aliases;
    private final Set<String> shortNames;

    AnswerFormat(Kind kind, Lang lang, String mediaType, List<String> aliases, Set<String> shortNames) {
        this.kind = kind;
        this.lang = lang;
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.shortNames = shortNames;
    }

    /** A format and the media type to label it with: the one the client asked for, which may be an alias. */
    record Choice(AnswerFormat format, String mediaType) {
        /** The Content-Type to send; XML declares its encoding itself. */
        String contentType() {
            return mediaType.endsWith("xml") ? mediaType : mediaType + "; charset=utf-8";
        }
    }

    /**
     * The format for an answer of this kind: named by a legacy parameter if one names a format of this kind,
     * else negotiated from Accept; when Accept allows none, the first format of the kind (the protocol's
     * fallback: answer in a standard format rather than fail).
     */
    static Choice choose(HttpServletRequest request, Kind kind) {
        return legacy(request, kind).map(f -> new Choice(f, f.mediaType))
                .or(() -> negotiated(request.getHeader("Accept"), kind))
                .orElseGet(() -> new Choice(ofKind(kind).get(0), ofKind(kind).get(0).mediaType));
    }

    private static Optional<AnswerFormat> legacy(HttpServletRequest request, Kind kind) {
        for (String name : LEGACY_PARAMETERS) {
            String value = request.getParameter(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.trim().toLowerCase(Locale.ROOT);
            for (AnswerFormat f : ofKind(kind)) {
                if (f.shortNames.contains(v) || f.mediaType.equals(v) || f.aliases.contains(v)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Choice> negotiated(String accept, Kind kind) {
        List<AnswerFormat> formats = ofKind(kind);
        List<String> offers = new java.util.ArrayList<>(formats.stream().map(f -> f.mediaType).toList());
        formats.forEach(f -> offers.addAll(f.aliases));
        return Negotiation.choose(accept, offers).flatMap(chosen -> formats.stream()
                .filter(f -> f.mediaType.equals(chosen) || f.aliases.contains(chosen)).findFirst()
                .map(f -> new Choice(f, chosen)));
    }

    private static List<AnswerFormat> ofKind(Kind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }
}
