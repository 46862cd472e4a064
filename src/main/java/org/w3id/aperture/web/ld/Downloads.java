package org.w3id.aperture.web.ld;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.RdfBytes;

/**
 * The whole graph in each format, the matrix as CSV (the answer of the named query {@value #MATRIX_QUERY},
 * as the query page gives it), and the JSON-LD context; each built once, on first request, with Jena's writers.
 */
public final class Downloads {
    /** One downloadable file: its name under /download/, format and title. */
    public record File(String name, MediaFormat format, String title) {
        public String path() {
            return "/download/" + name;
        }

        public String mediaType() {
            return format.mediaType();
        }
    }

    public static final List<File> FILES = List.of(
            new File("aperture.ttl", MediaFormat.TURTLE, "the whole graph as Turtle"),
            new File("aperture.nt", MediaFormat.NTRIPLES, "the whole graph as N-Triples"),
            new File("aperture.jsonld", MediaFormat.JSONLD, "the whole graph as JSON-LD"),
            new File("aperture.nq", MediaFormat.NQUADS, "the whole graph as N-Quads (default graph)"),
            new File("matrix.csv", MediaFormat.CSV, "the openness matrix as CSV"));

    static final String MATRIX_QUERY = "openness-matrix";

    private final DatasetGraph dataset;
    private final Graph graph;
    private final NamedQueries queries;
    private final Map<String, byte[]> built = new ConcurrentHashMap<>();

    public Downloads(DatasetGraph dataset, NamedQueries queries) {
        this.dataset = dataset;
        this.graph = dataset.getDefaultGraph();
        this.queries = queries;
    }

    static java.util.Optional<File> file(String name) {
        return FILES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    byte[] bytes(File file) {
        return built.computeIfAbsent(file.name(), k -> build(file));
    }

    private byte[] build(File file) {
        return switch (file.format().kind()) {
            case GRAPH -> RdfBytes.write(graph, file.format(), Prefixes.ALL);
            case DATASET -> RdfBytes.write(DatasetGraphFactory.wrap(graph), file.format());
            case RESULTS -> matrix(file.format());
            case PAGE -> throw new IllegalArgumentException(file.name());
        };
    }

    /** The JSON-LD context the JSON-LD download uses: the site's prefixes. */
    byte[] context() {
        return built.computeIfAbsent("context.jsonld", k -> {
            JsonObject prefixes = new JsonObject();
            new java.util.TreeMap<>(Prefixes.ALL.getNsPrefixMap()).forEach(prefixes::put);
            JsonObject context = new JsonObject();
            context.put("@context", prefixes);
            return (JSON.toString(context) + "\n").getBytes(StandardCharsets.UTF_8);
        });
    }

    private byte[] matrix(MediaFormat format) {
        var query = queries.get(MATRIX_QUERY).orElseThrow(() -> new IllegalStateException("no named query " + MATRIX_QUERY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query.query()).build()) {
            ResultsWriter.create().lang(format.lang()).write(out, exec.select());
        }
        return out.toByteArray();
    }
}
