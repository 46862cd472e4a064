package org.w3id.aperture.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * The whole graph in each format, the matrix as CSV (the answer of the named query {@value #MATRIX_QUERY},
 * as the query page gives it), and the JSON-LD context; each built once, on first request, with Jena's writers.
 */
final class Downloads {
    /** One downloadable file: its name under /download/, media type and title. */
    public record File(String name, String mediaType, String title) {
        public String path() {
            return "/download/" + name;
        }
    }

    static final List<File> FILES = List.of(
            new File("aperture.ttl", "text/turtle", "the whole graph as Turtle"),
            new File("aperture.nt", "application/n-triples", "the whole graph as N-Triples"),
            new File("aperture.jsonld", "application/ld+json", "the whole graph as JSON-LD"),
            new File("aperture.nq", "application/n-quads", "the whole graph as N-Quads (default graph)"),
            new File("matrix.csv", "text/csv", "the openness matrix as CSV"));

    static final String MATRIX_QUERY = "openness-matrix";

    private final Site site;
    private final Map<String, byte[]> built = new ConcurrentHashMap<>();

    Downloads(Site site) {
        this.site = site;
    }

    static java.util.Optional<File> file(String name) {
        return FILES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    byte[] bytes(File file) {
        return built.computeIfAbsent(file.name(), k -> build(file));
    }

    private byte[] build(File file) {
        return switch (file.name()) {
            case "aperture.ttl" -> RdfBytes.write(site.graph, RdfFormat.TURTLE, site.prefixes);
            case "aperture.nt" -> RdfBytes.write(site.graph, RdfFormat.NTRIPLES, site.prefixes);
            case "aperture.jsonld" -> RdfBytes.write(site.graph, RdfFormat.JSONLD, site.prefixes);
            case "aperture.nq" -> RdfBytes.write(quads(), RDFFormat.NQUADS);
            case "matrix.csv" -> matrixCsv();
            default -> throw new IllegalArgumentException(file.name());
        };
    }

    private DatasetGraph quads() {
        return DatasetGraphFactory.wrap(site.graph);
    }

    /** The JSON-LD context the JSON-LD download uses: the site's prefixes. */
    byte[] context() {
        return built.computeIfAbsent("context.jsonld", k -> {
            JsonObject prefixes = new JsonObject();
            new java.util.TreeMap<>(site.prefixes.getNsPrefixMap()).forEach(prefixes::put);
            JsonObject context = new JsonObject();
            context.put("@context", prefixes);
            return (JSON.toString(context) + "\n").getBytes(StandardCharsets.UTF_8);
        });
    }

    private byte[] matrixCsv() {
        var query = site.queries.get(MATRIX_QUERY).orElseThrow(() -> new IllegalStateException("no named query " + MATRIX_QUERY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(site.dataset).query(query.query()).build()) {
            ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, exec.select());
        }
        return out.toByteArray();
    }
}
